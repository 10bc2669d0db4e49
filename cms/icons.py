"""The icon set shipped with the project: simple 24x24 line drawings.

Icons are decorative next to text (the text carries the meaning), so templates
render them with aria-hidden. Every path is drawn with a 2px stroke so it stays
visible at small sizes and in print.
"""

from django.utils.translation import gettext_lazy as _

#: name -> (label for editors, SVG path data)
ICONS: dict[str, tuple[str, str]] = {
    "phone": (
        _("Phone"),
        "M5 3h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z",
    ),
    "home": (_("Home"), "M3 11 12 3l9 8M5 10v10h5v-6h4v6h5V10"),
    "document": (_("Document"), "M6 2h8l5 5v15H6zM14 2v5h5M9 12h7M9 16h7"),
    "person": (_("Person"), "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0"),
    "family": (
        _("Family"),
        "M8 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM17 11a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM2 20a6 6 0 0 1 12 0M13 20a4 4 0 0 1 8 0",
    ),
    "calendar": (_("Calendar"), "M4 5h16v16H4zM4 10h16M8 3v4M16 3v4"),
    "clock": (_("Clock"), "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 3"),
    "bus": (_("Bus"), "M5 4h14v13H5zM5 11h14M7 17v3M17 17v3M8 14h.01M16 14h.01"),
    "euro": (_("Money"), "M17 5a7 7 0 1 0 0 14M4 10h9M4 14h9"),
    "help": (
        _("Help"),
        "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17h.01",
    ),
    "info": (_("Information"), "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v6M12 7h.01"),
    "access": (_("Step-free access"), "M12 6a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM8 9h8M12 9v6l4 6M12 15l-4 6"),
    "work": (_("Work"), "M3 8h18v12H3zM8 8V5h8v3M3 13h18"),
    "heart": (_("Health"), "M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z"),
    "mail": (_("Mail"), "M3 5h18v14H3zM3 6l9 7 9-7"),
    "pin": (_("Place"), "M12 22s7-7 7-12a7 7 0 0 0-14 0c0 5 7 12 7 12zM12 12a2 2 0 1 0 0-4 2 2 0 0 0 0 4z"),
    "check": (_("Done"), "M4 12l5 5L20 6"),
    "search": (_("Search"), "M10 17a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM21 21l-6-6"),
    "heating": (_("Heating"), "M8 4c-2 3 2 5 0 8M12 4c-2 3 2 5 0 8M16 4c-2 3 2 5 0 8M4 16h16v4H4z"),
    "book": (_("Library"), "M4 4h7a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4zM20 4h-7M20 4v14h-7"),
    "computer": (_("Computer"), "M3 4h18v12H3zM8 20h8M12 16v4"),
    "child": (_("Child"), "M12 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM7 22l2-9h6l2 9M9 13l-3-3M15 13l3-3"),
    "building": (_("Building"), "M4 21V4h10v17M14 9h6v12M7 8h2M7 12h2M7 16h2M17 13h.01M17 17h.01M2 21h20"),
    "car": (_("Transport"), "M3 13l2-6h14l2 6v5H3zM3 13h18M7 18v2M17 18v2M7 15.5h.01M17 15.5h.01"),
}

#: Icons for the video player's buttons: drawn like the others, but not offered to editors.
CONTROL_ICONS: dict[str, str] = {
    "play": "M7 4l13 8-13 8z",
    "pause": "M7 4h3v16H7zM14 4h3v16h-3z",
    "rewind": "M4 12a8 8 0 1 0 2.3-5.7M4 4v4h4M10 9v6M14 9v6",
    "captions": "M3 5h18v14H3zM10 10.5a2 2 0 1 0 0 3M17 10.5a2 2 0 1 0 0 3",
}

ICON_CHOICES = [(name, label) for name, (label, _path) in ICONS.items()]


def icon_path(name: str) -> str:
    if name in CONTROL_ICONS:
        return CONTROL_ICONS[name]
    return ICONS.get(name, ICONS["info"])[1]
