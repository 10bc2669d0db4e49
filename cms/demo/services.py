"""Demo service pages in plain Latvian, with English and Russian translations.

Each service is a dict:
  slug, topics [topic slugs], audiences [audience slugs], contact_points [keys],
  related [service slugs], easy_read [(icon, lv sentence)] (optional),
  easy_read_en [(icon, en sentence)] (optional),
  lv / en / ru: {title, summary, who_can_get, what_you_get, steps [(title, detail)],
                 what_to_bring, cost, duration, someone_else, department}
Rich-text fields hold simple HTML (<p>, <ul><li>, <strong>, <a href>).
Phone numbers, addresses and names are fictional.
"""

SERVICES: list[dict] = [
    {
        "slug": "apkures-kompensacija",
        "topics": ["pabalsti", "socialie-pakalpojumi"],
        "audiences": ["seniori", "pabalstu-sanemeji", "invaliditate"],
        "contact_points": ["socialais-dienests", "pagasta-parvalde"],
        "related": ["majokla-pielagosana", "e-pakalpojumu-konsultacijas"],
        "easy_read": [
            ("heating", "Ziemā apkure maksā daudz naudas."),
            ("euro", "Pašvaldība var samaksāt daļu no jūsu apkures rēķina."),
            ("person", "To var saņemt, ja jums ir maz naudas."),
            ("phone", "Zvaniet sociālajam dienestam: 60 000 101."),
            ("document", "Paņemiet līdzi apkures rēķinu un pasi."),
            ("calendar", "Atbildi saņemsiet 10 darba dienās."),
        ],
        "easy_read_en": [
            ("heating", "Heating costs a lot of money in winter."),
            ("euro", "The municipality can pay part of your heating bill."),
            ("person", "You can get it if you have little money."),
            ("phone", "Call the Social Service: 60 000 101."),
            ("document", "Bring your heating bill and your passport."),
            ("calendar", "You get an answer within 10 working days."),
        ],
        "lv": {
            "title": "Mājokļa apkures kompensācija",
            "summary": "Pašvaldība palīdz samaksāt par apkuri apkures sezonā.",
            "who_can_get": (
                "<p>Kompensāciju var saņemt, ja:</p><ul><li>jūs dzīvojat Jelgavā vai Jelgavas novadā un esat "
                "šeit deklarējis dzīvesvietu;</li><li>jūsu mājsaimniecībai ir maznodrošinātas vai trūcīgas "
                "mājsaimniecības statuss, vai jūs esat pensionārs, kas dzīvo viens.</li></ul>"
            ),
            "what_you_get": (
                "<p>Naudu par apkuri. Ja apkurināt ar malku, kompensācija ir <strong>līdz 150 eiro</strong> "
                "vienu reizi sezonā. Ja maksājat par centrālo apkuri, pašvaldība sedz daļu no ikmēneša rēķina.</p>"
            ),
            "steps": [
                ("Piezvaniet sociālajam dienestam vai atnāciet klātienē.", "Darbinieks pastāstīs, vai jums pienākas kompensācija."),
                ("Uzrakstiet iesniegumu.", "Veidlapu iedos darbinieks. Varat arī uzrakstīt iesniegumu brīvā formā un atsūtīt pa pastu."),
                ("Pievienojiet apkures rēķinu vai čeku par malku.", ""),
                ("Gaidiet atbildi.", "Lēmumu jums paziņos pa tālruni vai ar vēstuli."),
            ],
            "what_to_bring": "<ul><li>Pasi vai personas apliecību (eID karti).</li><li>Apkures rēķinu vai čeku par malku.</li><li>Bankas konta numuru, ja to zināt.</li></ul>",
            "cost": "Bez maksas.",
            "duration": "Atbilde 10 darba dienu laikā.",
            "someone_else": "<p>Jā. Iesniegumu jūsu vārdā var iesniegt radinieks, kaimiņš vai aprūpētājs. Viņam jāpaņem līdzi jūsu parakstīts iesniegums.</p>",
            "department": "Sociālais dienests",
        },
        "en": {
            "title": "Heating compensation",
            "summary": "The municipality helps you pay for heating during the heating season.",
            "who_can_get": (
                "<p>You can get compensation if:</p><ul><li>you live in Jelgava or the Jelgava region and "
                "have declared your residence here;</li><li>your household has low-income or needy household "
                "status, or you are a pensioner who lives alone.</li></ul>"
            ),
            "what_you_get": (
                "<p>Money for heating. If you heat with firewood, you get <strong>up to 150 euros</strong> once "
                "a season. If you pay for central heating, the municipality pays part of the monthly bill.</p>"
            ),
            "steps": [
                ("Call the Social Service or come in person.", "Staff will tell you whether you can get compensation."),
                ("Write an application.", "Staff will give you the form. You can also write a letter and send it by post."),
                ("Add your heating bill or the receipt for firewood.", ""),
                ("Wait for the answer.", "We will tell you the decision by phone or by letter."),
            ],
            "what_to_bring": "<ul><li>Your passport or ID card.</li><li>Your heating bill or firewood receipt.</li><li>Your bank account number, if you know it.</li></ul>",
            "cost": "Free.",
            "duration": "Answer within 10 working days.",
            "someone_else": "<p>Yes. A relative, neighbour or carer can apply for you. They need to bring the application signed by you.</p>",
            "department": "Social Service",
        },
        "ru": {
            "title": "Компенсация расходов на отопление",
            "summary": "Самоуправление помогает оплатить отопление в отопительный сезон.",
            "who_can_get": (
                "<p>Компенсацию можно получить, если:</p><ul><li>вы живёте в Елгаве или Елгавском крае и "
                "задекларировали здесь место жительства;</li><li>у вашего домохозяйства статус малообеспеченного "
                "или нуждающегося, или вы пенсионер и живёте один.</li></ul>"
            ),
            "what_you_get": (
                "<p>Деньги на отопление. Если вы топите дровами, компенсация составляет <strong>до 150 евро</strong> "
                "один раз за сезон. Если вы платите за центральное отопление, самоуправление оплачивает часть счёта.</p>"
            ),
            "steps": [
                ("Позвоните в социальную службу или придите лично.", "Сотрудник скажет, положена ли вам компенсация."),
                ("Напишите заявление.", "Бланк даст сотрудник. Можно написать заявление в свободной форме и отправить по почте."),
                ("Приложите счёт за отопление или чек за дрова.", ""),
                ("Ждите ответа.", "О решении вам сообщат по телефону или письмом."),
            ],
            "what_to_bring": "<ul><li>Паспорт или ID-карту.</li><li>Счёт за отопление или чек за дрова.</li><li>Номер банковского счёта, если вы его знаете.</li></ul>",
            "cost": "Бесплатно.",
            "duration": "Ответ в течение 10 рабочих дней.",
            "someone_else": "<p>Да. Заявление за вас может подать родственник, сосед или опекун. Ему нужно взять с собой заявление с вашей подписью.</p>",
            "department": "Социальная служба",
        },
    },
    {
        "slug": "dzivesvietas-deklaresana",
        "topics": ["majoklis", "gimene"],
        "audiences": ["seniori", "gimenes"],
        "contact_points": ["klientu-centrs", "pagasta-parvalde"],
        "related": ["nin-atvieglojumi", "e-pakalpojumu-konsultacijas"],
        "easy_read": [
            ("home", "Deklarējiet adresi, kur jūs dzīvojat."),
            ("mail", "Tad vēstules no pašvaldības nonāks pie jums."),
            ("computer", "To var izdarīt internetā vai klientu centrā."),
            ("euro", "Tas ir bez maksas."),
            ("help", "Ja vajag palīdzību, zvaniet: 60 000 100."),
        ],
        "lv": {
            "title": "Dzīvesvietas deklarēšana",
            "summary": "Pastāstiet pašvaldībai, kur jūs dzīvojat, lai saņemtu vēstules un pakalpojumus.",
            "who_can_get": "<p>Ikviens, kurš dzīvo Jelgavā vai Jelgavas novadā. Ja pārceļaties uz citu adresi, jauno adresi jādeklarē <strong>mēneša laikā</strong>.</p>",
            "what_you_get": "<p>Jūsu adrese tiek ierakstīta valsts reģistrā. Pašvaldība varēs jums sūtīt vēstules, un jūs varēsiet saņemt pašvaldības pabalstus un atlaides.</p>",
            "steps": [
                ("Izvēlieties, kā deklarēt.", "Internetā portālā Latvija.gov.lv vai klātienē klientu centrā vai pagasta pārvaldē."),
                ("Aizpildiet deklarāciju.", "Klātienē darbinieks palīdzēs to aizpildīt."),
                ("Ja mājoklis nav jūsu, jums vajag īpašnieka piekrišanu.", "Īpašnieks var parakstīt piekrišanu vai atnākt kopā ar jums."),
                ("Gaidiet apstiprinājumu.", "Parasti adresi ieraksta reģistrā 1 darba dienas laikā."),
            ],
            "what_to_bring": "<ul><li>Pasi vai personas apliecību (eID karti).</li><li>Ja mājoklis nav jūsu: īpašnieka piekrišanu vai īres līgumu.</li></ul>",
            "cost": "Bez maksas.",
            "duration": "1 darba diena.",
            "someone_else": "<p>Jā, ja jums ir pilnvara. Bērna dzīvesvietu deklarē vecāki.</p>",
            "department": "Klientu apkalpošanas centrs",
        },
        "en": {
            "title": "Declaring your place of residence",
            "summary": "Tell the municipality where you live, so you receive letters and services.",
            "who_can_get": "<p>Everyone who lives in Jelgava or the Jelgava region. If you move to another address, declare the new address <strong>within one month</strong>.</p>",
            "what_you_get": "<p>Your address is written in the state register. The municipality can send you letters, and you can receive municipal allowances and discounts.</p>",
            "steps": [
                ("Choose how to declare.", "Online at Latvija.gov.lv, or in person at the Customer Service Centre or a parish office."),
                ("Fill in the declaration.", "In person, staff will help you fill it in."),
                ("If the home is not yours, you need the owner's consent.", "The owner can sign a consent or come with you."),
                ("Wait for the confirmation.", "Usually the address is registered within 1 working day."),
            ],
            "what_to_bring": "<ul><li>Your passport or ID card.</li><li>If the home is not yours: the owner's consent or a rental agreement.</li></ul>",
            "cost": "Free.",
            "duration": "1 working day.",
            "someone_else": "<p>Yes, with a power of attorney. Parents declare their child's residence.</p>",
            "department": "Customer Service Centre",
        },
    },
]
