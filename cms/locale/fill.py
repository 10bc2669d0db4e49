"""Fill the lv and ru catalogues from the tables below, then compile.

Run after `manage.py makemessages -l lv -l ru` in cms/:
    .venv/bin/python cms/locale/fill.py
Entries already translated in a .po file are kept (translators win).
"""

from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent

PUBLIC = {
    # msgid: (lv, ru)
    "Jelgava region": ("Jelgavas novads", "Елгавский край"),
    "Skip to main content": ("Pāriet uz galveno saturu", "Перейти к основному содержанию"),
    "Call us": ("Zvaniet mums", "Звоните нам"),
    "Search the site": ("Meklēt vietnē", "Поиск по сайту"),
    "Search": ("Meklēt", "Искать"),
    "Contact us": ("Saziņa", "Контакты"),
    "Useful links": ("Noderīgas saites", "Полезные ссылки"),
    "Where to get help": ("Kur meklēt palīdzību", "Где найти помощь"),
    "Easy to read": ("Viegli lasīt", "Легко читать"),
    "Accessibility statement": ("Piekļūstamības paziņojums", "Заявление о доступности"),
    "Site map (XML)": ("Vietnes karte (XML)", "Карта сайта (XML)"),
    "Language": ("Valoda", "Язык"),
    "Main menu": ("Galvenā izvēlne", "Главное меню"),
    "You are here": ("Jūs esat šeit", "Вы здесь"),
    "Call %(phone)s": ("Zvanīt %(phone)s", "Позвонить %(phone)s"),
    "All the ways to get help": ("Visi veidi, kā saņemt palīdzību", "Все способы получить помощь"),
    "What do you need help with?": ("Kādā situācijā jums vajag palīdzību?", "С чем вам нужна помощь?"),
    "New on the site": ("Jaunumi vietnē", "Новое на сайте"),
    "Show services": ("Rādīt pakalpojumus", "Показать услуги"),
    "Topic": ("Tēma", "Тема"),
    "All topics": ("Visas tēmas", "Все темы"),
    "For whom": ("Kam", "Для кого"),
    "Everyone": ("Visiem", "Для всех"),
    "Show": ("Rādīt", "Показать"),
    "Show all services": ("Rādīt visus pakalpojumus", "Показать все услуги"),
    "No service matches both choices. Choose another topic or group, or call us: we will help you find it.": (
        "Neviens pakalpojums neatbilst abām izvēlēm. Izvēlieties citu tēmu vai grupu vai zvaniet mums: "
        "mēs palīdzēsim atrast.",
        "Ни одна услуга не подходит под оба выбора. Выберите другую тему или группу или позвоните нам: "
        "мы поможем найти.",
    ),
    "Easy-to-read version": ("Versija vieglajā valodā", "Версия на простом языке"),
    "On this page": ("Šajā lapā", "На этой странице"),
    "Who can get it": ("Kas var saņemt", "Кто может получить"),
    "What you get": ("Ko jūs saņemat", "Что вы получите"),
    "How to apply": ("Kā pieteikties", "Как подать заявку"),
    "What to bring": ("Kas jāņem līdzi", "Что взять с собой"),
    "Cost and time": ("Cena un laiks", "Стоимость и сроки"),
    "Cost": ("Cena", "Стоимость"),
    "How long it takes": ("Cik ilgi jāgaida", "Сколько ждать"),
    "Where and when": ("Kur un kad", "Где и когда"),
    "Someone else may apply for you": ("Cits cilvēks var pieteikties jūsu vietā", "За вас может обратиться другой человек"),
    "Related services": ("Saistītie pakalpojumi", "Связанные услуги"),
    "Information checked on %(date)s by %(department)s.": (
        "Informāciju %(date)s pārbaudīja: %(department)s.",
        "Информация проверена %(date)s. Ответственный: %(department)s.",
    ),
    "Back to top": ("Uz lapas sākumu", "Наверх"),
    "This is the easy-to-read version.": ("Šī ir versija vieglajā valodā.", "Это версия на простом языке."),
    "Read the full information": ("Lasīt pilnu informāciju", "Читать полную информацию"),
    "There are no easy-to-read pages in this language yet.": (
        "Šajā valodā vēl nav lapu vieglajā valodā.",
        "На этом языке пока нет страниц на простом языке.",
    ),
    "Address": ("Adrese", "Адрес"),
    "Opening hours": ("Darba laiks", "Часы работы"),
    "Phone": ("Tālrunis", "Телефон"),
    "E-mail": ("E-pasts", "Э-почта"),
    "Access": ("Piekļuve", "Доступ"),
    "Step-free access.": ("Ieeja bez pakāpieniem.", "Вход без ступенек."),
    "There are steps at the entrance.": ("Pie ieejas ir pakāpieni.", "У входа есть ступеньки."),
    "Call": ("Zvaniet", "Позвоните"),
    "Come in person": ("Atnāciet klātienē", "Придите лично"),
    "The mobile service bus comes to your village": (
        "Mobilais pakalpojumu autobuss atbrauc uz jūsu ciemu",
        "Мобильный автобус услуг приезжает в ваше село",
    ),
    "Next visits, soonest first": ("Nākamie braucieni, tuvākie vispirms", "Ближайшие поездки, сначала скорые"),
    "Date": ("Datums", "Дата"),
    "Village": ("Ciems", "Село"),
    "Time": ("Laiks", "Время"),
    "Where": ("Kur", "Где"),
    "What you can do": ("Ko var izdarīt", "Что можно сделать"),
    "No visits are planned yet. Call us and we will tell you when the bus comes.": (
        "Braucieni vēl nav ieplānoti. Zvaniet mums, un mēs pateiksim, kad autobuss atbrauks.",
        "Поездки пока не запланированы. Позвоните нам, и мы скажем, когда приедет автобус.",
    ),
    "Page not found": ("Lapa nav atrasta", "Страница не найдена"),
    "We could not find this page": ("Mēs nevarējām atrast šo lapu", "Мы не смогли найти эту страницу"),
    "The page may have moved, or the address has a typing mistake.": (
        "Lapa, iespējams, ir pārvietota, vai adresē ir drukas kļūda.",
        "Возможно, страница перемещена или в адресе опечатка.",
    ),
    "Go to the home page": ("Uz sākumlapu", "На главную страницу"),
    "Use the search box at the top of the page.": (
        "Izmantojiet meklēšanas lodziņu lapas augšā.",
        "Воспользуйтесь поиском вверху страницы.",
    ),
    "Call us on %(phone)s. We will help you find it.": (
        "Zvaniet mums pa tālruni %(phone)s. Mēs palīdzēsim atrast.",
        "Позвоните нам по телефону %(phone)s. Мы поможем найти.",
    ),
    "In other languages": ("Citās valodās", "На других языках"),
    "Search: %(query)s": ("Meklēšana: %(query)s", "Поиск: %(query)s"),
    "Nothing was found. Try another word, or call us: we will help you.": (
        "Nekas netika atrasts. Mēģiniet citu vārdu vai zvaniet mums: mēs palīdzēsim.",
        "Ничего не найдено. Попробуйте другое слово или позвоните нам: мы поможем.",
    ),
    "Write a word in the search box at the top of the page, for example “pabalsts” or “deklarēšana”.": (
        "Ierakstiet vārdu meklēšanas lodziņā lapas augšā, piemēram, “pabalsts” vai “deklarēšana”.",
        "Введите слово в поле поиска вверху страницы, например «пособие» или «декларирование».",
    ),
    "Please wait a moment": ("Lūdzu, mazliet uzgaidiet", "Пожалуйста, подождите немного"),
    "If you need help now, call us on %(phone)s.": (
        "Ja jums palīdzība vajadzīga tūlīt, zvaniet mums pa tālruni %(phone)s.",
        "Если вам нужна помощь сейчас, позвоните нам по телефону %(phone)s.",
    ),
}

