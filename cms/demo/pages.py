"""Texts of the demo site's fixed pages (home, index, help, easy-read, search)."""

HOME = {
    "lv": {
        "title": "Jelgavas novads",
        "intro": "Šeit atradīsiet pašvaldības pakalpojumus un palīdzību. Ja kaut ko neatrodat, zvaniet mums.",
        "help_title": "Kur meklēt palīdzību?",
        "help_text": "Zvaniet mums darba dienās. Mēs atbildēsim uz jautājumiem un palīdzēsim aizpildīt iesniegumu.",
    },
    "en": {
        "title": "Jelgava region",
        "intro": "Here you find the municipality's services and help. If you cannot find something, call us.",
        "help_title": "Where to get help?",
        "help_text": "Call us on working days. We will answer your questions and help you fill in an application.",
    },
    "ru": {
        "title": "Елгавский край",
        "intro": "Здесь вы найдёте услуги самоуправления и помощь. Если что-то не нашли, позвоните нам.",
        "help_title": "Где найти помощь?",
        "help_text": "Звоните нам в рабочие дни. Мы ответим на вопросы и поможем заполнить заявление.",
    },
}

LIFE_SITUATIONS = [
    # (icon, target slug, {lang: (title, description)})
    ("heating", "apkures-kompensacija", {
        "lv": ("Apkure ziemā", "Palīdzība samaksāt par apkuri"),
        "en": ("Heating in winter", "Help to pay for heating"),
        "ru": ("Отопление зимой", "Помощь в оплате отопления"),
    }),
    ("home", "dzivesvietas-deklaresana", {
        "lv": ("Pārceļos uz citu māju", "Deklarējiet jauno adresi"),
        "en": ("Moving home", "Declare your new address"),
        "ru": ("Переезд", "Задекларируйте новый адрес"),
    }),
    ("child", "berna-uznemsana-pii-rinda", {
        "lv": ("Bērnam vajag bērnudārzu", "Pierakstiet bērnu rindā"),
        "en": ("My child needs a kindergarten", "Put your child in the queue"),
        "ru": ("Ребёнку нужен детский сад", "Запишите ребёнка в очередь"),
    }),
    ("heart", "apbedisanas-pabalsts", {
        "lv": ("Nomira tuvinieks", "Pabalsts un kas jādara"),
        "en": ("A loved one has died", "Allowance and what to do"),
        "ru": ("Умер близкий человек", "Пособие и что нужно сделать"),
    }),
    ("computer", "e-pakalpojumu-konsultacijas", {
        "lv": ("Vajag palīdzību ar datoru", "Mēs iemācīsim lietot e-pakalpojumus"),
        "en": ("I need help with a computer", "We teach you to use e-services"),
        "ru": ("Нужна помощь с компьютером", "Научим пользоваться э-услугами"),
    }),
    ("access", "majokla-pielagosana", {
        "lv": ("Mājās grūti pārvietoties", "Mājokļa pielāgošana"),
        "en": ("It is hard to move around at home", "Adapting your home"),
        "ru": ("Дома трудно передвигаться", "Приспособление жилья"),
    }),
]

SERVICE_INDEX = {
    "lv": {"title": "Pakalpojumi", "intro": "Visi pašvaldības pakalpojumi. Izvēlieties tēmu vai to, kam pakalpojums domāts."},
    "en": {"title": "Services", "intro": "All municipal services. Choose a topic or who the service is for."},
    "ru": {"title": "Услуги", "intro": "Все услуги самоуправления. Выберите тему или для кого услуга."},
}

EASY_READ_INDEX = {
    "lv": {"title": "Viegli lasīt", "intro": "<p>Šeit ir pakalpojumu apraksti vieglā valodā. Teikumi ir īsi. Pie katra teikuma ir attēls.</p>"},
    "en": {"title": "Easy to read", "intro": "<p>Here are services described in easy language. The sentences are short. Each sentence has a picture.</p>"},
    "ru": {"title": "Легко читать", "intro": "<p>Здесь описания услуг на простом языке. Предложения короткие. У каждого предложения есть картинка.</p>"},
}

SEARCH = {"lv": {"title": "Meklēt"}, "en": {"title": "Search"}, "ru": {"title": "Поиск"}}

