"""Demo video guides: what the narrator says, what the screen shows, and the steps.

Pure data, shared by the demo loader (cms/demo/media.py) and the dev-time
script that generated the small videos and captions once (cms/demo/make_media.py).
Each step is one slide of `slide_seconds`; step n starts at n * slide_seconds.
The narrator's sentence is the Latvian caption; `en` and `ru` hold subtitles
with the same timing. Phone numbers are fictional.
"""

VIDEO_GUIDES: list[dict] = [
    {
        "key": "deklaresana",
        "slug": "dzivesvietas-deklaresana-interneta",
        "service": "dzivesvietas-deklaresana",
        "slide_seconds": 9,
        "described": True,
        "screen": ["Latvija.gov.lv", "Pieslēgties", "Dzīvesvieta", "Iesniegt"],
        # Spoken in the pause after each step in the audio-described version.
        "description": [
            "Ekrānā liels uzraksts: Latvija.gov.lv.",
            "Ekrānā uzraksts: Pieslēgties.",
            "Ekrānā uzraksts: Dzīvesvieta.",
            "Ekrānā uzraksts: Iesniegt.",
        ],
        "lv": {
            "title": "Video: kā deklarēt dzīvesvietu internetā",
            "intro": "Īss video ar četriem soļiem: kā portālā Latvija.gov.lv deklarēt jauno adresi.",
            "speech": [
                "Atveriet portālu Latvija.gov.lv.",
                "Pieslēdzieties ar internetbanku vai eParakstu.",
                "Izvēlieties pakalpojumu „Dzīvesvietas deklarēšana”.",
                "Ierakstiet jauno adresi un nospiediet „Iesniegt”.",
            ],
            "details": [
                "To var izdarīt datorā vai telefonā.",
                "Ja jums nav internetbankas, zvaniet mums: 60 000 100. Mēs palīdzēsim.",
                "",
                "Apstiprinājumu saņemsiet e-pastā, parasti 1 darba dienas laikā.",
            ],
            "transcript_intro": (
                "Video ilgst 36 sekundes. Tajā ir četri slaidi: balts teksts uz zila fona. "
                "Diktors runā latviski."
            ),
            "screen_label": "Ekrānā",
            "voice_label": "Diktors",
        },
        "en": {
            "title": "Video: how to declare your place of residence online",
            "intro": "A short video in four steps: how to declare your new address on Latvija.gov.lv.",
            "speech": [
                "Open the portal Latvija.gov.lv.",
                "Log in with internet banking or eParaksts.",
                "Choose the service “Declaring a place of residence”.",
                "Type your new address and press “Iesniegt” (Submit).",
            ],
            "details": [
                "You can do it on a computer or a phone.",
                "If you have no internet banking, call us: 60 000 100. We will help.",
                "",
                "You get a confirmation by e-mail, usually within 1 working day.",
            ],
            "transcript_intro": (
                "The video is 36 seconds long. It has four slides: white text on a blue background. "
                "The narrator speaks Latvian."
            ),
            "screen_label": "On screen",
            "voice_label": "Narrator",
        },
        "ru": {
            "title": "Видео: как задекларировать место жительства в интернете",
            "intro": "Короткое видео в четыре шага: как задекларировать новый адрес на портале Latvija.gov.lv.",
            "speech": [
                "Откройте портал Latvija.gov.lv.",
                "Войдите через интернет-банк или eParaksts.",
                "Выберите услугу «Декларирование места жительства».",
                "Введите новый адрес и нажмите «Iesniegt» (Отправить).",
            ],
            "details": [
                "Это можно сделать на компьютере или в телефоне.",
                "Если у вас нет интернет-банка, позвоните нам: 60 000 100. Мы поможем.",
                "",
                "Подтверждение придёт по э-почте, обычно в течение 1 рабочего дня.",
            ],
            "transcript_intro": (
                "Видео длится 36 секунд. В нём четыре слайда: белый текст на синем фоне. "
                "Диктор говорит по-латышски."
            ),
            "screen_label": "На экране",
            "voice_label": "Диктор",
        },
    },
    {
        "key": "apkure",
        "slug": "apkures-kompensacija-video",
        "service": "apkures-kompensacija",
        "slide_seconds": 6,
        "described": False,
        "screen": ["60 000 101", "Iesniegums", "Rēķins", "10 dienas"],
        "lv": {
            "title": "Video: kā pieteikties apkures kompensācijai",
            "intro": "Video ar četriem soļiem: kā saņemt palīdzību samaksāt par apkuri.",
            "speech": [
                "Piezvaniet sociālajam dienestam: 60 000 101.",
                "Aizpildiet iesniegumu. Darbinieks palīdzēs.",
                "Pievienojiet apkures rēķinu vai čeku par malku.",
                "Gaidiet atbildi 10 darba dienu laikā.",
            ],
            "details": [
                "Darba dienās no 8.00 līdz 17.00.",
                "Iesniegumu var atsūtīt arī pa pastu.",
                "",
                "Lēmumu jums paziņos pa tālruni vai ar vēstuli.",
            ],
            "transcript_intro": (
                "Video ilgst 24 sekundes. Tajā ir četri slaidi: balts teksts uz zila fona. "
                "Diktors runā latviski."
            ),
            "screen_label": "Ekrānā",
            "voice_label": "Diktors",
        },
        "en": {
            "title": "Video: how to apply for heating compensation",
            "intro": "A video in four steps: how to get help paying for heating.",
            "speech": [
                "Call the Social Service: 60 000 101.",
                "Fill in the application. Staff will help you.",
                "Add your heating bill or the receipt for firewood.",
                "Wait for the answer within 10 working days.",
            ],
            "details": [
                "On working days from 8.00 to 17.00.",
                "You can also send the application by post.",
                "",
                "We will tell you the decision by phone or by letter.",
            ],
            "transcript_intro": (
                "The video is 24 seconds long. It has four slides: white text on a blue background. "
                "The narrator speaks Latvian."
            ),
            "screen_label": "On screen",
            "voice_label": "Narrator",
        },
        "ru": {
            "title": "Видео: как получить компенсацию за отопление",
            "intro": "Видео в четыре шага: как получить помощь в оплате отопления.",
            "speech": [
                "Позвоните в социальную службу: 60 000 101.",
                "Заполните заявление. Сотрудник поможет.",
                "Приложите счёт за отопление или чек за дрова.",
                "Ждите ответа в течение 10 рабочих дней.",
            ],
            "details": [
                "В рабочие дни с 8.00 до 17.00.",
                "Заявление можно прислать и по почте.",
                "",
                "О решении вам сообщат по телефону или письмом.",
            ],
            "transcript_intro": (
                "Видео длится 24 секунды. В нём четыре слайда: белый текст на синем фоне. "
                "Диктор говорит по-латышски."
            ),
            "screen_label": "На экране",
            "voice_label": "Диктор",
        },
    },
    {
        "key": "e-konsultacija",
        "slug": "palidziba-ar-datoru-video",
        "service": "e-pakalpojumu-konsultacijas",
        "slide_seconds": 6,
        "described": False,
        "screen": ["60 000 150", "Diena un vieta", "Telefons un pase"],
        "lv": {
            "title": "Video: kā pieteikties palīdzībai ar datoru",
            "intro": "Video ar trim soļiem: kā pieteikt bezmaksas nodarbību bibliotēkā vai pakalpojumu autobusā.",
            "speech": [
                "Zvaniet pa tālruni 60 000 150.",
                "Izvēlieties dienu un vietu.",
                "Paņemiet līdzi telefonu un pasi.",
            ],
            "details": [
                "Otrdienās un ceturtdienās no 10.00 līdz 15.00.",
                "Bibliotēkā vai pie pakalpojumu autobusa.",
                "Darbinieks nekad neprasīs jūsu PIN kodu.",
            ],
            "transcript_intro": (
                "Video ilgst 18 sekundes. Tajā ir trīs slaidi: balts teksts uz zila fona. "
                "Diktors runā latviski."
            ),
            "screen_label": "Ekrānā",
            "voice_label": "Diktors",
        },
        "en": {
            "title": "Video: how to book help with a computer",
            "intro": "A video in three steps: how to book a free lesson at the library or on the service bus.",
            "speech": [
                "Call 60 000 150.",
                "Choose a day and a place.",
                "Bring your phone and your passport.",
            ],
            "details": [
                "On Tuesdays and Thursdays from 10.00 to 15.00.",
                "At the library or at the service bus.",
                "Staff will never ask for your PIN code.",
            ],
            "transcript_intro": (
                "The video is 18 seconds long. It has three slides: white text on a blue background. "
                "The narrator speaks Latvian."
            ),
            "screen_label": "On screen",
            "voice_label": "Narrator",
        },
        "ru": {
            "title": "Видео: как записаться на помощь с компьютером",
            "intro": "Видео в три шага: как записаться на бесплатное занятие в библиотеке или в автобусе услуг.",
            "speech": [
                "Позвоните по телефону 60 000 150.",
                "Выберите день и место.",
                "Возьмите с собой телефон и паспорт.",
            ],
            "details": [
                "По вторникам и четвергам с 10.00 до 15.00.",
                "В библиотеке или у автобуса услуг.",
                "Сотрудник никогда не спросит ваш PIN-код.",
            ],
            "transcript_intro": (
                "Видео длится 18 секунд. В нём три слайда: белый текст на синем фоне. "
                "Диктор говорит по-латышски."
            ),
            "screen_label": "На экране",
            "voice_label": "Диктор",
        },
    },
]

#: Step labels burnt into the slides, per step number.
SLIDE_STEP = "{n}. solis"

#: Where captions start within a slide (seconds), so the first word is not clipped.
SPEECH_OFFSET = 0.4
