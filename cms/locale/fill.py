"""Fill the lv and ru catalogues from the tables below, then compile.

Run after `manage.py makemessages -l lv -l ru` in cms/:
    .venv/bin/python cms/locale/fill.py
Entries already translated in a .po file are kept (translators win).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cms.catalogue import fill_catalogue  # noqa: E402

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


# --- Residents' feedback and the accessibility statement ------------------------------
FEEDBACK_STATEMENT = {
    # msgid: (lv, ru); the statement headings (msgctxt "accessibility statement") are the
    # Latvian model statement's own headings.
    "Was this page helpful?": ("Vai šī lapa jums palīdzēja?", "Эта страница вам помогла?"),
    "Yes": ("Jā", "Да"),
    "Partly": ("Daļēji", "Частично"),
    "No": ("Nē", "Нет"),
    "What was missing or hard to understand?": ("Kas pietrūka vai bija grūti saprotams?", "Чего не хватило или что было трудно понять?"),
    "(you may leave this empty)": ("(var atstāt tukšu)", "(можно оставить пустым)"),
    "Please do not write your name, phone number or personal code here. We cannot answer you here: to get an answer, call %(phone)s.": (
        "Lūdzu, nerakstiet šeit savu vārdu, tālruni vai personas kodu. Šeit mēs nevaram jums atbildēt: lai saņemtu atbildi, zvaniet %(phone)s.",
        "Пожалуйста, не пишите здесь своё имя, телефон или персональный код. Здесь мы не можем вам ответить: чтобы получить ответ, позвоните %(phone)s.",
    ),
    "Leave this field empty": ("Atstājiet šo lauku tukšu", "Оставьте это поле пустым"),
    "Send your answer": ("Sūtīt atbildi", "Отправить ответ"),
    "Your answer was not sent yet": ("Jūsu atbilde vēl nav nosūtīta", "Ваш ответ ещё не отправлен"),
    "Back to “%(title)s”": ("Atpakaļ uz “%(title)s”", "Назад к «%(title)s»"),
    "Thank you for your answer": ("Paldies par atbildi", "Спасибо за ответ"),
    "Thank you! Your answer helps us make this page better.": ("Paldies! Jūsu atbilde palīdz mums uzlabot šo lapu.", "Спасибо! Ваш ответ помогает нам улучшить эту страницу."),
    "Please choose an answer: Yes, Partly or No.": ("Lūdzu, izvēlieties atbildi: Jā, Daļēji vai Nē.", "Пожалуйста, выберите ответ: Да, Частично или Нет."),
    "Your answer arrived very quickly. Please check it and press “Send your answer” again.": (
        "Jūsu atbilde pienāca ļoti ātri. Lūdzu, pārbaudiet to un vēlreiz nospiediet “Sūtīt atbildi”.",
        "Ваш ответ пришёл очень быстро. Пожалуйста, проверьте его и снова нажмите «Отправить ответ».",
    ),
    "This page was open for a long time. Please press “Send your answer” again.": (
        "Šī lapa bija atvērta ilgi. Lūdzu, vēlreiz nospiediet “Sūtīt atbildi”.",
        "Эта страница была открыта долго. Пожалуйста, снова нажмите «Отправить ответ».",
    ),
    "Something went wrong with the form. Please press “Send your answer” again.": (
        "Ar veidlapu kaut kas nogāja greizi. Lūdzu, vēlreiz nospiediet “Sūtīt atbildi”.",
        "С формой что-то пошло не так. Пожалуйста, снова нажмите «Отправить ответ».",
    ),
    "We could not find the page you answered about.": ("Mēs neatradām lapu, par kuru atbildējāt.", "Мы не нашли страницу, о которой вы ответили."),
    "You have sent many answers in a short while. Please wait %(seconds)s seconds and try again. The answers you sent before were saved.": (
        "Jūs īsā laikā nosūtījāt daudz atbilžu. Lūdzu, pagaidiet %(seconds)s sekundes un mēģiniet vēlreiz. Iepriekš nosūtītās atbildes ir saglabātas.",
        "Вы отправили много ответов за короткое время. Пожалуйста, подождите %(seconds)s секунд и попробуйте снова. Ответы, отправленные раньше, сохранены.",
    ),
    "Compliance status": ("Atbilstības statuss", "Статус соответствия"),
    "Non-accessible content": ("Nepiekļūstamais saturs", "Недоступное содержание"),
    "Preparation of this statement": ("Ziņas par sagatavošanu", "Сведения о подготовке"),
    "Feedback and contact information": ("Atsauksmēm un saziņai", "Обратная связь и контакты"),
    "Enforcement procedure": ("Izpildes nodrošināšanas procedūra", "Процедура обеспечения исполнения"),
    "Non-compliance with the requirements": ("Neatbilstība prasībām", "Несоответствие требованиям"),
    "Disproportionate burden": ("Nesamērīgs slogs", "Несоразмерная нагрузка"),
    "Content outside the scope of the law": ("Saturs, uz kuru neattiecas piemērojamie tiesību akti", "Содержание, на которое не распространяются требования закона"),
    "fully compliant": ("pilnībā atbilst", "полностью соответствует"),
    "partially compliant": ("daļēji atbilst", "частично соответствует"),
    "not compliant": ("neatbilst", "не соответствует"),
    "self-assessment": ("pašnovērtējums", "самооценка"),
    "assessment by a third party": ("trešās puses novērtējums", "оценка третьей стороной"),
    "This statement covers the website %(address)s.": ("Šis paziņojums attiecas uz tīmekļvietni %(address)s.", "Это заявление относится к сайту %(address)s."),
    "Last reviewed on %(date)s.": ("Pēdējoreiz pārskatīts %(date)s.", "Последний раз пересмотрено %(date)s."),
    "This website is fully compliant with Cabinet Regulation No. 445 and the standard EN 301 549 (WCAG 2.1 level AA).": (
        "Šī tīmekļvietne pilnībā atbilst Ministru kabineta noteikumiem Nr. 445 un standartam EN 301 549 (WCAG 2.1 AA līmenis).",
        "Этот сайт полностью соответствует правилам Кабинета министров № 445 и стандарту EN 301 549 (WCAG 2.1, уровень AA).",
    ),
    "This website is partially compliant with Cabinet Regulation No. 445 and the standard EN 301 549 (WCAG 2.1 level AA), because of the non-compliances listed below.": (
        "Šī tīmekļvietne daļēji atbilst Ministru kabineta noteikumiem Nr. 445 un standartam EN 301 549 (WCAG 2.1 AA līmenis), jo tajā ir zemāk uzskaitītās neatbilstības.",
        "Этот сайт частично соответствует правилам Кабинета министров № 445 и стандарту EN 301 549 (WCAG 2.1, уровень AA) из-за перечисленных ниже несоответствий.",
    ),
    "This website is not compliant with Cabinet Regulation No. 445 and the standard EN 301 549 (WCAG 2.1 level AA). The non-compliances are listed below.": (
        "Šī tīmekļvietne neatbilst Ministru kabineta noteikumiem Nr. 445 un standartam EN 301 549 (WCAG 2.1 AA līmenis). Neatbilstības ir uzskaitītas zemāk.",
        "Этот сайт не соответствует правилам Кабинета министров № 445 и стандарту EN 301 549 (WCAG 2.1, уровень AA). Несоответствия перечислены ниже.",
    ),
    "If you cannot use some content, call us on %(phone)s. We will give you the information another way: we can read it to you, or send it by post or in large print.": (
        "Ja nevarat izmantot kādu saturu, zvaniet mums %(phone)s. Mēs sniegsim informāciju citā veidā: varam to nolasīt jums priekšā vai nosūtīt pa pastu vai lielā drukā.",
        "Если вы не можете воспользоваться каким-то содержанием, позвоните нам %(phone)s. Мы дадим информацию другим способом: прочитаем её вам или пришлём по почте или крупным шрифтом.",
    ),
    "Our last check found no content that does not meet the requirements.": ("Mūsu pēdējā pārbaude neatrada saturu, kas neatbilst prasībām.", "Наша последняя проверка не нашла содержания, не соответствующего требованиям."),
    "We do not claim disproportionate burden for any content.": ("Mēs nevienam saturam neizmantojam nesamērīga sloga izņēmumu.", "Мы не ссылаемся на несоразмерную нагрузку ни для какого содержания."),
    "There is no such content on this website.": ("Šajā tīmekļvietnē šāda satura nav.", "На этом сайте такого содержания нет."),
    "This statement was prepared on %(date)s. Method: %(method)s.": ("Paziņojums sagatavots %(date)s. Metode: %(method)s.", "Заявление подготовлено %(date)s. Метод: %(method)s."),
    "The statement was last reviewed on %(date)s. We review it at least once a year.": (
        "Paziņojums pēdējoreiz pārskatīts %(date)s. Mēs to pārskatām vismaz reizi gadā.",
        "Заявление последний раз пересмотрено %(date)s. Мы пересматриваем его не реже раза в год.",
    ),
    "Tell us if you find something on this website that you cannot use, or if you need information in another form.": (
        "Pastāstiet mums, ja šajā tīmekļvietnē atrodat kaut ko, ko nevarat izmantot, vai ja jums informācija vajadzīga citā formā.",
        "Сообщите нам, если на этом сайте есть что-то, чем вы не можете воспользоваться, или если вам нужна информация в другом виде.",
    ),
    "Phone:": ("Tālrunis:", "Телефон:"),
    "E-mail:": ("E-pasts:", "Эл. почта:"),
    "Address:": ("Adrese:", "Адрес:"),
    "We answer within 5 working days. Anyone may write on someone else's behalf.": (
        "Mēs atbildam 5 darba dienu laikā. Ikviens var rakstīt cita cilvēka vārdā.",
        "Мы отвечаем в течение 5 рабочих дней. Любой человек может написать от имени другого.",
    ),
    "If you are not satisfied with our answer to your feedback or request about accessibility, you can complain to the Ombudsman of the Republic of Latvia (Tiesībsargs).": (
        "Ja jūs neapmierina mūsu atbilde uz jūsu atsauksmi vai pieprasījumu par piekļūstamību, varat iesniegt sūdzību Latvijas Republikas Tiesībsargam.",
        "Если вас не устраивает наш ответ на ваш отзыв или запрос о доступности, вы можете подать жалобу Омбудсмену Латвийской Республики (Tiesībsargs).",
    ),
    "The Ombudsman's website: www.tiesibsargs.lv": ("Tiesībsarga tīmekļvietne: www.tiesibsargs.lv", "Сайт Омбудсмена: www.tiesibsargs.lv"),
    "Another way: %(alternative)s": ("Citādi: %(alternative)s", "Другой способ: %(alternative)s"),
}
FEEDBACK_STATEMENT_ADMIN_LV = {
    "Residents' feedback": "Iedzīvotāju atsauksmes", "Residents' comments": "Iedzīvotāju komentāri",
    "URL": "Adrese (URL)", "Answers (12 months)": "Atbildes (12 mēneši)", "Answers": "Atbildes",
    "Satisfaction % (12 months)": "Apmierinātība % (12 mēneši)",
    "Satisfaction % (last 3 months)": "Apmierinātība % (pēdējie 3 mēneši)",
    "Satisfaction % (3 months before)": "Apmierinātība % (3 mēneši pirms tam)",
    "Change (points)": "Izmaiņas (punkti)", "Comments": "Komentāri", "Satisfaction": "Apmierinātība",
    "Change": "Izmaiņas", "Last 12 months": "Pēdējie 12 mēneši",
    "Satisfaction by month, %(values)s": "Apmierinātība pa mēnešiem: %(values)s",
    "Answer": "Atbilde", "Comment": "Komentārs", "month": "mēnesis", "The first day of the month.": "Mēneša pirmā diena.",
    "feedback per month": "atsauksmes mēnesī", "date": "datums", "comment": "komentārs",
    "feedback comment": "atsauksmes komentārs", "feedback comments": "atsauksmju komentāri", "page": "lapa",
    "answer": "atbilde", "answers": "atbildes", "language": "valoda",
    "accessibility statement": "piekļūstamības paziņojums",
    "what is not accessible": "kas nav piekļūstams", "One plain sentence a resident understands.": "Viens vienkāršs teikums, ko iedzīvotājs saprot.",
    "requirement or reason": "prasība vai iemesls",
    "For example “WCAG 1.1.1” or why the content is out of scope.": "Piemēram, “WCAG 1.1.1” vai kāpēc uz saturu neattiecas prasības.",
    "how to get it another way": "kā to saņemt citādi", "item": "vienība",
    "Non-accessible content with its reason and alternative": "Nepiekļūstams saturs ar iemeslu un alternatīvu",
    "which website this covers": "uz kuru tīmekļvietni attiecas",
    "Empty: “This statement covers the website <address>.”": "Tukšs: “Šis paziņojums attiecas uz tīmekļvietni <adrese>.”",
    "compliance status": "atbilstības statuss", "status from the audit": "statuss pēc audita",
    "what the audit found": "ko atrada audits",
    "Set by the audit: why it derived its status.": "To nosaka audits: kāpēc tas noteica šo statusu.",
    "Set by the audit. Change the status above only with a reason.": "To nosaka audits. Mainiet statusu augstāk tikai ar pamatojumu.",
    "reason for a different status": "pamatojums citam statusam",
    "Required when the status differs from the audit's.": "Obligāts, ja statuss atšķiras no audita statusa.",
    "non-compliance with the requirements": "neatbilstība prasībām", "disproportionate burden": "nesamērīgs slogs",
    "content outside the scope of the law": "saturs, uz kuru neattiecas prasības", "prepared on": "sagatavots",
    "method": "metode", "how it was checked": "kā pārbaudīts", "last reviewed on": "pēdējoreiz pārskatīts",
    "audit run": "audits", "feedback and contact": "atsauksmes un saziņa",
    "Empty: the phone number and e-mail from the site settings, with a 5-working-day answer.": "Tukšs: tālrunis un e-pasts no vietnes iestatījumiem, atbilde 5 darba dienās.",
    "enforcement procedure": "izpildes nodrošināšanas procedūra",
    "Empty: the standard text about complaints to the Ombudsman (Tiesībsargs).": "Tukšs: standarta teksts par sūdzībām Tiesībsargam.",
    "The audit fills the first list. Staff write the other two.": "Pirmo sarakstu aizpilda audits. Pārējos divus raksta darbinieki.",
    "Say why the status differs from the audit's (%(status)s).": "Norādiet, kāpēc statuss atšķiras no audita statusa (%(status)s).",
    "No accessibility statement is published. The law requires one on the website, linked from every page.": "Piekļūstamības paziņojums nav publicēts. Likums to prasa tīmekļvietnē ar saiti no katras lapas.",
    "Generate a statement from the latest audit": "Sagatavot paziņojumu no pēdējā audita",
    "The accessibility statement was last reviewed on %(date)s, %(days)s days ago. It must be reviewed at least once a year.": "Piekļūstamības paziņojums pēdējoreiz pārskatīts %(date)s, pirms %(days)s dienām. Tas jāpārskata vismaz reizi gadā.",
    "Update it from the latest audit": "Atjaunināt no pēdējā audita", "Review the statement": "Pārskatīt paziņojumu",
}
PUBLIC.update(FEEDBACK_STATEMENT)
ADMIN_LV.update(FEEDBACK_STATEMENT_ADMIN_LV)


# --- Video guides and infographics (issue 5) --------------------------------------
PUBLIC.update({
    "Step %(number)s": ("%(number)s. solis", "Шаг %(number)s"),
    "Steps": ("Soļi", "Шаги"),
    "Read as text": ("Lasīt kā tekstu", "Читать как текст"),
    "Download as a picture (PNG)": ("Lejupielādēt kā attēlu (PNG)", "Скачать как картинку (PNG)"),
    "Download for printing (PDF)": ("Lejupielādēt drukāšanai (PDF)", "Скачать для печати (PDF)"),
    "In the video at %(time)s": ("Video: %(time)s", "В видео: %(time)s"),
    "Watch how to do it": ("Noskatieties, kā to izdarīt", "Посмотрите, как это сделать"),
    "Steps and transcript: %(title)s": ("Soļi un video teksts: %(title)s", "Шаги и текст видео: %(title)s"),
    "Watch step %(number)s (%(time)s)": ("Skatīt %(number)s. soli (%(time)s)", "Смотреть шаг %(number)s (%(time)s)"),
    "Your browser cannot play this video.": ("Jūsu pārlūks nevar atskaņot šo video.", "Ваш браузер не может воспроизвести это видео."),
    "Open the video file": ("Atvērt video failu", "Открыть видеофайл"),
    "Play": ("Atskaņot", "Воспроизвести"),
    "Pause": ("Pauze", "Пауза"),
    "Back 10 seconds": ("Atpakaļ 10 sekundes", "Назад на 10 секунд"),
    "Captions": ("Subtitri", "Субтитры"),
    "Speed": ("Ātrums", "Скорость"),
    "Slower": ("Lēnāk", "Медленнее"),
    "Normal": ("Parasti", "Обычно"),
    "Faster": ("Ātrāk", "Быстрее"),
    "This video is on %(platform)s. It loads only if you choose to play it. %(platform)s may then store information about your visit.": (
        "Šis video ir vietnē %(platform)s. Tas ielādēsies tikai tad, ja izvēlēsieties to skatīties. "
        "Tad %(platform)s var saglabāt informāciju par jūsu apmeklējumu.",
        "Это видео находится на %(platform)s. Оно загрузится, только если вы решите его посмотреть. "
        "Тогда %(platform)s может сохранить сведения о вашем посещении.",
    ),
    "Play the video from %(platform)s": ("Skatīties video no %(platform)s", "Смотреть видео с %(platform)s"),
    "Captions (WebVTT):": ("Subtitri (WebVTT):", "Субтитры (WebVTT):"),
    "The same information as text": ("Tā pati informācija tekstā", "Та же информация текстом"),
    "The download is not available right now": ("Lejupielāde pašlaik nav pieejama", "Скачивание сейчас недоступно"),
    "Please try again in a few minutes. The same information is on the page as text.": (
        "Lūdzu, mēģiniet vēlreiz pēc dažām minūtēm. Tā pati informācija lapā ir tekstā.",
        "Пожалуйста, попробуйте через несколько минут. Та же информация есть на странице текстом.",
    ),
    "Back to the page": ("Atpakaļ uz lapu", "Назад на страницу"),
    "At a glance": ("Īsumā", "Коротко"),
    "There are no video guides in this language yet.": ("Šajā valodā video pamācību vēl nav.", "На этом языке видеоинструкций пока нет."),
    "With audio description": ("Ar audioaprakstu", "С аудиоописанием"),
    "In this version a voice also tells what the video shows.": (
        "Šajā versijā balss arī pastāsta, kas redzams video.",
        "В этой версии голос также рассказывает, что показано в видео.",
    ),
    "Watch with audio description": ("Skatīties ar audioaprakstu", "Смотреть с аудиоописанием"),
    "Watch without audio description": ("Skatīties bez audioapraksta", "Смотреть без аудиоописания"),
    "Read the transcript": ("Lasīt video tekstu", "Читать текст видео"),
    "Print the steps": ("Izdrukāt soļus", "Распечатать шаги"),
    "Download the video (%(size)s)": ("Lejupielādēt video (%(size)s)", "Скачать видео (%(size)s)"),
    "Transcript": ("Video teksts", "Текст видео"),
    "The service this video is about": ("Pakalpojums, par kuru ir šis video", "Услуга, о которой это видео"),
    "Steps to print": ("Soļi drukāšanai", "Шаги для печати"),
    "Print": ("Drukāt", "Печать"),
    "To print, use your browser's Print command.": (
        "Lai izdrukātu, izmantojiet pārlūka komandu “Drukāt”.",
        "Чтобы распечатать, используйте команду «Печать» в браузере.",
    ),
    "Back to the video": ("Atpakaļ pie video", "Назад к видео"),
    "Watch the video: %(url)s": ("Skatieties video: %(url)s", "Смотрите видео: %(url)s"),
})

ADMIN_LV.update({
    "Write the time as minutes:seconds, like 1:05, or hours:minutes:seconds.":
        "Rakstiet laiku kā minūtes:sekundes, piemēram, 1:05, vai stundas:minūtes:sekundes.",
    "Starts at": "Sākas",
    "When the video shows this step, as minutes:seconds, like 1:05.":
        "Kad video rāda šo soli, minūtēs:sekundēs, piemēram, 1:05.",
    "Step in the video": "Solis video",
    "A step the viewer can jump to. It also reads as an instruction without the video.":
        "Solis, uz kuru skatītājs var pāriet. To var lasīt arī kā norādījumu bez video.",
    "Big number or short label": "Liels skaitlis vai īss uzraksts",
    "For example “150 €”, “10 days” or a phone number.": "Piemēram, “150 €”, “10 dienas” vai tālruņa numurs.",
    "One sentence": "Viens teikums",
    "What the number or label means, in one sentence.": "Ko nozīmē skaitlis vai uzraksts, vienā teikumā.",
    "Item": "Elements", "Items": "Elementi", "Layout": "Izkārtojums",
    "An icon, a big number or short label, and one sentence.": "Ikona, liels skaitlis vai īss uzraksts un viens teikums.",
    "Steps in order": "Soļi pēc kārtas", "Facts": "Fakti", "Comparison side by side": "Salīdzinājums blakus",
    "Who to call": "Kam zvanīt", "Infographic": "Infografika", "Infographics": "Infografikas",
    "A picture drawn from your items, with the same facts as text. Residents can download it as PNG or PDF.":
        "Attēls, kas uzzīmēts no jūsu elementiem, ar tiem pašiem faktiem tekstā. Iedzīvotāji to var lejupielādēt kā PNG vai PDF.",
    "Short description": "Īss apraksts",
    "What the infographic is about, in one sentence. Screen readers read this first.":
        "Par ko ir infografika, vienā teikumā. Ekrāna lasītāji to nolasa vispirms.",
    "Long description": "Garais apraksts",
    "Write out every fact, number and step the picture shows. People who cannot see the picture, and translators, read this instead.":
        "Uzrakstiet katru faktu, skaitli un soli, ko rāda attēls. To lasa cilvēki, kuri attēlu neredz, un tulkotāji.",
    "Write out everything the picture says: at least %(count)s characters. Use the drawn infographic if you can.":
        "Uzrakstiet visu, ko saka attēls: vismaz %(count)s rakstzīmes. Ja varat, izmantojiet zīmēto infografiku.",
    "Infographic as a picture": "Infografika kā attēls",
    "An infographic made elsewhere. It needs a long description with every fact.":
        "Citur veidota infografika. Tai vajag garo aprakstu ar katru faktu.",
    "Steps in the video": "Soļi video",
    "This step starts at %(start)s, not after the step before it (%(previous)s).":
        "Šis solis sākas %(start)s, nevis pēc iepriekšējā soļa (%(previous)s).",
    "A short captioned video that shows how to apply. It appears after “How to apply”.":
        "Īss video ar subtitriem, kas parāda, kā pieteikties. Tas redzams aiz sadaļas “Kā pieteikties”.",
    "infographics": "infografikas",
    "Optional. Shown after “What you get”, each with a text version.":
        "Nav obligāti. Redzamas aiz sadaļas “Ko jūs saņemat”, katrai ir teksta versija.",
    "Optional. Shown after the introduction, each with a text version.":
        "Nav obligāti. Redzamas aiz ievada, katrai ir teksta versija.",
    "Choose a WebVTT caption file (ending in .vtt).": "Izvēlieties WebVTT subtitru failu (ar galotni .vtt).",
    "The caption file could not be read. Upload it again.": "Subtitru failu neizdevās nolasīt. Augšupielādējiet to vēlreiz.",
    "The caption file is too big to be a caption file.": "Fails ir pārāk liels, lai būtu subtitru fails.",
    "Line %(line)s: %(message)s": "%(line)s. rindā: %(message)s",
    "video guide list": "video pamācību saraksts", "caption file (WebVTT)": "subtitru fails (WebVTT)",
    "caption file": "subtitru fails",
    "There are two caption files in %(language)s. Keep one per language.":
        "Valodā %(language)s ir divi subtitru faili. Atstājiet vienu katrai valodai.",
    "We wrote a draft transcript from the captions. Read it, correct it, add what the video shows without words, then publish.":
        "Mēs uzrakstījām video teksta melnrakstu no subtitriem. Izlasiet to, izlabojiet, pierakstiet, ko video rāda bez vārdiem, un tad publicējiet.",
    "Add a caption file (WebVTT) before publishing. People who cannot hear the video need the captions.":
        "Pirms publicēšanas pievienojiet subtitru failu (WebVTT). Subtitri vajadzīgi cilvēkiem, kuri video nedzird.",
    "Write the transcript before publishing: everything said and shown in the video.":
        "Pirms publicēšanas uzrakstiet video tekstu: visu, kas video tiek teikts un rādīts.",
    "Choose a video file, or give a YouTube or Vimeo address.": "Izvēlieties video failu vai norādiet YouTube vai Vimeo adresi.",
    "Add at least one step, so people can follow without the video.":
        "Pievienojiet vismaz vienu soli, lai cilvēki varētu sekot arī bez video.",
    "What the video shows, in one sentence.": "Ko video rāda, vienā teikumā.",
    "video file": "video fails",
    "An MP4 or WebM file. Keep it short: one task, a few minutes at most.":
        "MP4 vai WebM fails. Īss: viens darbs, ne vairāk kā dažas minūtes.",
    "or a YouTube or Vimeo address": "vai YouTube vai Vimeo adrese",
    "Only if the video is not uploaded here. It loads only when the visitor asks for it.":
        "Tikai tad, ja video nav augšupielādēts šeit. Tas ielādējas tikai tad, kad apmeklētājs to izvēlas.",
    "version with audio description": "versija ar audioaprakstu",
    "Optional. The same video with a voice that tells what is shown, for blind viewers.":
        "Nav obligāti. Tas pats video ar balsi, kas pastāsta, kas redzams, neredzīgiem skatītājiem.",
    "steps": "soļi",
    "Each step as a short instruction, with the time the video shows it.":
        "Katrs solis kā īss norādījums ar laiku, kad video to rāda.",
    "transcript": "video teksts",
    "Everything that is said, and what the video shows without words. Leave it empty and save a draft: we write a first version from the captions for you to correct.":
        "Viss, kas tiek teikts, un tas, ko video rāda bez vārdiem. Atstājiet tukšu un saglabājiet melnrakstu: mēs uzrakstīsim pirmo versiju no subtitriem, un jūs to izlabosiet.",
    "Video": "Video", "Captions, one file per language": "Subtitri, viens fails katrai valodai",
    "Choose an MP4 or WebM video file.": "Izvēlieties MP4 vai WebM video failu.",
    "Give a YouTube or Vimeo address, like https://youtu.be/…": "Norādiet YouTube vai Vimeo adresi, piemēram, https://youtu.be/…",
    "Use either the uploaded file or the address, not both.": "Izmantojiet vai nu augšupielādēto failu, vai adresi, ne abus.",
    "A video guide needs a video.": "Video pamācībai vajag video.",
    "A video guide needs captions.": "Video pamācībai vajag subtitrus.",
    "A video guide needs a transcript.": "Video pamācībai vajag video tekstu.",
    # WebVTT checker (cms/webvtt.py)
    "The file is not in UTF-8. Save it again as UTF-8 (in most editors: Save as, Encoding: UTF-8).":
        "Fails nav UTF-8 kodējumā. Saglabājiet to vēlreiz kā UTF-8 (lielākajā daļā redaktoru: Saglabāt kā, Kodējums: UTF-8).",
    "The file is empty.": "Fails ir tukšs.",
    "The first line must be WEBVTT. It is: “%(found)s”.": "Pirmajai rindai jābūt WEBVTT. Tagad tā ir: “%(found)s”.",
    "Leave an empty line after the WEBVTT header, before the first caption.":
        "Aiz virsraksta WEBVTT, pirms pirmā subtitra, atstājiet tukšu rindu.",
    "The caption time “%(found)s” is not valid. Write it like 00:01.500 --> 00:04.000.":
        "Subtitra laiks “%(found)s” nav derīgs. Rakstiet to šādi: 00:01.500 --> 00:04.000.",
    "“%(found)s” is not a valid time. Write minutes:seconds.milliseconds, like 01:05.250.":
        "“%(found)s” nav derīgs laiks. Rakstiet minūtes:sekundes.milisekundes, piemēram, 01:05.250.",
    "“%(found)s” is not a valid time: minutes and seconds go up to 59.":
        "“%(found)s” nav derīgs laiks: minūtes un sekundes ir līdz 59.",
    "This caption ends (%(end)s) before or when it starts (%(start)s).":
        "Šis subtitrs beidzas (%(end)s) pirms sākuma vai tajā pašā brīdī (%(start)s).",
    "This caption starts (%(start)s) before the caption on line %(other)s (%(other_start)s). Put the captions in time order.":
        "Šis subtitrs sākas (%(start)s) pirms subtitra %(other)s. rindā (%(other_start)s). Sakārtojiet subtitrus laika secībā.",
    "This caption starts (%(start)s) before the caption on line %(other)s ends (%(other_end)s). Captions must not overlap.":
        "Šis subtitrs sākas (%(start)s), pirms beidzas subtitrs %(other)s. rindā (%(other_end)s). Subtitri nedrīkst pārklāties.",
    "The caption that starts on line %(other)s has no text.": "Subtitram, kas sākas %(other)s. rindā, nav teksta.",
    "“%(found)s” has no caption time before it. Is there an empty line inside a caption? Remove it.":
        "Pirms “%(found)s” nav subtitra laika. Vai subtitra tekstā ir tukša rinda? Izdzēsiet to.",
    "Caption text must not contain “-->”. Is an empty line missing before it?":
        "Subtitra tekstā nedrīkst būt “-->”. Vai pirms tā trūkst tukšas rindas?",
    "“%(found)s” is not a caption setting WebVTT knows.": "“%(found)s” nav WebVTT subtitru iestatījums.",
    "The file has no captions. Add at least one caption after the header.":
        "Failā nav subtitru. Pievienojiet vismaz vienu subtitru aiz virsraksta.",
    "There are more errors; fix these first.": "Ir vēl kļūdas; vispirms izlabojiet šīs.",
})


def fill(lang: str) -> None:
    fill_catalogue(HERE / lang / "LC_MESSAGES" / "django.po", lang, PUBLIC, ADMIN_LV, PLURALS)


if __name__ == "__main__":
    for code in ("lv", "ru"):
        fill(code)
