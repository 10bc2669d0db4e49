"""Fill gettext catalogues from translation tables kept next to them, then compile.

Used by cms/locale/fill.py and qr/locale/fill.py (one table per app). Entries a
translator already wrote are kept; msgmerge's fuzzy guesses are replaced by the
table's translation, and an entry stays fuzzy when the table has none.
"""

from pathlib import Path

import polib


def fill_catalogue(
    po_path: Path,
    lang: str,
    public: dict[str, tuple[str, str]],
    admin_lv: dict[str, str],
    plurals: dict[str, tuple[list[str] | None, list[str] | None]],
) -> None:
    """Fill one language's .po from the tables (lv is column 0, ru column 1) and write the .mo."""
    po = polib.pofile(str(po_path))
    index = 0 if lang == "lv" else 1
    for entry in po:
        guessed = "fuzzy" in entry.flags
        filled = False
        if entry.msgid_plural:
            forms = plurals.get(entry.msgid, (None, None))[index]
            if forms and (guessed or not any(entry.msgstr_plural.values())):
                entry.msgstr_plural = dict(enumerate(forms))
                filled = True
        elif not entry.msgstr or guessed:
            if entry.msgid in public:
                entry.msgstr = public[entry.msgid][index]
                filled = True
            elif lang == "lv" and entry.msgid in admin_lv:
                entry.msgstr = admin_lv[entry.msgid]
                filled = True
        if guessed and filled:
            entry.flags.remove("fuzzy")
    po.save()
    po.save_as_mofile(str(po_path.with_suffix(".mo")))
