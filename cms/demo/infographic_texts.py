"""Demo infographics and the pages around them. Numbers and phone numbers are fictional.

Each infographic: {"title", "layout", "items": [(icon, figure, sentence)]} per language.
"""

OLDER_PEOPLE_HELP = {
    "lv": {
        "title": "Kur senioriem meklēt palīdzību",
        "layout": "who_to_call",
        "items": [
            ("phone", "60 000 000", "Pašvaldības informatīvais tālrunis: palīdzēsim atrast vajadzīgo pakalpojumu."),
            ("heart", "60 000 101", "Sociālais dienests: pabalsti, aprūpe mājās un sociālais transports."),
            ("computer", "60 000 150", "Palīdzība ar datoru un telefonu: otrdienās un ceturtdienās."),
            ("bus", "Pakalpojumu autobuss", "Atbrauc uz jūsu ciemu: asinsspiediens, pasts un iesniegumi."),
            ("help", "60 000 199", "Krīzes tālrunis visu diennakti, ja jums ir nopietnas grūtības."),
        ],
    },
    "en": {
        "title": "Where older people can get help",
        "layout": "who_to_call",
        "items": [
            ("phone", "60 000 000", "Municipal information line: we help you find the service you need."),
            ("heart", "60 000 101", "Social Service: allowances, care at home and social transport."),
            ("computer", "60 000 150", "Help with computers and phones: on Tuesdays and Thursdays."),
            ("bus", "Service bus", "Comes to your village: blood pressure, post and applications."),
            ("help", "60 000 199", "Crisis line day and night, if you are in serious trouble."),
        ],
    },
    "ru": {
        "title": "Где пожилым людям найти помощь",
        "layout": "who_to_call",
        "items": [
            ("phone", "60 000 000", "Информационный телефон самоуправления: поможем найти нужную услугу."),
            ("heart", "60 000 101", "Социальная служба: пособия, уход на дому и социальный транспорт."),
            ("computer", "60 000 150", "Помощь с компьютером и телефоном: по вторникам и четвергам."),
            ("bus", "Автобус услуг", "Приезжает в вашу деревню: давление, почта и заявления."),
            ("help", "60 000 199", "Кризисный телефон круглосуточно, если у вас серьёзные трудности."),
        ],
    },
}

HEATING_STEPS = {
    "lv": {
        "title": "Kā saņemt apkures kompensāciju",
        "layout": "steps",
        "items": [
            ("phone", "Zvaniet", "Sociālajam dienestam pa tālruni 60 000 101."),
            ("document", "Iesniegums", "Darbinieks palīdzēs to aizpildīt."),
            ("euro", "Rēķins", "Pievienojiet apkures rēķinu vai čeku par malku."),
            ("calendar", "10 dienas", "Atbildi saņemsiet 10 darba dienu laikā."),
        ],
    },
    "en": {
        "title": "How to get heating compensation",
        "layout": "steps",
        "items": [
            ("phone", "Call", "The Social Service on 60 000 101."),
            ("document", "Application", "Staff will help you fill it in."),
            ("euro", "Bill", "Add your heating bill or the receipt for firewood."),
            ("calendar", "10 days", "You get an answer within 10 working days."),
        ],
    },
    "ru": {
        "title": "Как получить компенсацию за отопление",
        "layout": "steps",
        "items": [
            ("phone", "Позвоните", "В социальную службу по телефону 60 000 101."),
            ("document", "Заявление", "Сотрудник поможет его заполнить."),
            ("euro", "Счёт", "Приложите счёт за отопление или чек за дрова."),
            ("calendar", "10 дней", "Ответ вы получите в течение 10 рабочих дней."),
        ],
    },
}

