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
    {
        "slug": "apbedisanas-pabalsts",
        "topics": ["pabalsti", "gimene"],
        "audiences": ["seniori", "pabalstu-sanemeji"],
        "contact_points": ["socialais-dienests", "pagasta-parvalde"],
        "related": ["mirsanas-registracija", "apkures-kompensacija"],
        "easy_read": [
            ("heart", "Ja nomira tuvinieks, pašvaldība var palīdzēt samaksāt par bērēm."),
            ("euro", "Pabalsts ir 300 eiro."),
            ("document", "Vispirms saņemiet miršanas apliecību dzimtsarakstu nodaļā."),
            ("phone", "Zvaniet sociālajam dienestam: 60 000 101."),
            ("calendar", "Pieprasiet pabalstu 6 mēnešu laikā."),
        ],
        "easy_read_en": [
            ("heart", "When a loved one dies, we can help pay for the funeral."),
            ("euro", "The allowance is 300 euros."),
            ("document", "First get the death certificate at the registry office."),
            ("phone", "Call the Social Service: 60 000 101."),
            ("calendar", "Ask for the allowance within 6 months."),
        ],
        "lv": {
            "title": "Apbedīšanas pabalsts",
            "summary": "Pašvaldība palīdz samaksāt par tuvinieka bērēm.",
            "who_can_get": (
                "<p>Pabalstu var saņemt cilvēks, kurš kārto bēres. Tas var būt radinieks, draugs vai kaimiņš.</p>"
                "<p>Pabalstu maksā, ja:</p><ul><li>mirušais bija deklarējis dzīvesvietu Jelgavā vai Jelgavas "
                "novadā;</li><li>valsts par šo cilvēku apbedīšanas pabalstu nemaksā.</li></ul>"
                "<p>Ja mirušais saņēma pensiju, valsts pabalstu parasti maksā Valsts sociālās apdrošināšanas "
                "aģentūra (VSAA). Ja nezināt, kurš pabalsts jums pienākas, piezvaniet mums. Mēs palīdzēsim to "
                "noskaidrot.</p>"
            ),
            "what_you_get": (
                "<p>Vienreizēju naudas summu <strong>300 eiro</strong>.</p><p>Ja mirušajam bija trūcīgas personas "
                "statuss, pabalsts ir <strong>500 eiro</strong>. Tas nozīmē, ka viņam bija ļoti maz ienākumu un "
                "pašvaldība to bija apstiprinājusi.</p><p>Ja cilvēks dzīvoja viens un neviens nevar samaksāt par "
                "bērēm, tās noorganizē un apmaksā pašvaldība.</p>"
            ),
            "steps": [
                ("Saņemiet miršanas apliecību.", "To izsniedz dzimtsarakstu nodaļā, kad reģistrē nāvi."),
                (
                    "Piezvaniet sociālajam dienestam vai atnāciet klātienē.",
                    "Darbinieks pārbaudīs, vai jums pienākas pabalsts. Viņš palīdzēs aizpildīt iesniegumu.",
                ),
                (
                    "Uzrakstiet iesniegumu.",
                    "To var atnest, atsūtīt pa pastu vai e-pastā. Tas jāizdara 6 mēnešu laikā pēc nāves.",
                ),
                (
                    "Gaidiet lēmumu.",
                    "Lēmumu saņemsiet 10 darba dienu laikā. Naudu pārskaitīsim uz jūsu bankas kontu.",
                ),
            ],
            "what_to_bring": (
                "<ul><li>Jūsu pasi vai personas apliecību (eID karti).</li><li>Miršanas apliecību.</li>"
                "<li>Rēķinus vai čekus par bērēm, ja tie jums ir.</li><li>Jūsu bankas konta numuru.</li></ul>"
            ),
            "cost": "Bez maksas.",
            "duration": "Lēmums 10 darba dienu laikā.",
            "someone_else": (
                "<p>Jā. Ja jums ir grūti to izdarīt pašam, iesniegumu jūsu vārdā var iesniegt radinieks vai kaimiņš. "
                "Viņam jāpaņem līdzi jūsu parakstīts iesniegums un jūsu bankas konta numurs.</p>"
            ),
            "department": "Sociālais dienests",
        },
        "en": {
            "title": "Funeral allowance",
            "summary": "The municipality helps you pay for a loved one's funeral.",
            "who_can_get": (
                "<p>The person who arranges the funeral can get the allowance. This can be a relative, a friend or a "
                "neighbour.</p><p>We pay the allowance if:</p><ul><li>the person who died had declared their "
                "residence in Jelgava or the Jelgava region;</li><li>the state does not pay a funeral allowance for "
                "this person.</li></ul><p>If the person who died got a pension, the state usually pays the "
                "allowance. The State Social Insurance Agency (VSAA) pays it. If you do not know which allowance you "
                "can get, call us. We will help you find out.</p>"
            ),
            "what_you_get": (
                "<p>A one-off payment of <strong>300 euros</strong>.</p><p>If the person who died had needy person "
                "status, the allowance is <strong>500 euros</strong>. This means they had very little income and the "
                "municipality had confirmed it.</p><p>If the person lived alone and nobody can pay, the municipality "
                "pays for the funeral.</p>"
            ),
            "steps": [
                ("Get the death certificate.", "The registry office gives it to you when the death is registered."),
                (
                    "Call the Social Service or come in person.",
                    "Staff will check whether you can get the allowance. They will help you fill in the application.",
                ),
                (
                    "Write an application.",
                    "You can bring it, send it by post or by e-mail. Do this within 6 months after the death.",
                ),
                (
                    "Wait for the decision.",
                    "You get the decision within 10 working days. We pay the money into your bank account.",
                ),
            ],
            "what_to_bring": (
                "<ul><li>Your passport or ID card.</li><li>The death certificate.</li>"
                "<li>Bills or receipts for the funeral, if you have them.</li>"
                "<li>Your bank account number.</li></ul>"
            ),
            "cost": "Free.",
            "duration": "Decision within 10 working days.",
            "someone_else": (
                "<p>Yes. If this is hard for you, a relative or neighbour can apply for you. They need to bring the "
                "application signed by you and your bank account number.</p>"
            ),
            "department": "Social Service",
        },
    },
    {
        "slug": "berna-uznemsana-pii-rinda",
        "topics": ["gimene"],
        "audiences": ["gimenes"],
        "contact_points": ["klientu-centrs", "pagasta-parvalde"],
        "related": ["dzimsanas-registracija", "dzivesvietas-deklaresana"],
        "easy_read": [
            ("child", "Pierakstiet bērnu bērnudārza rindā jau no dzimšanas."),
            ("computer", "To var izdarīt internetā Latvija.gov.lv."),
            ("home", "To var izdarīt arī klientu centrā vai pagasta pārvaldē."),
            ("mail", "Mēs jums atsūtīsim bērna numuru rindā."),
            ("phone", "Kad pienāks jūsu kārta, mēs jums piezvanīsim."),
            ("euro", "Pierakstīšana rindā ir bez maksas."),
        ],
        "easy_read_en": [
            ("child", "Put your child in the kindergarten queue from birth."),
            ("computer", "You can do it online at Latvija.gov.lv."),
            ("home", "Or go to the Customer Service Centre or parish office."),
            ("mail", "We will send you your child's number in the queue."),
            ("phone", "When it is your turn, we will call you."),
            ("euro", "Joining the queue is free."),
        ],
        "lv": {
            "title": "Bērna pierakstīšana bērnudārza rindā",
            "summary": "Pierakstiet bērnu rindā uz vietu pašvaldības bērnudārzā.",
            "who_can_get": (
                "<p>Bērna vecāki vai aizbildnis. Aizbildnis ir cilvēks, kurš oficiāli rūpējas par bērnu vecāku "
                "vietā.</p><p>Bērnam un vienam no vecākiem jābūt deklarētai dzīvesvietai Jelgavā vai Jelgavas "
                "novadā.</p><p>Bērnu var pierakstīt rindā <strong>jau no dzimšanas</strong>. Jo agrāk pierakstāt, jo "
                "ātrāk pienāks jūsu kārta.</p>"
            ),
            "what_you_get": (
                "<p>Jūsu bērnu ieraksta rindā uz vietu bērnudārzā. Oficiāli bērnudārzu sauc par pirmsskolas "
                "izglītības iestādi jeb PII.</p><p>Kad pienāk jūsu kārta, pašvaldība piedāvā vietu. Parasti vietu "
                "piedāvā no <strong>1,5 gadu vecuma</strong>. Dažas ģimenes vietu saņem ātrāk, piemēram, daudzbērnu "
                "ģimenes un ģimenes, kurās aug bērns ar invaliditāti.</p>"
            ),
            "steps": [
                ("Izvēlieties 1–3 bērnudārzus, kas jums der.", "Padomājiet, kurš ir tuvāk mājām vai darbam."),
                (
                    "Aizpildiet iesniegumu.",
                    "Internetā portālā Latvija.gov.lv vai klātienē klientu centrā vai pagasta pārvaldē.",
                ),
                ("Saņemiet apstiprinājumu.", "Mēs jums atsūtīsim ziņu ar bērna numuru rindā."),
                (
                    "Atbildiet, kad saņemat piedāvājumu.",
                    (
                        "Kad pienāks jūsu kārta, mēs jums piezvanīsim vai uzrakstīsim. Atbildiet 10 darba dienu "
                        "laikā. Citādi vietu piedāvās nākamajam bērnam."
                    ),
                ),
            ],
            "what_to_bring": (
                "<ul><li>Jūsu pasi vai personas apliecību (eID karti).</li><li>Bērna personas kodu.</li>"
                "<li>Ja ģimene var saņemt vietu ātrāk: dokumentu, kas to pierāda, piemēram, daudzbērnu ģimenes "
                "apliecību.</li></ul>"
            ),
            "cost": "Bez maksas. Pašvaldības bērnudārzā vecāki maksā tikai par ēdināšanu.",
            "duration": "Bērnu ieraksta rindā 5 darba dienu laikā.",
            "someone_else": (
                "<p>Iesniegumu var iesniegt viens no bērna vecākiem vai aizbildnis. Cits cilvēks to var izdarīt, ja "
                "viņam ir pilnvara. Pilnvara ir dokuments, kurā jūs atļaujat citam rīkoties jūsu vārdā.</p>"
            ),
            "department": "Izglītības pārvalde",
        },
        "en": {
            "title": "Putting your child in the kindergarten queue",
            "summary": "Put your child in the queue for a place in a municipal kindergarten.",
            "who_can_get": (
                "<p>The child's parents or guardian. A guardian is a person who officially cares for a child instead "
                "of the parents.</p><p>The child and one parent must live in Jelgava or the Jelgava region. Their "
                "residence must be declared here.</p><p>You can put your child in the queue <strong>from "
                "birth</strong>. The earlier you do it, the sooner it will be your turn.</p>"
            ),
            "what_you_get": (
                "<p>Your child is put in the queue for a kindergarten place. The official name for a kindergarten is "
                "pre-school education institution, or PII.</p><p>When it is your turn, the municipality offers you a "
                "place. Usually places are offered from <strong>1.5 years of age</strong>. Some families get a place "
                "sooner. This includes large families and families of children with disabilities.</p>"
            ),
            "steps": [
                ("Choose 1–3 kindergartens that suit you.", "Think about which one is closer to your home or work."),
                (
                    "Fill in the application.",
                    "Online at Latvija.gov.lv, or in person at the Customer Service Centre or a parish office.",
                ),
                ("Get the confirmation.", "We will send you a message with your child's number in the queue."),
                (
                    "Answer when you get an offer.",
                    (
                        "When it is your turn, we will call or write to you. Answer within 10 working days. "
                        "Otherwise the place goes to the next child."
                    ),
                ),
            ],
            "what_to_bring": (
                "<ul><li>Your passport or ID card.</li><li>Your child's personal code.</li>"
                "<li>If your family can get a place sooner: a document that shows this. For example, a large family "
                "card.</li></ul>"
            ),
            "cost": "Free. In a municipal kindergarten, parents pay only for meals.",
            "duration": "Your child is added to the queue within 5 working days.",
            "someone_else": (
                "<p>One of the child's parents or the guardian can apply. Another person can do it with a power of "
                "attorney. This is a document in which you allow someone else to act for you.</p>"
            ),
            "department": "Education Board",
        },
    },
    {
        "slug": "buvatlauja",
        "topics": ["buvnieciba", "majoklis"],
        "audiences": [],
        "contact_points": ["buvvalde"],
        "related": ["ni-lietosanas-merkis", "nin-pazinojums"],
        "lv": {
            "title": "Būvatļauja",
            "summary": "Atļauja uzbūvēt jaunu māju vai citu lielu ēku vai to pārbūvēt.",
            "who_can_get": (
                "<p>Zemes vai ēkas īpašnieks. Ja zeme nav jūsu, jums vajag īpašnieka rakstisku piekrišanu.</p>"
                "<p>Būvatļauja vajadzīga, ja jūs būvējat jaunu dzīvojamo māju vai citu lielu ēku. Tā vajadzīga arī, "
                "ja ēku lielā mērā pārbūvējat. Mazam šķūnim vai siltumnīcai parasti pietiek ar vienkāršāku "
                "dokumentu.</p><p>Būvvalde ir pašvaldības nodaļa, kas pārbauda būvniecību. Pajautājiet būvvaldē, kas "
                "vajadzīgs tieši jums.</p>"
            ),
            "what_you_get": (
                "<p><strong>Būvatļauju</strong>. Tā ir pašvaldības atļauja būvēt pēc jūsu būvprojekta.</p>"
                "<p>Būvatļaujā ir ierakstīts, kas jāizdara pirms būvdarbu sākuma. Piemēram, jāizvēlas būvnieks un "
                "jāapdrošina būvdarbi.</p>"
            ),
            "steps": [
                (
                    "Pajautājiet būvvaldē, kādi dokumenti jums vajadzīgi.",
                    "Piezvaniet vai atnāciet uz konsultāciju pirmdienā vai ceturtdienā.",
                ),
                (
                    "Pasūtiet būvprojektu.",
                    "Būvprojekts ir ēkas rasējumi un apraksts. To sagatavo arhitekts, kuram ir tiesības projektēt.",
                ),
                (
                    "Iesniedziet dokumentus.",
                    (
                        "Internetā Būvniecības informācijas sistēmā bis.gov.lv vai klātienē būvvaldē. Arhitekts to "
                        "var izdarīt jūsu vietā."
                    ),
                ),
                ("Gaidiet lēmumu.", "Būvvalde pārbaudīs dokumentus un atbildēs 30 dienu laikā."),
                (
                    "Pirms būvdarbu sākuma saņemiet būvvaldes atzīmi.",
                    "Atzīme nozīmē, ka viss vajadzīgais ir izdarīts un var sākt būvēt.",
                ),
            ],
            "what_to_bring": (
                "<ul><li>Jūsu pasi vai personas apliecību (eID karti).</li><li>Dokumentu, kas pierāda, ka zeme vai "
                "ēka ir jūsu, vai īpašnieka piekrišanu.</li><li>Būvprojektu.</li></ul>"
            ),
            "cost": "Pašvaldības maksa (nodeva) ir 30 eiro par privātmāju. Par būvprojektu jūs maksājat arhitektam.",
            "duration": "Lēmums 30 dienu laikā pēc visu dokumentu saņemšanas.",
            "someone_else": (
                "<p>Jā. Parasti dokumentus jūsu vārdā iesniedz arhitekts vai būvnieks. Viņam vajag jūsu pilnvaru. "
                "Pilnvara ir dokuments, kurā jūs atļaujat citam rīkoties jūsu vārdā.</p>"
            ),
            "department": "Būvvalde",
        },
    },
    {
        "slug": "dzimsanas-registracija",
        "topics": ["gimene"],
        "audiences": ["gimenes"],
        "contact_points": ["dzimtsarakstu-nodala"],
        "related": ["berna-uznemsana-pii-rinda", "dzivesvietas-deklaresana"],
        "easy_read": [
            ("child", "Kad bērns piedzimst, reģistrējiet viņu 1 mēneša laikā."),
            ("pin", "Ejiet uz dzimtsarakstu nodaļu vai reģistrējiet internetā."),
            ("document", "Paņemiet līdzi abu vecāku pases."),
            ("check", "Jūs saņemsiet bērna dzimšanas apliecību."),
            ("euro", "Tas ir bez maksas."),
            ("phone", "Piesakiet laiku pa tālruni 60 000 120."),
        ],
        "easy_read_en": [
            ("child", "When your baby is born, register the birth within 1 month."),
            ("pin", "Go to the registry office or register online."),
            ("document", "Bring the passports of both parents."),
            ("check", "You will get your child's birth certificate."),
            ("euro", "It is free."),
            ("phone", "Book a time by phone: 60 000 120."),
        ],
        "lv": {
            "title": "Bērna dzimšanas reģistrācija",
            "summary": "Reģistrējiet bērna dzimšanu, lai bērns saņemtu personas kodu un dzimšanas apliecību.",
            "who_can_get": (
                "<p>Bērna māte vai tēvs. Ja vecāki to nevar izdarīt, bērna dzimšanu var reģistrēt cits tuvinieks.</p>"
                "<p>Bērna dzimšana jāreģistrē <strong>1 mēneša laikā</strong> pēc dzimšanas.</p>"
            ),
            "what_you_get": (
                "<ul><li>Bērna <strong>dzimšanas apliecību</strong>. Tas ir dokuments, kurā ierakstīts bērna vārds, "
                "dzimšanas datums un vecāki.</li><li>Bērna personas kodu.</li>"
                "<li>Tajā pašā reizē var deklarēt arī bērna dzīvesvietu.</li></ul>"
                "<p>Pēc reģistrācijas valsts pabalstus par bērnu parasti piešķir automātiski. Pašvaldība maksā arī "
                "vienreizēju pabalstu <strong>200 eiro</strong> par katru jaundzimušo. Par to jums pastāstīs "
                "dzimtsarakstu nodaļā.</p>"
            ),
            "steps": [
                (
                    "Izvēlieties, kā reģistrēt.",
                    "Internetā portālā Latvija.gov.lv vai klātienē jebkurā dzimtsarakstu nodaļā Latvijā.",
                ),
                ("Ja ejat klātienē, piesakiet laiku pa tālruni.", "Zvaniet 60 000 120. Tā jums nebūs jāgaida rindā."),
                (
                    "Izvēlieties bērna vārdu un uzvārdu.",
                    "Ja vecākiem ir dažādi uzvārdi, vienojieties, kuru uzvārdu dosiet bērnam.",
                ),
                (
                    "Saņemiet dzimšanas apliecību.",
                    "Klātienē to iedod uzreiz. Ja reģistrējāt internetā, apliecību saņemsiet dzimtsarakstu nodaļā.",
                ),
            ],
            "what_to_bring": (
                "<ul><li>Abu vecāku pases vai personas apliecības (eID kartes).</li>"
                "<li>Laulības apliecību, ja vecāki ir precējušies ārzemēs.</li>"
                "<li>Ja vecāki nav precējušies, atnāciet abi kopā. Tad tēvu ierakstīs dokumentos uzreiz.</li></ul>"
                "<p>Ziņas par bērna dzimšanu slimnīca parasti nosūta pati. Tās jums nav jānes.</p>"
            ),
            "cost": "Bez maksas.",
            "duration": "Klātienē apmēram 30 minūtes. Apliecību izsniedz tajā pašā dienā.",
            "someone_else": (
                "<p>Jā. Ja vecāki nevar atnākt, bērna dzimšanu var reģistrēt tuvinieks. Viņam jāpaņem līdzi sava "
                "pase. Ja vecāki nav precējušies, tēvam jāatnāk pašam. Tikai tad viņu ierakstīs dokumentos kā "
                "tēvu.</p>"
            ),
            "department": "Dzimtsarakstu nodaļa",
        },
        "en": {
            "title": "Registering a child's birth",
            "summary": "Register your child's birth, so your child gets a personal code and a birth certificate.",
            "who_can_get": (
                "<p>The child's mother or father. If the parents cannot do it, another close relative can register "
                "the birth.</p><p>The birth must be registered <strong>within 1 month</strong>.</p>"
            ),
            "what_you_get": (
                "<ul><li>Your child's <strong>birth certificate</strong>. This document shows the child's name, date "
                "of birth and parents.</li><li>Your child's personal code.</li>"
                "<li>You can declare your child's residence at the same time.</li></ul>"
                "<p>After the registration, state allowances for the child usually start automatically. The "
                "municipality also pays a one-off allowance of <strong>200 euros</strong> for each newborn. The "
                "registry office will tell you about it.</p>"
            ),
            "steps": [
                (
                    "Choose how to register.",
                    "Online at Latvija.gov.lv, or in person at any registry office in Latvia.",
                ),
                ("If you go in person, book a time by phone.", "Call 60 000 120. Then you will not have to queue."),
                (
                    "Choose your child's first name and surname.",
                    "If the parents have different surnames, agree which surname the child will get.",
                ),
                (
                    "Get the birth certificate.",
                    (
                        "In person, you get it straight away. If you registered online, collect it at the registry "
                        "office."
                    ),
                ),
            ],
            "what_to_bring": (
                "<ul><li>Both parents' passports or ID cards.</li><li>Your marriage certificate, if you married "
                "abroad.</li><li>If the parents are not married, come together. Then the father is added to the "
                "documents straight away.</li></ul><p>The hospital usually sends the birth details itself. You do "
                "not need to bring them.</p>"
            ),
            "cost": "Free.",
            "duration": "About 30 minutes in person. You get the certificate on the same day.",
            "someone_else": (
                "<p>Yes. If the parents cannot come, a close relative can register the birth. They need to bring "
                "their own passport. If the parents are not married, the father must come in person. Only then can "
                "he be named as the father.</p>"
            ),
            "department": "Registry Office",
        },
    },
    {
        "slug": "laulibas-registracija",
        "topics": ["gimene"],
        "audiences": [],
        "contact_points": ["dzimtsarakstu-nodala"],
        "related": ["dzivesvietas-deklaresana"],
        "lv": {
            "title": "Laulības reģistrācija",
            "summary": "Kā pieteikties laulības reģistrācijai dzimtsarakstu nodaļā.",
            "who_can_get": (
                "<p>Divi pilngadīgi cilvēki, kuri vēlas precēties. Pilngadīgs nozīmē, ka cilvēkam ir vismaz 18 "
                "gadi.</p><p>Neviens no jums nedrīkst būt precējies ar citu cilvēku.</p>"
            ),
            "what_you_get": (
                "<p>Jūsu laulību ieraksta valsts reģistrā, un jūs saņemat <strong>laulības apliecību</strong>. Ja "
                "vēlaties, varat mainīt uzvārdu.</p><p>Varat izvēlēties vienkāršu reģistrāciju vai svinīgu "
                "ceremoniju ar mūziku un viesiem.</p>"
            ),
            "steps": [
                (
                    "Iesniedziet iesniegumu kopā ar savu nākamo vīru vai sievu.",
                    "Atnāciet abi uz dzimtsarakstu nodaļu. Iesniegumu var iesniegt arī portālā Latvija.gov.lv.",
                ),
                (
                    "Izvēlieties kāzu datumu un laiku.",
                    "Iesniegumu iesniedziet vismaz 1 mēnesi pirms kāzām. Vasaras sestdienas aizņem ātri.",
                ),
                (
                    "Samaksājiet valsts nodevu.",
                    (
                        "Nodeva ir maksa valstij par reģistrāciju. To var samaksāt bankā, internetā vai uz vietas ar "
                        "karti."
                    ),
                ),
                (
                    "Atnāciet uz reģistrāciju.",
                    "Paņemiet līdzi pases. Pēc reģistrācijas saņemsiet laulības apliecību.",
                ),
            ],
            "what_to_bring": (
                "<ul><li>Abu pases vai personas apliecības (eID kartes).</li>"
                "<li>Ja kāds no jums agrāk bija precējies: dokumentu, kas pierāda, ka laulība ir beigusies.</li>"
                "<li>Ārzemniekiem var vajadzēt citus dokumentus. Pajautājiet mums pa tālruni.</li></ul>"
            ),
            "cost": "Valsts nodeva ir 15 eiro. Svinīga ceremonija dzimtsarakstu nodaļas zālē maksā 60 eiro.",
            "duration": "Iesniegumu iesniedziet vismaz 1 mēnesi pirms kāzām. Reģistrācija ilgst apmēram 30 minūtes.",
            "someone_else": (
                "<p>Nē. Iesniegumu abi nākamie laulātie paraksta paši. Ja kāds no jums slimības dēļ nevar atnākt, "
                "piezvaniet mums. Mēs varam reģistrēt laulību arī mājās vai slimnīcā.</p>"
            ),
            "department": "Dzimtsarakstu nodaļa",
        },
    },
    {
        "slug": "nin-pazinojums",
        "topics": ["majoklis", "e-pakalpojumi"],
        "audiences": ["seniori"],
        "contact_points": ["klientu-centrs", "pagasta-parvalde"],
        "related": ["nin-atvieglojumi", "e-pakalpojumu-konsultacijas"],
        "easy_read": [
            ("mail", "Paziņojumu par nodokli var saņemt e-pastā."),
            ("calendar", "Paziņojums pienāk katru gadu februārī."),
            ("computer", "Piesakieties portālā Latvija.gov.lv vai klientu centrā."),
            ("euro", "Tas ir bez maksas."),
            ("phone", "Ja vajag palīdzību, zvaniet: 60 000 100."),
        ],
        "lv": {
            "title": "Nekustamā īpašuma nodokļa paziņojums e-pastā",
            "summary": "Saņemiet paziņojumu par nekustamā īpašuma nodokli e-pastā, nevis uz papīra.",
            "who_can_get": (
                "<p>Ikviens, kuram Jelgavā vai Jelgavas novadā pieder zeme, māja vai dzīvoklis. Par tiem katru gadu "
                "jāmaksā <strong>nekustamā īpašuma nodoklis</strong>. Īsumā to sauc par NĪN.</p>"
            ),
            "what_you_get": (
                "<p>Paziņojumu, cik nodokļa jāmaksā un līdz kuram datumam. Pašvaldība to sūta katru gadu "
                "<strong>februārī</strong>.</p><p>E-pastā paziņojums pienāk ātrāk. Tas nepazudīs pastā, un to var "
                "atvērt arī telefonā.</p><p>Ja jums ir e-adrese, paziņojums pienāks tur. E-adrese ir jūsu oficiālā "
                "pastkastīte portālā Latvija.gov.lv.</p><p>Nodokli var samaksāt uzreiz vai 4 daļās. Maksājiet "
                "līdz:</p><ul><li>31. martam;</li><li>15. maijam;</li><li>15. augustam;</li>"
                "<li>15. novembrim.</li></ul>"
            ),
            "steps": [
                (
                    "Izvēlieties, kā pieteikties.",
                    "Internetā portālā Latvija.gov.lv, pa e-pastu vai klātienē klientu centrā vai pagasta pārvaldē.",
                ),
                (
                    "Ja piesakāties pa e-pastu, rakstiet uz pasts@example.lv.",
                    "Uzrakstiet savu vārdu, uzvārdu un personas kodu. Uzrakstiet, ka vēlaties paziņojumu e-pastā.",
                ),
                ("Pārbaudiet savu e-pasta adresi.", "Ja adresē ir kļūda, vēstule nepienāks."),
                ("Gaidiet apstiprinājumu.", "Mēs jums atbildēsim e-pastā. Nākamais paziņojums pienāks jau e-pastā."),
            ],
            "what_to_bring": (
                "<ul><li>Pasi vai personas apliecību (eID karti), ja piesakāties klātienē.</li>"
                "<li>Savu e-pasta adresi.</li></ul>"
            ),
            "cost": "Bez maksas.",
            "duration": "Mēs to nokārtosim 5 darba dienu laikā.",
            "someone_else": (
                "<p>Jā. Radinieks var pieteikties jūsu vārdā, ja viņam ir jūsu pilnvara. Ja jūs piekrītat, "
                "paziņojumu var sūtīt arī uz radinieka e-pastu.</p>"
            ),
            "department": "Nodokļu nodaļa",
        },
    },
    {
        "slug": "mirsanas-registracija",
        "topics": ["gimene"],
        "audiences": ["seniori"],
        "contact_points": ["dzimtsarakstu-nodala"],
        "related": ["apbedisanas-pabalsts"],
        "easy_read": [
            ("heart", "Ja nomira tuvinieks, nāve jāreģistrē 6 dienu laikā."),
            ("pin", "Ejiet uz dzimtsarakstu nodaļu."),
            ("document", "Paņemiet līdzi savu pasi un mirušā pasi."),
            ("check", "Miršanas apliecību jūs saņemsiet tajā pašā dienā."),
            ("help", "To var izdarīt arī apbedīšanas birojs."),
        ],
        "lv": {
            "title": "Miršanas reģistrācija",
            "summary": "Kas jādara, kad nomiris tuvinieks, lai saņemtu miršanas apliecību.",
            "who_can_get": (
                "<p>Nāvi reģistrē tuvinieks, kaimiņš vai cits cilvēks, kurš kārto bēres. To var izdarīt arī "
                "apbedīšanas birojs jūsu vārdā.</p><p>Nāve jāreģistrē <strong>6 dienu laikā</strong>.</p>"
            ),
            "what_you_get": (
                "<p><strong>Miršanas apliecību</strong>. Tas ir dokuments, kas apliecina cilvēka nāvi. Tas vajadzīgs "
                "bērēm, mantojuma kārtošanai un apbedīšanas pabalstam.</p><p>Pensiju un citus valsts maksājumus "
                "pārtrauc automātiski. Jums par to nav jāziņo atsevišķi.</p>"
            ),
            "steps": [
                (
                    "Saņemiet ārsta izziņu par nāvi.",
                    (
                        "Ja cilvēks nomira slimnīcā, ārsts to nosūta pats. Ja cilvēks nomira mājās, izsauciet "
                        "ģimenes ārstu vai neatliekamo medicīnisko palīdzību."
                    ),
                ),
                (
                    "Piesakiet laiku dzimtsarakstu nodaļā.",
                    "Zvaniet 60 000 120. Mēs pateiksim, kādi dokumenti vajadzīgi.",
                ),
                ("Atnāciet uz dzimtsarakstu nodaļu.", "Reģistrācija ilgst apmēram 20 minūtes."),
                (
                    "Saņemiet miršanas apliecību.",
                    "To izsniedz tajā pašā dienā. Pēc tam varat pieprasīt apbedīšanas pabalstu.",
                ),
            ],
            "what_to_bring": (
                "<ul><li>Jūsu pasi vai personas apliecību (eID karti).</li><li>Mirušā cilvēka pasi vai personas "
                "apliecību.</li><li>Ārsta izziņu par nāvi, ja ārsts to jums iedeva uz papīra.</li></ul>"
            ),
            "cost": "Bez maksas.",
            "duration": "Apmēram 20 minūtes. Apliecību izsniedz uzreiz.",
            "someone_else": (
                "<p>Jā. Nāvi var reģistrēt jebkurš tuvinieks vai kaimiņš. To var izdarīt arī apbedīšanas birojs, ar "
                "kuru jūs kārtojat bēres.</p>"
            ),
            "department": "Dzimtsarakstu nodaļa",
        },
    },
    {
        "slug": "ni-lietosanas-merkis",
        "topics": ["majoklis", "buvnieciba"],
        "audiences": [],
        "contact_points": ["klientu-centrs", "buvvalde"],
        "related": ["nin-pazinojums", "buvatlauja"],
        "lv": {
            "title": "Nekustamā īpašuma lietošanas mērķa noteikšana",
            "summary": "Pašvaldība ieraksta, kam jūs izmantojat savu zemi vai ēku. No tā atkarīgs nodoklis.",
            "who_can_get": (
                "<p>Zemes vai ēkas īpašnieks.</p><p><strong>Lietošanas mērķis</strong> parāda, kam izmanto zemi vai "
                "ēku. Piemēram, dzīvojamai mājai, lauksaimniecībai vai veikalam.</p>"
                "<p>Pieteikties vajag, ja:</p><ul><li>jūs sadalāt zemi vai apvienojat zemes gabalus;</li>"
                "<li>jūs uzbūvējāt māju uz lauksaimniecības zemes;</li><li>jūs sākat izmantot zemi vai ēku citam "
                "mērķim.</li></ul>"
            ),
            "what_you_get": (
                "<p>Pašvaldības lēmumu par lietošanas mērķi. Pašvaldība par to paziņo Valsts zemes dienestam. Tas "
                "glabā ziņas par visiem īpašumiem Latvijā.</p><p>No lietošanas mērķa atkarīgs, cik liels būs jūsu "
                "nekustamā īpašuma nodoklis.</p>"
            ),
            "steps": [
                (
                    "Pajautājiet, vai jums jāmaina lietošanas mērķis.",
                    "Piezvaniet klientu centram vai būvvaldei. Darbinieks pārbaudīs jūsu īpašuma datus.",
                ),
                (
                    "Uzrakstiet iesniegumu.",
                    (
                        "Norādiet īpašuma adresi vai kadastra numuru. Kadastra numurs ir īpašuma numurs. Tas ir "
                        "zemesgrāmatā un nodokļa paziņojumā. Uzrakstiet, kam jūs izmantojat zemi vai ēku."
                    ),
                ),
                ("Iesniedziet iesniegumu.", "Klātienē, pa pastu, e-pastā vai portālā Latvija.gov.lv."),
                ("Gaidiet lēmumu.", "Pašvaldība pieņems lēmumu 1 mēneša laikā un nosūtīs to jums."),
            ],
            "what_to_bring": (
                "<ul><li>Jūsu pasi vai personas apliecību (eID karti).</li><li>Īpašuma adresi vai kadastra "
                "numuru.</li><li>Zemes robežu plānu, ja zemi sadalāt.</li></ul>"
            ),
            "cost": "Bez maksas.",
            "duration": "Lēmums 1 mēneša laikā.",
            "someone_else": (
                "<p>Jā, ja jums ir pilnvara. Pilnvara ir dokuments, kurā jūs atļaujat citam rīkoties jūsu vārdā.</p>"
            ),
            "department": "Būvvalde",
        },
    },
    {
        "slug": "nin-atvieglojumi",
        "topics": ["pabalsti", "majoklis"],
        "audiences": ["seniori", "invaliditate", "gimenes", "pabalstu-sanemeji"],
        "contact_points": ["klientu-centrs", "pagasta-parvalde"],
        "related": ["nin-pazinojums", "apkures-kompensacija"],
        "easy_read": [
            ("euro", "Dažiem cilvēkiem nodoklis par mājokli ir mazāks."),
            ("person", "Tas var būt pensionārs, kurš dzīvo viens."),
            ("family", "Tā var būt daudzbērnu ģimene vai cilvēks ar invaliditāti."),
            ("document", "Uzrakstiet iesniegumu līdz 15. novembrim."),
            ("calendar", "Iesniegums jāiesniedz katru gadu."),
            ("phone", "Ja vajag palīdzību, zvaniet: 60 000 100."),
        ],
        "easy_read_en": [
            ("euro", "Some people pay less tax for their home."),
            ("person", "This can be a pensioner who lives alone."),
            ("family", "It can be a large family or a person with a disability."),
            ("document", "Write an application by 15 November."),
            ("calendar", "You need to apply every year."),
            ("phone", "If you need help, call: 60 000 100."),
        ],
        "lv": {
            "title": "Nekustamā īpašuma nodokļa atvieglojumi",
            "summary": "Dažiem cilvēkiem par savu mājokli jāmaksā mazāks nekustamā īpašuma nodoklis.",
            "who_can_get": (
                "<p>Atvieglojumu var saņemt par mājokli, kurā jūs dzīvojat un esat deklarējis dzīvesvietu. Tas "
                "pienākas:</p><ul><li>pensionāriem, kuri dzīvo vieni;</li><li>cilvēkiem ar 1. vai 2. grupas "
                "invaliditāti;</li><li>daudzbērnu ģimenēm, kurās aug 3 vai vairāk bērni;</li>"
                "<li>mājsaimniecībām, kurām ir trūcīgas vai maznodrošinātas mājsaimniecības statuss.</li></ul>"
            ),
            "what_you_get": (
                "<p>Jūs maksājat mazāku nodokli:</p><ul><li>trūcīgām mājsaimniecībām – par <strong>90 %</strong> "
                "mazāk;</li><li>maznodrošinātām mājsaimniecībām, daudzbērnu ģimenēm un cilvēkiem ar 1. vai 2. grupas "
                "invaliditāti – par <strong>50 %</strong> mazāk;</li><li>pensionāriem, kuri dzīvo vieni – par "
                "<strong>25 %</strong> mazāk.</li></ul><p>Ja jums pienākas vairāki atvieglojumi, jūs saņemat "
                "lielāko.</p>"
            ),
            "steps": [
                (
                    "Uzrakstiet iesniegumu.",
                    "Veidlapu iedos klientu centrā vai pagasta pārvaldē. Varat uzrakstīt iesniegumu arī brīvā formā.",
                ),
                (
                    "Iesniedziet to līdz 15. novembrim.",
                    "Klātienē, pa pastu, e-pastā vai portālā Latvija.gov.lv. Iesniegums jāiesniedz katru gadu.",
                ),
                (
                    "Gaidiet atbildi.",
                    (
                        "Mēs paši pārbaudīsim ziņas valsts reģistros. Citus dokumentus prasīsim tikai tad, ja tie "
                        "būs vajadzīgi."
                    ),
                ),
                ("Saņemiet jaunu paziņojumu par nodokli.", "Tajā būs jaunā, mazākā summa."),
            ],
            "what_to_bring": (
                "<ul><li>Pasi vai personas apliecību (eID karti).</li><li>Ja jums ir invaliditāte: invaliditātes "
                "apliecību.</li><li>Ja jums ir daudzbērnu ģimene: daudzbērnu ģimenes apliecību.</li></ul>"
                "<p>Ja jums nav kāda dokumenta, atnāciet tāpat. Bieži mēs varam pārbaudīt ziņas paši.</p>"
            ),
            "cost": "Bez maksas.",
            "duration": "Atbilde 1 mēneša laikā.",
            "someone_else": (
                "<p>Jā. Iesniegumu jūsu vārdā var iesniegt radinieks, kaimiņš vai aprūpētājs. Viņam jāpaņem līdzi "
                "jūsu parakstīts iesniegums.</p>"
            ),
            "department": "Nodokļu nodaļa",
        },
        "en": {
            "title": "Property tax relief",
            "summary": "Some people pay less property tax for their home.",
            "who_can_get": (
                "<p>You can get relief for the home where you live and have declared your residence. It is for:</p>"
                "<ul><li>pensioners who live alone;</li><li>people with a group 1 or group 2 disability;</li>"
                "<li>large families with 3 or more children;</li><li>households with needy or low-income household "
                "status.</li></ul>"
            ),
            "what_you_get": (
                "<p>You pay less tax:</p><ul><li>needy households pay <strong>90%</strong> less;</li>"
                "<li>low-income households, large families and people with a group 1 or group 2 disability pay "
                "<strong>50%</strong> less;</li><li>pensioners who live alone pay <strong>25%</strong> "
                "less.</li></ul><p>If you can get more than one kind of relief, you get the biggest one.</p>"
            ),
            "steps": [
                (
                    "Write an application.",
                    (
                        "You get the form at the Customer Service Centre or a parish office. You can also write a "
                        "letter."
                    ),
                ),
                (
                    "Hand it in by 15 November.",
                    "In person, by post, by e-mail or at Latvija.gov.lv. You need to apply every year.",
                ),
                (
                    "Wait for the answer.",
                    (
                        "We check the details in state registers ourselves. We ask for other documents only if we "
                        "need them."
                    ),
                ),
                ("Get a new property tax notice.", "It shows the new, smaller amount."),
            ],
            "what_to_bring": (
                "<ul><li>Your passport or ID card.</li><li>If you have a disability: your disability "
                "certificate.</li><li>If you have a large family: your large family card.</li></ul>"
                "<p>If you do not have a document, come anyway. We can often check the details ourselves.</p>"
            ),
            "cost": "Free.",
            "duration": "Answer within 1 month.",
            "someone_else": (
                "<p>Yes. A relative, neighbour or carer can apply for you. They need to bring the application signed "
                "by you.</p>"
            ),
            "department": "Tax Department",
        },
    },
    {
        "slug": "socialais-majoklis",
        "topics": ["majoklis", "socialie-pakalpojumi"],
        "audiences": ["seniori", "pabalstu-sanemeji", "invaliditate"],
        "contact_points": ["socialais-dienests", "pagasta-parvalde"],
        "related": ["apkures-kompensacija", "majokla-pielagosana"],
        "lv": {
            "title": "Sociālais mājoklis",
            "summary": "Lēts īres dzīvoklis cilvēkiem, kuriem ir maz naudas un nav, kur dzīvot.",
            "who_can_get": (
                "<p>Sociālo mājokli var saņemt, ja jums nav sava mājokļa vai jūsu mājoklis nav derīgs dzīvošanai. "
                "Jums jābūt deklarētai dzīvesvietai Jelgavā vai Jelgavas novadā.</p>"
                "<p>Tas pienākas:</p><ul><li>mājsaimniecībām ar trūcīgas mājsaimniecības statusu;</li>"
                "<li>pensionāriem ar maziem ienākumiem;</li><li>cilvēkiem ar invaliditāti un maziem "
                "ienākumiem.</li></ul>"
            ),
            "what_you_get": (
                "<p>Dzīvokli vai istabu pašvaldības mājā. Īres maksa ir zema: apmēram <strong>0,50 eiro par 1 "
                "kvadrātmetru</strong> mēnesī. Par 30 kvadrātmetru dzīvokli tie ir apmēram 15 eiro mēnesī.</p>"
                "<p>Par elektrību, ūdeni un apkuri jāmaksā atsevišķi.</p><p>Līgumu slēdz uz <strong>6 "
                "mēnešiem</strong>. Ja jūsu situācija nav mainījusies, līgumu pagarina.</p>"
            ),
            "steps": [
                ("Piezvaniet sociālajam dienestam.", "Darbinieks pastāstīs, vai jums pienākas sociālais mājoklis."),
                ("Uzrakstiet iesniegumu.", "Darbinieks palīdzēs to aizpildīt. Iesniegumu var arī atsūtīt pa pastu."),
                (
                    "Aprunājieties ar sociālo darbinieku.",
                    "Viņš noskaidros jūsu situāciju. Ja jums ir grūti atnākt, viņš atbrauks pie jums.",
                ),
                (
                    "Gaidiet savu kārtu rindā.",
                    (
                        "Kad dzīvoklis būs brīvs, mēs jums piezvanīsim. Jūs to varēsiet apskatīt pirms līguma "
                        "parakstīšanas."
                    ),
                ),
            ],
            "what_to_bring": (
                "<ul><li>Pasi vai personas apliecību (eID karti).</li><li>Ziņas par saviem ienākumiem, piemēram, "
                "pensijas apmēru.</li><li>Ja jums ir invaliditāte: invaliditātes apliecību.</li></ul>"
            ),
            "cost": "Iesniegums ir bez maksas. Īres maksa ir apmēram 0,50 eiro par 1 kvadrātmetru mēnesī.",
            "duration": (
                "Atbildi, vai jūs ierakstīsim rindā, saņemsiet 1 mēneša laikā. Cik ilgi jāgaida dzīvoklis, atkarīgs "
                "no rindas."
            ),
            "someone_else": (
                "<p>Jā. Jūsu vārdā var jautāt radinieks, kaimiņš vai aprūpētājs. Iesniegumu parakstāt jūs pats vai "
                "cilvēks, kuram jūs esat devis pilnvaru.</p>"
            ),
            "department": "Sociālais dienests",
        },
    },
    {
        "slug": "majokla-pielagosana",
        "topics": ["socialie-pakalpojumi", "majoklis"],
        "audiences": ["invaliditate", "seniori"],
        "contact_points": ["socialais-dienests", "pagasta-parvalde"],
        "related": ["specialais-transports", "invaliditates-apliecibas-atjaunosana", "apkures-kompensacija"],
        "easy_read": [
            ("home", "Pašvaldība var pielāgot jūsu mājokli."),
            ("access", "Piemēram, uzbūvēt uzbrauktuvi vai uzlikt rokturus."),
            ("person", "To var saņemt, ja jums ir grūti staigāt."),
            ("phone", "Zvaniet sociālajam dienestam: 60 000 101."),
            ("help", "Darbinieks atnāks pie jums mājās un palīdzēs."),
            ("euro", "Pašvaldība samaksā līdz 3000 eiro."),
        ],
        "easy_read_en": [
            ("home", "The municipality can adapt your home."),
            ("access", "For example, build a ramp or put up handrails."),
            ("person", "You can get it if walking is hard for you."),
            ("phone", "Call the Social Service: 60 000 101."),
            ("help", "A social worker will visit you at home and help."),
            ("euro", "The municipality pays up to 3000 euros."),
        ],
        "lv": {
            "title": "Mājokļa pielāgošana",
            "summary": "Pašvaldība palīdz pielāgot mājokli, ja jums ir grūti pārvietoties.",
            "who_can_get": (
                "<p>Jūs varat saņemt palīdzību, ja:</p><ul><li>jūs dzīvojat Jelgavā vai Jelgavas novadā un esat šeit "
                "deklarējis dzīvesvietu;</li><li>jums ir grūti staigāt, vai jūs pārvietojaties ratiņkrēslā;</li>"
                "<li>ārsts vai ergoterapeits ir apstiprinājis, ka mājoklis jāpielāgo. Ergoterapeits ir speciālists, "
                "kas palīdz cilvēkam pašam tikt galā ar ikdienas darbiem.</li></ul>"
            ),
            "what_you_get": (
                "<p>Pašvaldība samaksā par pārbūvi, lai jūs mājās varētu dzīvot drošāk. Piemēram:</p>"
                "<ul><li>uzbrauktuvi pie ieejas (slīpu celiņu ratiņkrēslam);</li>"
                "<li>rokturus pie sienām un vannasistabā;</li><li>dušu vannas vietā;</li>"
                "<li>platākas durvis.</li></ul><p>Pašvaldība samaksā līdz <strong>3000 eiro</strong> par vienu "
                "mājokli.</p>"
            ),
            "steps": [
                ("Piezvaniet sociālajam dienestam.", "Pastāstiet, kas jums mājās ir grūti izdarīt."),
                ("Uzrakstiet iesniegumu.", "Darbinieks palīdzēs to aizpildīt. Varat to atsūtīt arī pa pastu."),
                (
                    "Pie jums mājās atnāks sociālais darbinieks un ergoterapeits.",
                    "Viņi kopā ar jums izlems, ko vajag pārbūvēt.",
                ),
                ("Pašvaldība sagatavo plānu un noslēdz līgumu ar būvnieku.", "Jums nav jāmeklē būvnieks."),
                (
                    "Pēc darbiem pārbaudiet, vai viss ir izdarīts labi.",
                    "Ja kaut kas nav kārtībā, zvaniet sociālajam dienestam.",
                ),
            ],
            "what_to_bring": (
                "<ul><li>Pasi vai personas apliecību (eID karti).</li><li>Ārsta vai ergoterapeita atzinumu, ja tas "
                "jums ir. Atzinums ir speciālista rakstisks viedoklis.</li><li>Ja mājoklis nav jūsu: īpašnieka "
                "rakstisku piekrišanu pārbūvei.</li></ul>"
            ),
            "cost": (
                "Bez maksas, ja darbi nemaksā vairāk par 3000 eiro. Ja tie maksā vairāk, pārējo summu maksājat jūs."
            ),
            "duration": "Lēmums 1 mēneša laikā. Darbus parasti pabeidz 3–6 mēnešos.",
            "someone_else": (
                "<p>Jā. Iesniegumu jūsu vārdā var iesniegt radinieks, kaimiņš vai aprūpētājs. Viņam jāpaņem līdzi "
                "jūsu parakstīts iesniegums.</p>"
            ),
            "department": "Sociālais dienests",
        },
        "en": {
            "title": "Adapting your home",
            "summary": "The municipality helps adapt your home if it is hard for you to move around.",
            "who_can_get": (
                "<p>You can get help if:</p><ul><li>you live in Jelgava or the Jelgava region and have declared your "
                "residence here;</li><li>walking is hard for you, or you use a wheelchair;</li>"
                "<li>a doctor or occupational therapist has confirmed that your home needs to be adapted. An "
                "occupational therapist is a specialist who helps people manage everyday tasks on their "
                "own.</li></ul>"
            ),
            "what_you_get": (
                "<p>The municipality pays for changes that make your home safer to live in. For example:</p>"
                "<ul><li>a ramp at the entrance (a sloping path for a wheelchair);</li>"
                "<li>handrails on the walls and in the bathroom;</li><li>a shower instead of a bath;</li>"
                "<li>wider doors.</li></ul><p>The municipality pays up to <strong>3000 euros</strong> for one "
                "home.</p>"
            ),
            "steps": [
                ("Call the Social Service.", "Tell us what is hard for you to do at home."),
                ("Write an application.", "Staff will help you fill it in. You can also send it by post."),
                (
                    "A social worker and an occupational therapist visit you at home.",
                    "Together with you, they decide what needs to change.",
                ),
                (
                    "The municipality makes a plan and signs a contract with a builder.",
                    "You do not need to look for a builder.",
                ),
                (
                    "After the work, check that everything is done well.",
                    "If something is wrong, call the Social Service.",
                ),
            ],
            "what_to_bring": (
                "<ul><li>Your passport or ID card.</li><li>A statement from your doctor or occupational therapist, "
                "if you have one. This is the specialist's written opinion.</li>"
                "<li>If the home is not yours: the owner's written consent to the changes.</li></ul>"
            ),
            "cost": "Free if the work costs up to 3000 euros. If it costs more, you pay the rest.",
            "duration": "Decision within 1 month. The work is usually finished within 3–6 months.",
            "someone_else": (
                "<p>Yes. A relative, neighbour or carer can apply for you. They need to bring the application signed "
                "by you.</p>"
            ),
            "department": "Social Service",
        },
        "ru": {
            "title": "Приспособление жилья",
            "summary": "Самоуправление помогает приспособить жильё, если вам трудно передвигаться.",
            "who_can_get": (
                "<p>Вы можете получить помощь, если:</p><ul><li>вы живёте в Елгаве или Елгавском крае и "
                "задекларировали здесь место жительства;</li><li>вам трудно ходить, или вы передвигаетесь в "
                "инвалидной коляске;</li><li>врач или эрготерапевт подтвердил, что жильё нужно приспособить. "
                "Эрготерапевт — это специалист, который помогает человеку самому справляться с повседневными "
                "делами.</li></ul>"
            ),
            "what_you_get": (
                "<p>Самоуправление оплачивает переделки, чтобы вы могли безопаснее жить дома. Например:</p>"
                "<ul><li>пандус у входа (пологий подъём для коляски);</li><li>поручни на стенах и в ванной "
                "комнате;</li><li>душ вместо ванны;</li><li>более широкие двери.</li></ul>"
                "<p>Самоуправление оплачивает до <strong>3000 евро</strong> на одно жильё.</p>"
            ),
            "steps": [
                ("Позвоните в социальную службу.", "Расскажите, что вам трудно делать дома."),
                ("Напишите заявление.", "Сотрудник поможет его заполнить. Заявление можно отправить и по почте."),
                (
                    "К вам домой придут социальный работник и эрготерапевт.",
                    "Вместе с вами они решат, что нужно переделать.",
                ),
                ("Самоуправление составит план и заключит договор со строителем.", "Вам не нужно искать строителя."),
                (
                    "После работ проверьте, всё ли сделано хорошо.",
                    "Если что-то не так, позвоните в социальную службу.",
                ),
            ],
            "what_to_bring": (
                "<ul><li>Паспорт или ID-карту.</li><li>Заключение врача или эрготерапевта, если оно у вас есть. "
                "Заключение — это письменное мнение специалиста.</li><li>Если жильё не ваше: письменное согласие "
                "владельца на переделку.</li></ul>"
            ),
            "cost": (
                "Бесплатно, если работы стоят не больше 3000 евро. Если они стоят больше, остальную сумму платите вы."
            ),
            "duration": "Решение в течение 1 месяца. Работы обычно заканчивают за 3–6 месяцев.",
            "someone_else": (
                "<p>Да. Заявление за вас может подать родственник, сосед или человек, который за вами ухаживает. Ему "
                "нужно взять с собой заявление с вашей подписью.</p>"
            ),
            "department": "Социальная служба",
        },
    },
    {
        "slug": "invaliditates-apliecibas-atjaunosana",
        "topics": ["socialie-pakalpojumi", "veseliba"],
        "audiences": ["invaliditate", "seniori"],
        "contact_points": ["socialais-dienests", "pagasta-parvalde"],
        "related": ["specialais-transports", "majokla-pielagosana", "nin-atvieglojumi"],
        "easy_read": [
            ("calendar", "Vai jūsu invaliditātes termiņš drīz beigsies?"),
            ("clock", "Sāciet kārtot dokumentus 2 mēnešus iepriekš."),
            ("heart", "Vispirms aizejiet pie ģimenes ārsta."),
            ("help", "Sociālais darbinieks palīdzēs uzrakstīt iesniegumu."),
            ("mail", "Jauno apliecību jūs saņemsiet pa pastu."),
            ("euro", "Tas ir bez maksas."),
        ],
        "lv": {
            "title": "Invaliditātes apliecības atjaunošana",
            "summary": "Kas jādara, ja jūsu invaliditātes termiņš drīz beigsies.",
            "who_can_get": (
                "<p>Cilvēki, kuriem invaliditāte noteikta uz laiku, un šis laiks drīz beigsies.</p>"
                "<p>Invaliditāti nosaka valsts komisija. Tās pilnais nosaukums ir Veselības un darbspēju ekspertīzes "
                "ārstu valsts komisija, īsāk – VDEĀVK.</p><p>Sāciet kārtot dokumentus vismaz <strong>2 "
                "mēnešus</strong> pirms termiņa beigām.</p>"
            ),
            "what_you_get": (
                "<p>Komisija vēlreiz pārbauda jūsu veselību un nosaka invaliditāti uz nākamo laiku. Jūs saņemat "
                "jaunu <strong>invaliditātes apliecību</strong>.</p><p>Pašvaldības sociālais dienests palīdz "
                "sagatavot un nosūtīt dokumentus. Parasti jums pašam uz komisiju nav jābrauc.</p>"
            ),
            "steps": [
                (
                    "Aizejiet pie ģimenes ārsta.",
                    "Ārsts jūs apskatīs un nosūtīs jūsu veselības datus komisijai. Tas notiek internetā.",
                ),
                (
                    "Uzrakstiet iesniegumu komisijai.",
                    "To var izdarīt portālā Latvija.gov.lv vai uz papīra. Sociālais darbinieks palīdzēs to izdarīt.",
                ),
                (
                    "Gaidiet komisijas lēmumu.",
                    "Komisija atbild 30 darba dienu laikā. Dažreiz komisija aicina atnākt klātienē.",
                ),
                ("Saņemiet jauno apliecību.", "To atsūtīs pa pastu, vai jūs to varat saņemt komisijas nodaļā."),
            ],
            "what_to_bring": (
                "<ul><li>Pasi vai personas apliecību (eID karti).</li><li>Veco invaliditātes apliecību.</li>"
                "<li>Ārstu izrakstus un izmeklējumu rezultātus, ja tie jums ir uz papīra.</li></ul>"
            ),
            "cost": "Bez maksas.",
            "duration": "Komisija atbild 30 darba dienu laikā pēc visu dokumentu saņemšanas.",
            "someone_else": (
                "<p>Jā. Ja jums ir grūti to izdarīt pašam, iesniegumu var iesniegt tuvinieks vai aprūpētājs. Viņam "
                "vajag jūsu pilnvaru.</p>"
            ),
            "department": "Sociālais dienests palīdz; lēmumu pieņem VDEĀVK",
        },
    },
    {
        "slug": "specialais-transports",
        "topics": ["veseliba", "socialie-pakalpojumi"],
        "audiences": ["invaliditate", "seniori"],
        "contact_points": ["socialais-dienests", "pagasta-parvalde"],
        "related": ["invaliditates-apliecibas-atjaunosana", "majokla-pielagosana"],
        "easy_read": [
            ("car", "Pašvaldības auto var aizvest jūs pie ārsta."),
            ("access", "Auto ir pacēlājs ratiņkrēslam."),
            ("phone", "Zvaniet 60 000 101 vismaz 2 darba dienas iepriekš."),
            ("person", "Kopā ar jums var braukt 1 pavadonis."),
            ("euro", "Dažiem cilvēkiem brauciens ir bez maksas."),
        ],
        "lv": {
            "title": "Speciālais transports pie ārsta",
            "summary": "Pašvaldības auto aizved jūs pie ārsta, ja jūs nevarat braukt ar autobusu.",
            "who_can_get": (
                "<p>Cilvēki, kuri nevar braukt ar autobusu vai vilcienu, piemēram:</p>"
                "<ul><li>cilvēki, kuri pārvietojas ratiņkrēslā;</li><li>cilvēki, kuriem ir ļoti grūti staigāt;</li>"
                "<li>cilvēki ar redzes invaliditāti.</li></ul><p>Jums jābūt deklarētai dzīvesvietai Jelgavā vai "
                "Jelgavas novadā.</p>"
            ),
            "what_you_get": (
                "<p>Braucienu ar pielāgotu auto pie ārsta, uz slimnīcu vai rehabilitāciju un atpakaļ uz mājām. Auto "
                "ir pacēlājs ratiņkrēslam. Šoferis palīdz iekāpt un izkāpt.</p>"
                "<p>Kopā ar jums bez maksas var braukt 1 pavadonis.</p>"
            ),
            "steps": [
                ("Piesakiet braucienu vismaz 2 darba dienas iepriekš.", "Zvaniet sociālajam dienestam: 60 000 101."),
                (
                    "Pastāstiet, kur un kad jums jābūt.",
                    "Pasakiet ārsta adresi, pieraksta laiku un to, vai brauksiet ratiņkrēslā.",
                ),
                ("Gaidiet šoferi pie mājas.", "Šoferis jums piezvanīs, kad būs ceļā."),
                (
                    "Pēc brauciena saņemiet rēķinu.",
                    "Ja brauciens nav bez maksas, rēķinu atsūtīsim pa pastu. To var samaksāt pastā vai bankā.",
                ),
            ],
            "what_to_bring": (
                "<ul><li>Pasi vai personas apliecību (eID karti).</li><li>Invaliditātes apliecību, ja jums tā "
                "ir.</li><li>Ārsta nosūtījumu vai papīru ar pieraksta laiku.</li></ul>"
            ),
            "cost": (
                "Cilvēkiem ar 1. grupas invaliditāti un trūcīgām mājsaimniecībām – bez maksas. Citiem – 0,20 eiro "
                "par 1 kilometru."
            ),
            "duration": "Piesakiet braucienu vismaz 2 darba dienas iepriekš.",
            "someone_else": "<p>Jā. Braucienu jūsu vietā var pieteikt radinieks, kaimiņš vai aprūpētājs.</p>",
            "department": "Sociālais dienests",
        },
    },
    {
        "slug": "e-pakalpojumu-konsultacijas",
        "topics": ["e-pakalpojumi"],
        "audiences": ["seniori"],
        "contact_points": ["biblioteka", "pagasta-parvalde"],
        "related": ["biblioteka-un-audiogramatas", "nin-pazinojums"],
        "easy_read": [
            ("computer", "Mēs iemācīsim jums lietot datoru un telefonu."),
            ("euro", "Mēs parādīsim, kā lietot internetbanku."),
            ("bus", "Palīdzību saņemsiet bibliotēkā vai pakalpojumu autobusā."),
            ("phone", "Piesakieties pa tālruni 60 000 150."),
            ("info", "Nekad nevienam nesakiet savu PIN kodu."),
            ("check", "Tas ir bez maksas."),
        ],
        "easy_read_en": [
            ("computer", "We will teach you to use a computer and phone."),
            ("euro", "We will show you how to use internet banking."),
            ("bus", "Get help at the library or on the service bus."),
            ("phone", "Book a time by phone: 60 000 150."),
            ("info", "Never tell anyone your PIN code."),
            ("check", "It is free."),
        ],
        "lv": {
            "title": "Palīdzība ar e-pakalpojumiem un datoru",
            "summary": "Mēs iemācīsim jums lietot internetbanku, portālu Latvija.gov.lv un citus e-pakalpojumus.",
            "who_can_get": (
                "<p>Ikviens, kuram vajag palīdzību ar datoru, telefonu vai internetu. Īpaši gaidām seniorus.</p>"
                "<p>Nav svarīgi, vai jūs datoru lietojat pirmo reizi vai jau esat mēģinājis.</p>"
            ),
            "what_you_get": (
                "<p>Bibliotēkas darbinieks vai darbinieks pakalpojumu autobusā jums parādīs un iemācīs:</p>"
                "<ul><li>kā lietot internetbanku;</li><li>kā pieslēgties portālam Latvija.gov.lv;</li>"
                "<li>kā internetā iesniegt iesniegumu vai pieteikt pakalpojumu;</li>"
                "<li>kā lietot e-pastu un runāt ar tuviniekiem video zvanā;</li>"
                "<li>kā pazīt krāpniekus internetā un telefonā.</li></ul><p><strong>Darbinieks nekad neprasīs jūsu "
                "PIN kodu vai paroli.</strong> Tos jūs ievadāt pats.</p><p>Pakalpojumu autobuss ir autobuss, kas "
                "regulāri brauc uz novada ciemiem. Tā grafiks ir lapā „Kur meklēt palīdzību”.</p>"
            ),
            "steps": [
                (
                    "Piesakiet laiku pa tālruni 60 000 150.",
                    "Zvaniet otrdienās vai ceturtdienās no 10.00 līdz 15.00. Varat atnākt arī bez pieraksta.",
                ),
                (
                    "Atnāciet uz bibliotēku vai pie pakalpojumu autobusa.",
                    "Autobuss pietur Paraugciemā, Lejasmuižā, Kalnājos un Ozolmuižā.",
                ),
                (
                    "Paņemiet līdzi savu telefonu vai datoru.",
                    (
                        "Tā jūs iemācīsieties strādāt tieši ar savu ierīci. Ja jums tādas nav, varat lietot "
                        "bibliotēkas datoru."
                    ),
                ),
                ("Mācieties savā tempā.", "Darbinieks paskaidros katru soli. Jautājiet tik daudz, cik vajag."),
            ],
            "what_to_bring": (
                "<ul><li>Savu telefonu, planšetdatoru vai portatīvo datoru, ja jums tāds ir.</li>"
                "<li>Pasi vai personas apliecību (eID karti), ja gribat pieslēgties portālam Latvija.gov.lv.</li>"
                "<li>Internetbankas kodus vai Smart-ID lietotni telefonā. Smart-ID ir lietotne, ar kuru var "
                "pieslēgties internetbankai un portāliem.</li><li>Brilles, ja lasāt ar tām.</li></ul>"
            ),
            "cost": "Bez maksas.",
            "duration": "Viena nodarbība ilgst apmēram 45 minūtes. Varat atnākt tik reizes, cik vajag.",
            "someone_else": (
                "<p>Jā. Radinieks vai kaimiņš var jūs pieteikt un atnākt kopā ar jums. Mēs varam iemācīt arī viņam, "
                "kā jums palīdzēt.</p>"
            ),
            "department": "Centrālā bibliotēka",
        },
        "en": {
            "title": "Help with e-services and computers",
            "summary": "We teach you to use internet banking, Latvija.gov.lv and other e-services.",
            "who_can_get": (
                "<p>Everyone who needs help with a computer, phone or the internet. Older people are especially "
                "welcome.</p><p>It does not matter if this is your first time or you have tried before.</p>"
            ),
            "what_you_get": (
                "<p>Library staff or staff on the service bus will show you and teach you:</p>"
                "<ul><li>how to use internet banking;</li><li>how to log in to Latvija.gov.lv;</li>"
                "<li>how to send an application or ask for a service online;</li>"
                "<li>how to use e-mail and talk to your family on a video call;</li>"
                "<li>how to recognise fraudsters online and on the phone.</li></ul>"
                "<p><strong>Staff will never ask for your PIN code or password.</strong> You type them in "
                "yourself.</p><p>The service bus is a bus that regularly visits villages in the region. Its "
                "timetable is on the page “Where to get help”.</p>"
            ),
            "steps": [
                (
                    "Book a time by phone: 60 000 150.",
                    "Call on Tuesdays or Thursdays from 10.00 to 15.00. You can also come without booking.",
                ),
                (
                    "Come to the library or to the service bus.",
                    "The bus stops in Paraugciems, Lejasmuiža, Kalnāji and Ozolmuiža.",
                ),
                (
                    "Bring your own phone or computer.",
                    "Then you learn to use your own device. If you do not have one, you can use a library computer.",
                ),
                ("Learn at your own pace.", "Staff will explain every step. Ask as many questions as you need."),
            ],
            "what_to_bring": (
                "<ul><li>Your phone, tablet or laptop, if you have one.</li><li>Your passport or ID card, if you "
                "want to log in to Latvija.gov.lv.</li><li>Your internet bank codes or the Smart-ID app on your "
                "phone. Smart-ID is an app for logging in to internet banking and websites.</li>"
                "<li>Your glasses, if you read with them.</li></ul>"
            ),
            "cost": "Free.",
            "duration": "One lesson takes about 45 minutes. You can come as many times as you need.",
            "someone_else": (
                "<p>Yes. A relative or neighbour can book for you and come with you. We can also teach them how to "
                "help you.</p>"
            ),
            "department": "Central Library",
        },
        "ru": {
            "title": "Помощь с э-услугами и компьютером",
            "summary": "Мы научим вас пользоваться интернет-банком, порталом Latvija.gov.lv и другими э-услугами.",
            "who_can_get": (
                "<p>Все, кому нужна помощь с компьютером, телефоном или интернетом. Особенно мы ждём пожилых "
                "людей.</p><p>Неважно, пользуетесь ли вы компьютером впервые или уже пробовали.</p>"
            ),
            "what_you_get": (
                "<p>Сотрудник библиотеки или автобуса услуг покажет и научит:</p>"
                "<ul><li>как пользоваться интернет-банком;</li><li>как войти на портал Latvija.gov.lv;</li>"
                "<li>как подать заявление или заказать услугу в интернете;</li>"
                "<li>как пользоваться электронной почтой и говорить с близкими по видеосвязи;</li>"
                "<li>как распознать мошенников в интернете и по телефону.</li></ul>"
                "<p><strong>Сотрудник никогда не спросит ваш PIN-код или пароль.</strong> Их вводите только вы "
                "сами.</p><p>Автобус услуг — это автобус, который регулярно ездит по сёлам края. Его расписание есть "
                "на странице «Где найти помощь».</p>"
            ),
            "steps": [
                (
                    "Запишитесь по телефону 60 000 150.",
                    "Звоните по вторникам и четвергам с 10.00 до 15.00. Можно прийти и без записи.",
                ),
                (
                    "Придите в библиотеку или к автобусу услуг.",
                    "Автобус останавливается в Paraugciems, Lejasmuiža, Kalnāji и Ozolmuiža.",
                ),
                (
                    "Возьмите с собой свой телефон или компьютер.",
                    (
                        "Так вы научитесь работать именно со своим устройством. Если его нет, можно взять компьютер "
                        "библиотеки."
                    ),
                ),
                ("Учитесь в своём темпе.", "Сотрудник объяснит каждый шаг. Спрашивайте столько, сколько нужно."),
            ],
            "what_to_bring": (
                "<ul><li>Свой телефон, планшет или ноутбук, если он у вас есть.</li>"
                "<li>Паспорт или ID-карту, если хотите войти на портал Latvija.gov.lv.</li>"
                "<li>Коды интернет-банка или приложение Smart-ID в телефоне. Smart-ID — это приложение, с помощью "
                "которого можно входить в интернет-банк и на порталы.</li><li>Очки, если вы читаете в "
                "очках.</li></ul>"
            ),
            "cost": "Бесплатно.",
            "duration": "Одно занятие длится примерно 45 минут. Можно приходить столько раз, сколько нужно.",
            "someone_else": (
                "<p>Да. Родственник или сосед может записать вас и прийти вместе с вами. Мы можем научить и его, как "
                "вам помогать.</p>"
            ),
            "department": "Центральная библиотека",
        },
    },
    {
        "slug": "biblioteka-un-audiogramatas",
        "topics": ["e-pakalpojumi"],
        "audiences": ["seniori", "invaliditate"],
        "contact_points": ["biblioteka", "pagasta-parvalde"],
        "related": ["e-pakalpojumu-konsultacijas"],
        "easy_read": [
            ("book", "Bibliotēkā var ņemt grāmatas bez maksas."),
            ("info", "Audiogrāmatas ir grāmatas, kuras var klausīties."),
            ("home", "Ja nevarat atnākt, grāmatas atvedīsim uz mājām."),
            ("bus", "Grāmatas ir arī pakalpojumu autobusā."),
            ("phone", "Zvaniet bibliotēkai: 60 000 150."),
        ],
        "lv": {
            "title": "Bibliotēka, grāmatas mājās un audiogrāmatas",
            "summary": (
                "Ņemiet grāmatas un audiogrāmatas bibliotēkā vai pakalpojumu autobusā, vai saņemiet tās mājās."
            ),
            "who_can_get": (
                "<p>Ikviens bibliotēkas lasītājs. Par lasītāju var kļūt ikviens, un tas ir bez maksas.</p>"
                "<p><strong>Grāmatas mājās</strong> atvedam cilvēkiem, kuri paši nevar atnākt uz bibliotēku. "
                "Piemēram, veselības vai vecuma dēļ.</p>"
            ),
            "what_you_get": (
                "<ul><li>Grāmatas, žurnālus un avīzes.</li><li>Grāmatas ar lieliem burtiem.</li>"
                "<li><strong>Audiogrāmatas</strong>. Tās ir ierakstītas grāmatas, kuras var klausīties. Tās noder, "
                "ja jums ir grūti lasīt.</li><li>Atskaņotāju audiogrāmatām, ja jums nav, ar ko tās klausīties.</li>"
                "<li>Grāmatas, ko atved uz mājām reizi 2 nedēļās.</li><li>Grāmatas pakalpojumu autobusā, kad tas "
                "atbrauc uz jūsu ciemu.</li></ul>"
            ),
            "steps": [
                (
                    "Pierakstieties par bibliotēkas lasītāju.",
                    "To var izdarīt bibliotēkā vai pakalpojumu autobusā. Jums iedos lasītāja karti.",
                ),
                ("Izvēlieties grāmatas.", "Pastāstiet darbiniekam, kas jums patīk. Darbinieks palīdzēs izvēlēties."),
                (
                    "Ja nevarat atnākt, piesakiet grāmatas uz mājām.",
                    "Zvaniet 60 000 150. Grāmatas jums atvedīs bibliotēkas darbinieks vai brīvprātīgais palīgs.",
                ),
                ("Atdodiet grāmatas pēc 4 nedēļām.", "Ja vajag vairāk laika, piezvaniet. Mēs pagarināsim termiņu."),
            ],
            "what_to_bring": (
                "<ul><li>Pasi vai personas apliecību (eID karti), kad pierakstāties pirmo reizi.</li>"
                "<li>Lasītāja karti, kad ņemat grāmatas.</li></ul>"
            ),
            "cost": "Bez maksas.",
            "duration": "Lasītāja karti iedod uzreiz. Grāmatas uz mājām atved 1 nedēļas laikā.",
            "someone_else": (
                "<p>Jā. Radinieks, kaimiņš vai aprūpētājs var paņemt un atnest grāmatas jūsu vietā. Viņam jāparāda "
                "jūsu lasītāja karte.</p>"
            ),
            "department": "Centrālā bibliotēka",
        },
    },
]