PLURALS = {
    "%(counter)s result for “%(query)s”": (
        ["%(counter)s rezultāts vaicājumam “%(query)s”", "%(counter)s rezultāti vaicājumam “%(query)s”",
         "%(counter)s rezultātu vaicājumam “%(query)s”"],
        ["%(counter)s результат по запросу «%(query)s»", "%(counter)s результата по запросу «%(query)s»",
         "%(counter)s результатов по запросу «%(query)s»", "%(counter)s результатов по запросу «%(query)s»"],
    ),
    "%(counter)s service found": (
        ["Atrasts %(counter)s pakalpojums", "Atrasti %(counter)s pakalpojumi", "Atrasti %(counter)s pakalpojumi"],
        ["Найдена %(counter)s услуга", "Найдено %(counter)s услуги", "Найдено %(counter)s услуг",
         "Найдено %(counter)s услуг"],
    ),
}

ADMIN_LV = {
    "Heading 2": "2. līmeņa virsraksts", "Heading 3": "3. līmeņa virsraksts", "Heading 4": "4. līmeņa virsraksts",
    "Paragraph": "Rindkopa", "Icon": "Ikona", "Level": "Līmenis", "Text": "Teksts", "Heading": "Virsraksts",
    "Image": "Attēls", "Alternative text": "Alternatīvais teksts", "Decorative only": "Tikai dekoratīvs",
    "Caption": "Paraksts", "Describe what the picture shows for people who cannot see it.":
        "Aprakstiet, kas redzams attēlā, cilvēkiem, kuri to nevar redzēt.",
    "A decorative picture has no alternative text. Clear one of the two.":
        "Dekoratīvam attēlam nav alternatīvā teksta. Notīriet vienu no abiem.",
    "What to do": "Kas jādara", "More detail": "Sīkāk", "Step": "Solis", "Picture": "Attēls",
    "Short sentence": "Īss teikums", "One idea, at most 15 words.": "Viena doma, ne vairāk kā 15 vārdi.",
    "Choose an icon or a picture for this sentence.": "Izvēlieties šim teikumam ikonu vai attēlu.",
    "Picture and sentence": "Attēls un teikums", "Title": "Nosaukums", "Description": "Apraksts", "Page": "Lapa",
    "Life situation": "Dzīves situācija", "Who answers": "Kas atbild", "Phone number": "Tālruņa numurs",
    "When to call": "Kad zvanīt", "Note": "Piezīme", "Phone line": "Tālruņa līnija", "From": "No", "Until": "Līdz",
    "Where the bus stops": "Kur apstājas autobuss", "What you can do there": "Ko tur var izdarīt",
    "The visit must end after it starts.": "Apmeklējumam jābeidzas pēc tā sākuma.",
    "Mobile service visit": "Mobilā pakalpojuma brauciens",
    "This heading skips a level (%(found)s). Use the next level down.":
        "Šis virsraksts izlaiž līmeni (%(found)s). Izmantojiet nākamo zemāko līmeni.",
    "Body": "Saturs", "Steps": "Soļi", "Easy-read version": "Versija vieglajā valodā",
    "in one sentence": "vienā teikumā", "who can get it": "kas var saņemt", "what you get": "ko saņem",
    "how to apply": "kā pieteikties", "what to bring": "kas jāņem līdzi", "cost": "cena",
    "how long it takes": "cik ilgi jāgaida", "someone else may apply for you": "cits var pieteikties jūsu vietā",
    "information checked on": "informācija pārbaudīta", "responsible department": "atbildīgā nodaļa",
    "topics": "tēmas", "audiences": "mērķgrupas", "easy-read version": "versija vieglajā valodā",
    "video guide": "video pamācība", "Find it by": "Atrodams pēc", "service page": "pakalpojuma lapa",
    "home page": "sākumlapa", "help page": "palīdzības lapa", "standard page": "standarta lapa",
    "search page": "meklēšanas lapa", "easy-read section": "sadaļa “Viegli lasīt”",
    "service index page": "pakalpojumu saraksts", "introduction": "ievads", "name": "nosaukums",
    "address": "adrese", "opening hours": "darba laiks", "phone": "tālrunis", "e-mail": "e-pasts",
    "contact point": "kontaktpunkts", "contact points": "kontaktpunkti", "topic": "tēma", "audience": "mērķgrupa",
    "site settings": "vietnes iestatījumi", "Places to visit": "Apmeklējuma vietas",
    "phone lines": "tālruņa līnijas", "mobile service visits": "mobilā pakalpojuma braucieni",
}


def fill(lang: str) -> None:
    po_path = HERE / lang / "LC_MESSAGES" / "django.po"
    po = polib.pofile(str(po_path))
    index = 0 if lang == "lv" else 1
    for entry in po:
        if entry.msgid_plural and entry.msgid in PLURALS:
            forms = PLURALS[entry.msgid][index]
            if not any(entry.msgstr_plural.values()):
                entry.msgstr_plural = dict(enumerate(forms))
            continue
        if entry.msgstr:
            continue
        if entry.msgid in PUBLIC:
            entry.msgstr = PUBLIC[entry.msgid][index]
        elif lang == "lv" and entry.msgid in ADMIN_LV:
            entry.msgstr = ADMIN_LV[entry.msgid]
        if "fuzzy" in entry.flags and entry.msgstr:
            entry.flags.remove("fuzzy")
    po.save()
    po.save_as_mofile(str(po_path.with_suffix(".mo")))


if __name__ == "__main__":
    for code in ("lv", "ru"):
        fill(code)