SOCIAL_SERVICES_AT_A_GLANCE = {
    "lv": {
        "title": "Sociālie pakalpojumi īsumā",
        "layout": "facts",
        "items": [
            ("heating", "līdz 150 €", "Apkures kompensācija vienu reizi sezonā, ja apkurināt ar malku."),
            ("car", "Bez maksas", "Speciālais transports uz ārsta vizīti cilvēkiem ar invaliditāti."),
            ("access", "Mājokļa pielāgošana", "Uzbrauktuve vai rokturi, ja mājās grūti pārvietoties."),
            ("home", "Sociālais mājoklis", "Dzīvoklis ar zemu īri, ja jums nav kur dzīvot."),
            ("computer", "2 reizes nedēļā", "Palīdzība ar datoru un e-pakalpojumiem bibliotēkā."),
            ("bus", "4 ciemi", "Pakalpojumu autobuss atbrauc uz Paraugciemu, Lejasmuižu, Kalnājiem un Ozolmuižu."),
        ],
    },
    "en": {
        "title": "Social services at a glance",
        "layout": "facts",
        "items": [
            ("heating", "up to €150", "Heating compensation once a season, if you heat with firewood."),
            ("car", "Free", "Special transport to the doctor for people with disabilities."),
            ("access", "Home adaptation", "A ramp or handrails, if it is hard to move around at home."),
            ("home", "Social housing", "A flat with low rent, if you have nowhere to live."),
            ("computer", "Twice a week", "Help with computers and e-services at the library."),
            ("bus", "4 villages", "The service bus comes to Paraugciems, Lejasmuiža, Kalnāji and Ozolmuiža."),
        ],
    },
    "ru": {
        "title": "Социальные услуги коротко",
        "layout": "facts",
        "items": [
            ("heating", "до 150 €", "Компенсация за отопление раз в сезон, если вы топите дровами."),
            ("car", "Бесплатно", "Специальный транспорт к врачу для людей с инвалидностью."),
            ("access", "Приспособление жилья", "Пандус или поручни, если дома трудно передвигаться."),
            ("home", "Социальное жильё", "Квартира с низкой платой, если вам негде жить."),
            ("computer", "2 раза в неделю", "Помощь с компьютером и э-услугами в библиотеке."),
            ("bus", "4 деревни", "Автобус услуг приезжает в Paraugciems, Lejasmuiža, Kalnāji и Ozolmuiža."),
        ],
    },
}

WAYS_TO_APPLY = {
    "lv": {
        "title": "Kā pieteikties: izvēlieties sev ērtāko veidu",
        "layout": "comparison",
        "items": [
            ("phone", "Pa tālruni", "Zvaniet 60 000 101. Darbinieks aizpildīs iesniegumu kopā ar jums."),
            ("person", "Klātienē", "Atnāciet uz sociālo dienestu vai pagasta pārvaldi."),
            ("mail", "Pa pastu", "Atsūtiet iesniegumu uz adresi Parauga iela 1, Jelgava."),
            ("computer", "Internetā", "Portālā Latvija.gov.lv, ja jums ir internetbanka."),
        ],
    },
    "en": {
        "title": "How to apply: choose the way that suits you",
        "layout": "comparison",
        "items": [
            ("phone", "By phone", "Call 60 000 101. Staff will fill in the application with you."),
            ("person", "In person", "Come to the Social Service or a parish office."),
            ("mail", "By post", "Send the application to Parauga iela 1, Jelgava."),
            ("computer", "Online", "On Latvija.gov.lv, if you have internet banking."),
        ],
    },
    "ru": {
        "title": "Как подать заявку: выберите удобный способ",
        "layout": "comparison",
        "items": [
            ("phone", "По телефону", "Позвоните 60 000 101. Сотрудник заполнит заявление вместе с вами."),
            ("person", "Лично", "Придите в социальную службу или волостное управление."),
            ("mail", "По почте", "Пришлите заявление по адресу Parauga iela 1, Jelgava."),
            ("computer", "В интернете", "На портале Latvija.gov.lv, если у вас есть интернет-банк."),
        ],
    },
}

#: The standard page that carries "social services at a glance" (a child of the help page).
GLANCE_PAGE = {
    "slug": "socialie-pakalpojumi-isuma",
    "lv": {
        "title": "Sociālie pakalpojumi īsumā",
        "intro": "Kāda palīdzība ir pieejama un kā to pieteikt. Ja neesat pārliecināts, zvaniet mums.",
        "after": "<p>Jums nav jāzina, kā sauc pakalpojumu. Pastāstiet, kas jums vajadzīgs, un mēs atradīsim.</p>",
    },
    "en": {
        "title": "Social services at a glance",
        "intro": "What help there is and how to apply for it. If you are not sure, call us.",
        "after": "<p>You do not need to know the name of the service. Tell us what you need, and we will find it.</p>",
    },
    "ru": {
        "title": "Социальные услуги коротко",
        "intro": "Какая помощь есть и как её получить. Если сомневаетесь, позвоните нам.",
        "after": "<p>Вам не нужно знать, как называется услуга. Расскажите, что вам нужно, и мы найдём.</p>",
    },
}

VIDEO_INDEX = {
    "slug": "video-pamacibas",
    "lv": {"title": "Video pamācības", "intro": "Īsi video ar subtitriem: soli pa solim, kā izdarīt vienu darbu."},
    "en": {"title": "Video guides", "intro": "Short captioned videos: step by step, how to do one task."},
    "ru": {"title": "Видеоинструкции", "intro": "Короткие видео с субтитрами: шаг за шагом, как сделать одно дело."},
}
