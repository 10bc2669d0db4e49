# ruff: noqa: E501 - a content table: whole sentences read better unbroken
"""Plain-language sentences for findings: the problem (for the statement) and the fix (for the plan).

The statement speaks to residents ("Some images have no text description"),
the plan to staff ("Give every image a text description"). Both are fixed
documents in named languages, not UI in the visitor's language, so the texts
live here as a table a Latvian editor can review in one place. A rule without
its own sentence falls back to its VARAM aspect, then to a generic sentence
naming the WCAG criteria.
"""

from __future__ import annotations

#: rule -> {"problem": {lang: text}, "action": {lang: text}}
RULE_TEXT: dict[str, dict[str, dict[str, str]]] = {
    "image-alt": {
        "problem": {"lv": "Dažiem attēliem nav teksta apraksta, tāpēc ekrāna lasītāja lietotāji neuzzina, ko tie rāda.",
                    "en": "Some images have no text description, so screen reader users cannot tell what they show.",
                    "ru": "У некоторых изображений нет текстового описания, поэтому пользователи экранного диктора не знают, что на них."},
        "action": {"lv": "Pievienot teksta aprakstu katram attēlam, kas nes informāciju",
                   "en": "Give every informative image a text description"},
    },
    "color-contrast": {
        "problem": {"lv": "Daļa teksta ir pārāk gaiša uz fona, un to grūti izlasīt.",
                    "en": "Some text is too light against its background and hard to read.",
                    "ru": "Часть текста слишком светлая на фоне, её трудно прочитать."},
        "action": {"lv": "Padarīt teksta krāsu tumšāku, lai kontrasts būtu vismaz 4,5:1",
                   "en": "Darken the text colour to a contrast of at least 4.5:1"},
    },
    "link-name": {
        "problem": {"lv": "Dažām saitēm nav nosaukuma, tāpēc nav skaidrs, kurp tās ved.",
                    "en": "Some links have no name, so it is not clear where they lead.",
                    "ru": "У некоторых ссылок нет названия, поэтому непонятно, куда они ведут."},
        "action": {"lv": "Dot katrai saitei tekstu, kas saka, kurp tā ved",
                   "en": "Give every link text that says where it leads"},
    },
    "button-name": {
        "problem": {"lv": "Dažām pogām nav nosaukuma, ko var nolasīt ekrāna lasītājs.",
                    "en": "Some buttons have no name that a screen reader can read.",
                    "ru": "У некоторых кнопок нет названия, которое может прочитать экранный диктор."},
        "action": {"lv": "Dot katrai pogai nosaukumu", "en": "Give every button a name"},
    },
    "label": {
        "problem": {"lv": "Dažiem formas laukiem nav nosaukuma, tāpēc nav skaidrs, kas tajos jāieraksta.",
                    "en": "Some form fields have no label, so it is not clear what to enter.",
                    "ru": "У некоторых полей формы нет подписи, поэтому непонятно, что в них вводить."},
        "action": {"lv": "Pievienot redzamu nosaukumu katram formas laukam",
                   "en": "Give every form field a visible label"},
    },
    "heading-order": {
        "problem": {"lv": "Dažās lapās virsrakstu līmeņi ir izlaisti, un lapas uzbūve ir grūti saprotama.",
                    "en": "Some pages skip heading levels, which makes their structure hard to follow.",
                    "ru": "На некоторых страницах пропущены уровни заголовков, и структуру трудно понять."},
        "action": {"lv": "Sakārtot virsrakstu līmeņus pēc kārtas", "en": "Put heading levels in order"},
    },
    "page-has-heading-one": {
        "problem": {"lv": "Dažām lapām nav galvenā virsraksta.",
                    "en": "Some pages have no main heading.",
                    "ru": "На некоторых страницах нет главного заголовка."},
        "action": {"lv": "Dot katrai lapai vienu galveno virsrakstu (h1)",
                   "en": "Give every page one main heading (h1)"},
    },
    "document-title": {
        "problem": {"lv": "Dažām lapām nav nosaukuma pārlūka cilnē.",
                    "en": "Some pages have no title in the browser tab.",
                    "ru": "У некоторых страниц нет названия во вкладке браузера."},
        "action": {"lv": "Dot katrai lapai aprakstošu nosaukumu", "en": "Give every page a descriptive title"},
    },
    "html-has-lang": {
        "problem": {"lv": "Dažās lapās nav norādīta valoda, tāpēc ekrāna lasītājs var tās izrunāt nepareizi.",
                    "en": "Some pages do not state their language, so a screen reader may pronounce them wrongly.",
                    "ru": "На некоторых страницах не указан язык, и экранный диктор может читать их неправильно."},
        "action": {"lv": "Norādīt lapas valodu (lang)", "en": "State the page language (lang)"},
    },
    "landmark-one-main": {
        "problem": {"lv": "Dažās lapās galvenais saturs nav atzīmēts, tāpēc to grūti atrast ar ekrāna lasītāju.",
                    "en": "Some pages do not mark their main content, so it is hard to reach with a screen reader.",
                    "ru": "На некоторых страницах основное содержание не отмечено, его трудно найти экранным диктором."},
        "action": {"lv": "Atzīmēt galveno saturu ar <main>", "en": "Mark the main content with <main>"},
    },
    "region": {
        "problem": {"lv": "Daļa satura atrodas ārpus lapas orientieriem (galvene, saturs, kājene).",
                    "en": "Some content sits outside the page landmarks (header, main, footer).",
                    "ru": "Часть содержания находится вне ориентиров страницы (шапка, основное, подвал)."},
        "action": {"lv": "Ievietot visu saturu lapas orientieros", "en": "Put all content inside page landmarks"},
    },
    "target-size": {
        "problem": {"lv": "Dažas pogas un saites ir tik mazas, ka tās grūti nospiest ar pirkstu.",
                    "en": "Some buttons and links are so small that they are hard to press with a finger.",
                    "ru": "Некоторые кнопки и ссылки такие маленькие, что на них трудно нажать пальцем."},
        "action": {"lv": "Palielināt pogas un saites līdz vismaz 24×24 pikseļiem (vēlams 44×44)",
                   "en": "Make buttons and links at least 24×24 pixels (44×44 preferred)"},
    },
    "link-in-text-block": {
        "problem": {"lv": "Dažas saites tekstā atšķiras tikai ar krāsu.",
                    "en": "Some links in text differ from the text around them only by colour.",
                    "ru": "Некоторые ссылки в тексте отличаются от него только цветом."},
        "action": {"lv": "Pasvītrot saites tekstā", "en": "Underline links in running text"},
    },
    "list": {
        "problem": {"lv": "Daži saraksti ir veidoti nepareizi, un ekrāna lasītājs tos nenolasa kā sarakstus.",
                    "en": "Some lists are marked up wrongly, so screen readers do not announce them as lists.",
                    "ru": "Некоторые списки размечены неправильно, и экранный диктор не читает их как списки."},
        "action": {"lv": "Labot sarakstu kodu", "en": "Fix the list markup"},
    },
    "scrollable-region-focusable": {
        "problem": {"lv": "Dažas ritināmas daļas (piemēram, tabulas) nevar ritināt ar tastatūru.",
                    "en": "Some scrolling areas (such as tables) cannot be scrolled with a keyboard.",
                    "ru": "Некоторые прокручиваемые области (например, таблицы) нельзя прокрутить с клавиатуры."},
        "action": {"lv": "Ļaut ritināmās daļas sasniegt ar tastatūru",
                   "en": "Make scrolling areas reachable with the keyboard"},
    },
    "er-text-small": {
        "problem": {"lv": "Daļa teksta ir ļoti maza.", "en": "Some text is very small.",
                    "ru": "Часть текста очень мелкая."},
        "action": {"lv": "Palielināt pamatteksta burtu izmēru līdz vismaz 16 pikseļiem",
                   "en": "Make body text at least 16 pixels"},
    },
    "er-text-justified": {
        "problem": {"lv": "Daļa teksta ir izlīdzināta pēc abām malām, tāpēc atstarpes starp vārdiem ir nevienādas.",
                    "en": "Some text is justified, so the spaces between words are uneven.",
                    "ru": "Часть текста выровнена по ширине, поэтому пробелы между словами неравные."},
        "action": {"lv": "Līdzināt tekstu pēc kreisās malas", "en": "Align text to the left"},
    },
    "er-link-vague": {
        "problem": {"lv": "Dažu saišu teksts nesaka, kurp tās ved (piemēram, “šeit” vai “lasīt vairāk”).",
                    "en": "Some link texts do not say where they lead (such as “here” or “read more”).",
                    "ru": "Текст некоторых ссылок не говорит, куда они ведут (например, «здесь» или «подробнее»)."},
        "action": {"lv": "Pārrakstīt saišu tekstus tā, lai tie saka, kurp ved",
                   "en": "Rewrite link texts to say where they lead"},
    },
    "er-link-new-window": {
        "problem": {"lv": "Dažas saites atver jaunu logu, to nebrīdinot.",
                    "en": "Some links open a new window without warning.",
                    "ru": "Некоторые ссылки открывают новое окно без предупреждения."},
        "action": {"lv": "Brīdināt, ja saite atver jaunu logu, vai atvērt to tajā pašā logā",
                   "en": "Warn when a link opens a new window, or open it in the same window"},
    },
    "er-link-document-format": {
        "problem": {"lv": "Saites uz dokumentiem nepasaka dokumenta formātu un izmēru.",
                    "en": "Links to documents do not say the document's format and size.",
                    "ru": "Ссылки на документы не указывают формат и размер документа."},
        "action": {"lv": "Norādīt dokumenta formātu un izmēru saites tekstā (piemēram, “PDF, 120 KB”)",
                   "en": "Name the format and size in document links (for example “PDF, 120 KB”)"},
    },
    "er-link-broken": {
        "problem": {"lv": "Dažas saites uz mūsu lapām nedarbojas.",
                    "en": "Some links to our own pages do not work.",
                    "ru": "Некоторые ссылки на наши страницы не работают."},
        "action": {"lv": "Salabot vai noņemt saites, kas nedarbojas", "en": "Fix or remove broken links"},
    },
    "er-video-no-captions": {
        "problem": {"lv": "Dažiem video nav subtitru.", "en": "Some videos have no captions.",
                    "ru": "У некоторых видео нет субтитров."},
        "action": {"lv": "Pievienot subtitrus katram video", "en": "Add captions to every video"},
    },
    "er-media-autoplay": {
        "problem": {"lv": "Daži video vai audio sāk skanēt paši.",
                    "en": "Some video or audio starts playing by itself.",
                    "ru": "Некоторые видео или аудио начинают играть сами."},
        "action": {"lv": "Izslēgt automātisku atskaņošanu", "en": "Turn off autoplay"},
    },
    "er-reflow-320": {
        "problem": {"lv": "Dažas lapas šaurā ekrānā jāritina uz sāniem.",
                    "en": "Some pages must be scrolled sideways on a narrow screen.",
                    "ru": "Некоторые страницы на узком экране приходится прокручивать вбок."},
        "action": {"lv": "Pielāgot lapas izkārtojumu 320 pikseļu platam ekrānam",
                   "en": "Make the layout fit a 320-pixel-wide screen"},
    },
    "er-text-resize-clipped": {
        "problem": {"lv": "Ja tekstu palielina divas reizes, daļa teksta tiek nogriezta.",
                    "en": "When text is made twice as large, some of it is cut off.",
                    "ru": "Если увеличить текст в два раза, часть его обрезается."},
        "action": {"lv": "Ļaut tekstam palielināties bez nogriešanas",
                   "en": "Let text grow without being cut off"},
    },
    "er-focus-not-visible": {
        "problem": {"lv": "Lietojot tastatūru, ne vienmēr redzams, kur atrodaties lapā.",
                    "en": "When you use a keyboard, you cannot always see where you are on the page.",
                    "ru": "При работе с клавиатуры не всегда видно, где вы находитесь на странице."},
        "action": {"lv": "Padarīt tastatūras fokusu labi redzamu", "en": "Make the keyboard focus clearly visible"},
    },
    "er-lang-mismatch": {
        "problem": {"lv": "Dažās lapās norādītā valoda neatbilst teksta valodai.",
                    "en": "Some pages state a language that does not match their text.",
                    "ru": "На некоторых страницах указанный язык не совпадает с языком текста."},
        "action": {"lv": "Norādīt pareizo lapas valodu", "en": "State the correct page language"},
    },
    "er-readability-hard": {
        "problem": {"lv": "Daži teksti ir grūti saprotami: gari teikumi un sarežģīti vārdi.",
                    "en": "Some texts are hard to understand: long sentences and difficult words.",
                    "ru": "Некоторые тексты трудно понять: длинные предложения и сложные слова."},
        "action": {"lv": "Pārrakstīt tekstus vienkāršā valodā (LIX zem 40)",
                   "en": "Rewrite the texts in plain language (LIX under 40)"},
    },
    "er-document-review": {
        "problem": {"lv": "Daži dokumenti (PDF, Word) var nebūt piekļūstami.",
                    "en": "Some documents (PDF, Word) may not be accessible.",
                    "ru": "Некоторые документы (PDF, Word) могут быть недоступны."},
        "action": {"lv": "Pārbaudīt dokumentus un publicēt tos piekļūstamā formā",
                   "en": "Check the documents and publish them in an accessible form"},
    },
}

