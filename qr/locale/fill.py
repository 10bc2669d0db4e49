"""Fill the qr app's lv and ru catalogues from the tables below, then compile.

Run after `../manage.py makemessages -l lv -l ru` in qr/:
    .venv/bin/python qr/locale/fill.py
Entries already translated in a .po file are kept (translators win).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cms.catalogue import fill_catalogue  # noqa: E402

HERE = Path(__file__).resolve().parent

#: What residents read: the friendly pages and the print sheets. msgid: (lv, ru)
PUBLIC = {
    "This QR code no longer works": ("Šis QR kods vairs nedarbojas", "Этот QR-код больше не работает"),
    "We could not find this QR code": ("Mēs neatradām šo QR kodu", "Мы не нашли этот QR-код"),
    "The leaflet or poster you scanned is out of date, so its code was switched off. "
    "The information may have changed since it was printed.": (
        "Skenētā lapiņa vai plakāts ir novecojis, tāpēc tā kods ir izslēgts. "
        "Kopš drukāšanas informācija var būt mainījusies.",
        "Листовка или плакат, который вы отсканировали, устарел, поэтому его код отключён. "
        "С момента печати информация могла измениться.",
    ),
    "If you typed the address, please check the letters and numbers after /q/. "
    "They are printed under the code.": (
        "Ja adresi ierakstījāt pats, lūdzu, pārbaudiet burtus un ciparus aiz /q/. "
        "Tie ir uzdrukāti zem koda.",
        "Если вы вводили адрес сами, проверьте буквы и цифры после /q/. "
        "Они напечатаны под кодом.",
    ),
    "What you can do": ("Ko jūs varat darīt", "Что можно сделать"),
    "Search for what you need, for example “heating”": (
        "Meklējiet, kas jums vajadzīgs, piemēram, “apkure”",
        "Найдите то, что вам нужно, например «отопление»",
    ),
    "Search": ("Meklēt", "Искать"),
    "Call us:": ("Zvaniet mums:", "Позвоните нам:"),
    "We will help you find it.": ("Mēs palīdzēsim to atrast.", "Мы поможем найти."),
    "Go to the home page": ("Uz sākumlapu", "На главную страницу"),
    "Point your phone camera at the code.": (
        "Pavērsiet tālruņa kameru pret kodu.",
        "Наведите камеру телефона на код.",
    ),
    "Or type this address:": ("Vai ierakstiet šo adresi:", "Или введите этот адрес:"),
    "Questions? Call us:": ("Jautājumi? Zvaniet mums:", "Есть вопросы? Позвоните нам:"),
    "The code opens the page “%(title)s” on our website.": (
        "Kods atver lapu “%(title)s” mūsu tīmekļvietnē.",
        "Код открывает страницу «%(title)s» на нашем сайте.",
    ),
    "The code opens %(address)s.": ("Kods atver %(address)s.", "Код открывает %(address)s."),
    "QR code for %(address)s": ("QR kods adresei %(address)s", "QR-код для адреса %(address)s"),
    "Sizes are numbers: cm from %(low)s to %(high)s, px from %(min_px)s to %(max_px)s; "
    "ec is one of L, M, Q, H.": (
        "Izmēri ir skaitļi: cm no %(low)s līdz %(high)s, px no %(min_px)s līdz %(max_px)s; "
        "ec ir viens no L, M, Q, H.",
        "Размеры — это числа: cm от %(low)s до %(high)s, px от %(min_px)s до %(max_px)s; "
        "ec — одно из L, M, Q, H.",
    ),
}

#: The editors' screens (the admin is offered in Latvian and English).
ADMIN_LV = {
    "The visitor's language": "Apmeklētāja valoda",
    "Outside address": "Ārēja adrese",
    "Scans per week, the last %(n)s weeks, oldest first: %(values)s":
        "Skenējumi nedēļā, pēdējās %(n)s nedēļas, vecākā pirmā: %(values)s",
    "QR codes": "QR kodi",
    "QR code %(code)s is ready: %(url)s": "QR kods %(code)s ir gatavs: %(url)s",
    "QR codes for “%(title)s”": "QR kodi lapai “%(title)s”",
    "General": "Vispārīgs",
    "QR code %(code)s": "QR kods %(code)s",
    "QR code for an outside address": "QR kods ārējai adresei",
    "QR code %(code)s is retired. Scanning it now shows a friendly page with search and the "
    "phone number.": "QR kods %(code)s ir izslēgts. Tagad, to skenējot, atveras lapa ar "
                     "meklēšanu un tālruņa numuru.",
    "QR code %(code)s works again.": "QR kods %(code)s atkal darbojas.",
    "Active": "Darbojas",
    "Retired": "Izslēgts",
    "Language": "Valoda",
    "Code": "Kods",
    "Print run": "Tirāža",
    "Leads to": "Ved uz",
    "Status": "Statuss",
    "Scans, last 7 days": "Skenējumi pēdējās 7 dienās",
    "Scans, all time": "Skenējumi kopā",
    "Per week": "Pa nedēļām",
    "Created": "Izveidots",
    "Short address": "Īsā adrese",
    "By": "Izveidoja",
    "Scans per week (CSV)": "Skenējumi pa nedēļām (CSV)",
    "Code for an outside address": "Kods ārējai adresei",
    "(page deleted)": "(lapa dzēsta)",
    "code": "kods",
    "page": "lapa",
    "outside address": "ārēja adrese",
    "Only when the code leads outside this site.": "Tikai tad, ja kods ved ārpus šīs vietnes.",
    "language": "valoda",
    "Open the page in this language. Empty: in the visitor's language.":
        "Atvērt lapu šajā valodā. Tukšs: apmeklētāja valodā.",
    "print run": "tirāža",
    "Where this code is printed, e.g. 'Leaflet with the January water bill, Svēte'.":
        "Kur šis kods ir drukāts, piemēram, “Lapiņa pie janvāra ūdens rēķina, Svēte”.",
    "what the code opens": "ko kods atver",
    "One sentence printed next to the code, e.g. 'Watch a video: how to declare your residence'. "
    "Empty: 'The code opens the page …' with the page title.":
        "Viens teikums, ko drukā blakus kodam, piemēram, “Noskatieties video: kā deklarēt "
        "dzīvesvietu”. Tukšs: “Kods atver lapu …” ar lapas nosaukumu.",
    "active": "darbojas",
    "retired at": "izslēgts",
    "created by": "izveidoja",
    "created at": "izveidots",
    "QR code": "QR kods",
    "Choose a page or give an outside address.": "Izvēlieties lapu vai norādiet ārēju adresi.",
    "Choose a page or an outside address, not both.": "Izvēlieties lapu vai ārēju adresi, ne abas.",
    "day": "diena",
    "scans": "skenējumi",
    "scans on one day": "skenējumi vienā dienā",
    "scans per day": "skenējumi pa dienām",
    "A4 poster": "A4 plakāts",
    "A6 card": "A6 kartīte",
    "A4 sheet of 8 labels": "A4 lapa ar 8 uzlīmēm",
    "Chromium is not installed, so PDF sheets cannot be made.":
        "Chromium nav instalēts, tāpēc PDF nevar izveidot.",
    "Chromium could not print the sheet: %(error)s": "Chromium nevarēja izdrukāt lapu: %(error)s",
    "Chromium did not produce a PDF.": "Chromium neizveidoja PDF.",
    "This page is not published. Until it is, its codes show a friendly “not found” page.":
        "Šī lapa nav publicēta. Līdz publicēšanai tās kodi rāda lapu “nav atrasts”.",
    "QR code for %(url)s": "QR kods adresei %(url)s",
    "Printed sentence": "Drukātais teikums",
    "Scans": "Skenējumi",
    "Downloads": "Lejupielādes",
    "PDF: %(name)s": "PDF: %(name)s",
    "SVG (any size)": "SVG (jebkurš izmērs)",
    "PNG 4 cm": "PNG 4 cm",
    "PNG 2 cm (small prints)": "PNG 2 cm (mazām izdrukām)",
    "Retire this code": "Izslēgt šo kodu",
    "Make this code work again": "Ieslēgt šo kodu no jauna",
    "A new code for another print run": "Jauns kods citai tirāžai",
    "Create a QR code": "Izveidot QR kodu",
    "Make one code per leaflet, poster or bill, so you can see which brought people in. "
    "Printed codes keep working when the page moves.":
        "Veidojiet vienu kodu katrai lapiņai, plakātam vai rēķinam, lai redzētu, kas atveda "
        "cilvēkus. Drukātie kodi darbojas arī tad, ja lapu pārvieto.",
    "Create QR code": "Izveidot QR kodu",
    "QR codes and print sheets for this page": "Šīs lapas QR kodi un drukas lapas",
}

PLURALS = {
    "%(total)s scan in all": (
        ["%(total)s skenējums kopā", "%(total)s skenējumi kopā", "%(total)s skenējumu kopā"],
        None,
    ),
}


def fill(lang: str) -> None:
    fill_catalogue(HERE / lang / "LC_MESSAGES" / "django.po", lang, PUBLIC, ADMIN_LV, PLURALS)


if __name__ == "__main__":
    for code in ("lv", "ru"):
        fill(code)