HELP = {
    "lv": {
        "title": "Kur meklēt palīdzību",
        "intro": (
            "<p>Jums nav jāzina, kā sauc pakalpojumu. Zvaniet vai atnāciet, un mēs kopā atradīsim, kas jums pienākas. "
            "Jautāt var arī jūsu radinieks, kaimiņš vai aprūpētājs.</p>"
        ),
        "phone_lines": [
            ("Pašvaldības informatīvais tālrunis", "+371 60 000 000", "Darba dienās 8.00–17.00", "Palīdzēsim atrast vajadzīgo pakalpojumu."),
            ("Sociālais dienests", "+371 60 000 101", "Darba dienās 8.00–17.00", "Pabalsti, aprūpe mājās, sociālais transports."),
            ("Palīdzība ar datoru un e-pakalpojumiem", "+371 60 000 150", "Otrdienās un ceturtdienās 10.00–15.00", ""),
            ("Krīzes tālrunis naktī un brīvdienās", "+371 60 000 199", "Visu diennakti", "Ja jums vai tuviniekam ir nopietnas grūtības."),
        ],
        "visits": [
            ("Paraugciems", "Pie veikala", "Asinsspiediena un cukura mērīšana, pasta pakalpojumi, palīdzība ar iesniegumiem"),
            ("Lejasmuiža", "Pie kultūras nama", "Bibliotēkas grāmatas un audiogrāmatas, konsultācijas par pabalstiem"),
            ("Kalnāji", "Pie autobusa pieturas „Skola”", "Palīdzība ar e-pakalpojumiem, pasta pakalpojumi"),
            ("Ozolmuiža", "Pie pagasta pārvaldes", "Sociālā darbinieka konsultācijas, asinsspiediena mērīšana"),
        ],
    },
    "en": {
        "title": "Where to get help",
        "intro": (
            "<p>You do not need to know the name of the service. Call or come in, and together we will find what you "
            "are entitled to. A relative, neighbour or carer can ask for you too.</p>"
        ),
        "phone_lines": [
            ("Municipal information line", "+371 60 000 000", "Working days 8.00–17.00", "We help you find the service you need."),
            ("Social Service", "+371 60 000 101", "Working days 8.00–17.00", "Allowances, care at home, social transport."),
            ("Help with computers and e-services", "+371 60 000 150", "Tuesdays and Thursdays 10.00–15.00", ""),
            ("Crisis line at night and at weekends", "+371 60 000 199", "Day and night", "If you or someone close to you is in serious trouble."),
        ],
        "visits": [
            ("Paraugciems", "At the shop", "Blood pressure and sugar checks, postal services, help with applications"),
            ("Lejasmuiža", "At the culture house", "Library books and audiobooks, advice on allowances"),
            ("Kalnāji", "At the 'Skola' bus stop", "Help with e-services, postal services"),
            ("Ozolmuiža", "At the parish office", "Advice from a social worker, blood pressure checks"),
        ],
    },
    "ru": {
        "title": "Где найти помощь",
        "intro": (
            "<p>Вам не нужно знать, как называется услуга. Позвоните или придите, и мы вместе найдём, что вам положено. "
            "Спросить за вас может и родственник, сосед или опекун.</p>"
        ),
        "phone_lines": [
            ("Информационный телефон самоуправления", "+371 60 000 000", "В рабочие дни 8.00–17.00", "Поможем найти нужную услугу."),
            ("Социальная служба", "+371 60 000 101", "В рабочие дни 8.00–17.00", "Пособия, уход на дому, социальный транспорт."),
            ("Помощь с компьютером и э-услугами", "+371 60 000 150", "Вторник и четверг 10.00–15.00", ""),
            ("Кризисный телефон ночью и в выходные", "+371 60 000 199", "Круглосуточно", "Если у вас или близкого серьёзные трудности."),
        ],
        "visits": [
            ("Paraugciems", "У магазина", "Измерение давления и сахара, почтовые услуги, помощь с заявлениями"),
            ("Lejasmuiža", "У дома культуры", "Книги и аудиокниги библиотеки, консультации по пособиям"),
            ("Kalnāji", "У остановки «Skola»", "Помощь с э-услугами, почтовые услуги"),
            ("Ozolmuiža", "У волостного управления", "Консультации социального работника, измерение давления"),
        ],
    },
}

ABOUT = {
    "lv": {
        "title": "Par šo vietni",
        "intro": "Šo vietni veido Jelgavas novada pašvaldība. Mēs rakstām vienkāršā valodā.",
        "body": [
            ("heading", "h2", "Kā mēs rakstām"),
            ("paragraph", "<p>Mēs rakstām īsus teikumus. Mēs skaidrojam grūtus vārdus. Katram pakalpojumam ir vienādas daļas: kas var saņemt, ko jūs saņemat un kā pieteikties.</p>"),
            ("heading", "h3", "Ja kaut kas nav skaidrs"),
            ("paragraph", "<p>Zvaniet mums pa tālruni <strong>60 000 000</strong>. Mēs labprāt palīdzēsim.</p>"),
        ],
    },
    "en": {
        "title": "About this website",
        "intro": "The Jelgava region municipality runs this website. We write in plain language.",
        "body": [
            ("heading", "h2", "How we write"),
            ("paragraph", "<p>We write short sentences. We explain hard words. Every service has the same parts: who can get it, what you get and how to apply.</p>"),
            ("heading", "h3", "If something is not clear"),
            ("paragraph", "<p>Call us on <strong>60 000 000</strong>. We are glad to help.</p>"),
        ],
    },
}