#: VARAM aspect -> sentences, for rules without their own.
ASPECT_TEXT: dict[str, dict[str, dict[str, str]]] = {
    "navigation": {"problem": {"lv": "Daļa navigācijas un saišu nav skaidra.", "en": "Some navigation and links are unclear.", "ru": "Часть навигации и ссылок непонятна."},
                   "action": {"lv": "Uzlabot navigāciju un saites", "en": "Improve navigation and links"}},
    "structure": {"problem": {"lv": "Dažu lapu uzbūve nav pareizi atzīmēta.", "en": "The structure of some pages is not marked up correctly.", "ru": "Структура некоторых страниц размечена неправильно."},
                  "action": {"lv": "Labot lapas uzbūves kodu", "en": "Fix the page structure markup"}},
    "keyboard": {"problem": {"lv": "Daļu satura nevar lietot ar tastatūru.", "en": "Some content cannot be used with a keyboard.", "ru": "Частью содержания нельзя пользоваться с клавиатуры."},
                 "action": {"lv": "Padarīt visu saturu lietojamu ar tastatūru", "en": "Make all content usable with a keyboard"}},
    "forms": {"problem": {"lv": "Dažās formās lauki vai kļūdu paziņojumi nav skaidri.", "en": "Some forms have unclear fields or error messages.", "ru": "В некоторых формах поля или сообщения об ошибках непонятны."},
              "action": {"lv": "Uzlabot formu laukus un kļūdu paziņojumus", "en": "Improve form fields and error messages"}},
    "text-alternatives": {"problem": {"lv": "Daļai satura, kas nav teksts, nav teksta alternatīvas.", "en": "Some non-text content has no text alternative.", "ru": "У части нетекстового содержания нет текстовой альтернативы."},
                          "action": {"lv": "Pievienot teksta alternatīvas", "en": "Add text alternatives"}},
    "headings": {"problem": {"lv": "Daži virsraksti trūkst vai ir nepareizā secībā.", "en": "Some headings are missing or out of order.", "ru": "Некоторые заголовки отсутствуют или идут не по порядку."},
                 "action": {"lv": "Sakārtot virsrakstus", "en": "Put headings in order"}},
    "contrast": {"problem": {"lv": "Dažu elementu kontrasts ir par mazu.", "en": "Some elements have too little contrast.", "ru": "У некоторых элементов слишком низкий контраст."},
                 "action": {"lv": "Palielināt kontrastu", "en": "Increase the contrast"}},
    "text-zoom": {"problem": {"lv": "Palielinot tekstu vai ekrānu, daļa satura kļūst grūti lietojama.", "en": "Some content becomes hard to use when text or the screen is enlarged.", "ru": "При увеличении текста или экрана часть содержания становится неудобной."},
                  "action": {"lv": "Nodrošināt, ka tekstu var palielināt bez zudumiem", "en": "Make sure text can be enlarged without loss"}},
    "page-titles": {"problem": {"lv": "Dažām lapām nav skaidra nosaukuma.", "en": "Some pages have no clear title.", "ru": "У некоторых страниц нет понятного названия."},
                    "action": {"lv": "Dot lapām skaidrus nosaukumus", "en": "Give pages clear titles"}},
    "moving-content": {"problem": {"lv": "Daļu kustīga satura nevar apturēt.", "en": "Some moving content cannot be paused.", "ru": "Часть движущегося содержания нельзя остановить."},
                       "action": {"lv": "Ļaut apturēt kustīgu saturu", "en": "Let people pause moving content"}},
    "multimedia": {"problem": {"lv": "Dažiem video vai audio nav alternatīvas (subtitru vai atšifrējuma).", "en": "Some video or audio has no alternative (captions or transcript).", "ru": "У некоторых видео или аудио нет альтернативы (субтитров или расшифровки)."},
                   "action": {"lv": "Pievienot subtitrus un atšifrējumus", "en": "Add captions and transcripts"}},
}

GENERIC = {
    "problem": {"lv": "Daļa satura neatbilst prasībai %(criteria)s.",
                "en": "Some content does not meet requirement %(criteria)s.",
                "ru": "Часть содержания не соответствует требованию %(criteria)s."},
    "action": {"lv": "Novērst neatbilstību prasībai %(criteria)s (%(rule)s)",
               "en": "Fix the failures of %(criteria)s (%(rule)s)"},
}

LANGS = ("lv", "en", "ru")


def _pick(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()))


def sentence(kind: str, rule: str, lang: str, *, varam: str | None = None,
             wcag: list[str] | tuple[str, ...] = ()) -> str:
    """The ``kind`` ("problem" or "action") sentence for a rule, in ``lang``."""
    if rule in RULE_TEXT:
        return _pick(RULE_TEXT[rule][kind], lang)
    if varam in ASPECT_TEXT:
        return _pick(ASPECT_TEXT[varam][kind], lang)
    criteria = ", ".join(f"WCAG {c}" for c in wcag) or rule
    return _pick(GENERIC[kind], lang) % {"criteria": criteria, "rule": rule}
