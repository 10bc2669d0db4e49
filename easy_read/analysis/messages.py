"""The message catalogue: every text the analysis shows, in Latvian and English.

The core stays free of Django, so it cannot use ``gettext``. Each issue carries a
message id and parameters; :func:`render` fills the template for the reader's
language (the admin user's language in Wagtail, ``--messages`` on the command
line). Adding a language means adding one key to each entry.
"""

from __future__ import annotations

from functools import cache

MESSAGE_LANGUAGES: tuple[str, ...] = ("lv", "en")
DEFAULT_MESSAGE_LANG = "en"

#: Rule titles, shown as headings in panels and the text report.
RULE_TITLES: dict[str, dict[str, str]] = {
    "long-sentence": {"en": "Long sentence", "lv": "Garš teikums"},
    "long-word": {"en": "Very long word", "lv": "Ļoti garš vārds"},
    "many-long-words": {"en": "Too many long words", "lv": "Pārāk daudz garu vārdu"},
    "jargon": {"en": "Officialese or jargon", "lv": "Kancelejas valoda vai žargons"},
    "vague-word": {"en": "Vague word", "lv": "Neskaidrs vārds"},
    "passive": {"en": "Passive or impersonal", "lv": "Ciešamā kārta vai bezpersonisks teikums"},
    "nominal-style": {"en": "Chain of nouns", "lv": "Lietvārdu virkne"},
    "unexplained-abbreviation": {
        "en": "Unexplained abbreviation",
        "lv": "Nepaskaidrots saīsinājums",
    },
    "abbreviation": {"en": "Shortened word", "lv": "Saīsināts vārds"},
    "number-words": {"en": "Number written as a word", "lv": "Skaitlis vārdiem"},
    "all-caps": {"en": "ALL CAPS", "lv": "Lielie burti"},
    "long-paragraph": {"en": "Long paragraph", "lv": "Gara rindkopa"},
    "double-negative": {"en": "Double negative", "lv": "Dubults noliegums"},
    "foreign-word": {"en": "Word in another language", "lv": "Vārds citā valodā"},
    "one-idea": {"en": "More than one idea", "lv": "Vairākas domas vienā teikumā"},
    "italics": {"en": "Italic text", "lv": "Slīpraksts"},
    "justified-text": {"en": "Justified text", "lv": "Izlīdzināts teksts"},
}

#: Message templates by message id. Placeholders use ``str.format`` names.
MESSAGES: dict[str, dict[str, str]] = {
    "long-sentence": {
        "en": "This sentence has {words} words. Aim for {limit} or fewer.",
        "lv": "Vārdu skaits teikumā: {words}. Ieteicams ne vairāk kā {limit}.",
    },
    "long-word": {
        "en": "“{phrase}” is a very long word ({letters} letters).",
        "lv": "“{phrase}” ir ļoti garš vārds (burtu skaits: {letters}).",
    },
    "many-long-words": {
        "en": "{long} of the {words} words in this sentence are long (over 6 letters).",
        "lv": "Garo vārdu (vairāk par 6 burtiem) skaits teikumā: {long} no {words}.",
    },
    "jargon": {
        "en": "Officialese: “{phrase}”. Plainer: {replacement}.",
        "lv": "Kancelejas valoda: “{phrase}”. Vienkāršāk: {replacement}.",
    },
    "vague-word": {
        "en": "Vague: “{phrase}”. Be specific ({advice}).",
        "lv": "Neskaidri: “{phrase}”. Esiet konkrēti ({advice}).",
    },
    "passive": {
        "en": "Passive: “{phrase}” hides who acts.",
        "lv": "Ciešamā kārta: “{phrase}” – nav skaidrs, kurš rīkojas.",
    },
    "passive.impersonal": {
        "en": "Impersonal: “{phrase}” does not say who must act.",
        "lv": "Bezpersonisks: “{phrase}” – nav skaidrs, kam jārīkojas.",
    },
    "nominal-style": {
        "en": "Chain of nouns: “{phrase}”. A verb reads more easily.",
        "lv": "Lietvārdu virkne: “{phrase}”. Ar darbības vārdu būs vieglāk lasīt.",
    },
    "unexplained-abbreviation": {
        "en": "“{phrase}” is not explained where it first appears.",
        "lv": "Saīsinājums “{phrase}” nav paskaidrots vietā, kur tas parādās pirmoreiz.",
    },
    "abbreviation": {
        "en": "“{phrase}” is a shortened word.",
        "lv": "“{phrase}” ir saīsināts vārds.",
    },
    "number-words": {
        "en": "Number written as a word: “{phrase}”.",
        "lv": "Skaitlis uzrakstīts vārdiem: “{phrase}”.",
    },
    "all-caps": {
        "en": "Text in capital letters is hard to read: “{phrase}”.",
        "lv": "Teksts lielajiem burtiem ir grūti lasāms: “{phrase}”.",
    },
    "long-paragraph": {
        "en": "Long paragraph: {sentences} sentences, {words} words.",
        "lv": "Gara rindkopa: teikumu skaits {sentences}, vārdu skaits {words}.",
    },
    "double-negative": {
        "en": "Double negative: “{phrase}”.",
        "lv": "Dubults noliegums: “{phrase}”.",
    },
    "foreign-word": {
        "en": "“{phrase}” looks like a word in another language.",
        "lv": "“{phrase}” izskatās pēc vārda citā valodā.",
    },
    "one-idea": {
        "en": "This sentence seems to hold more than one idea.",
        "lv": "Šajā teikumā, šķiet, ir vairākas domas.",
    },
    "italics": {
        "en": "Italic text is hard to read: “{phrase}”.",
        "lv": "Slīpraksts ir grūti lasāms: “{phrase}”.",
    },
    "justified-text": {
        "en": "Justified text leaves uneven gaps between words.",
        "lv": "Pēc abām malām izlīdzināts teksts veido nevienādas atstarpes starp vārdiem.",
    },
}

#: Suggestions that are advice rather than a replacement word.
SUGGESTIONS: dict[str, dict[str, str]] = {
    "split-sentence": {
        "en": "Split it into shorter sentences, one idea each.",
        "lv": "Sadaliet to īsākos teikumos – katrā vienu domu.",
    },
    "shorter-word": {
        "en": "Use a shorter word or explain it.",
        "lv": "Izvēlieties īsāku vārdu vai paskaidrojiet to.",
    },
    "everyday-words": {
        "en": "Use shorter, everyday words.",
        "lv": "Izvēlieties īsākus, ikdienā lietotus vārdus.",
    },
    "active-voice": {
        "en": "Say who does it: “We will check your application”, not “The application will be checked”.",
        "lv": "Pasakiet, kurš to dara: “Mēs pārbaudīsim jūsu iesniegumu”, "
        "nevis “Iesniegums tiks pārbaudīts”.",
    },
    "address-reader": {
        "en": "Speak to the reader: “You must …”.",
        "lv": "Uzrunājiet lasītāju: “Jums jā…”.",
    },
    "use-verb": {
        "en": "Use a verb: “to get the allowance”, not “for the receipt of the allowance”.",
        "lv": "Izmantojiet darbības vārdu: “lai saņemtu pabalstu”, nevis “pabalsta saņemšanas nolūkā”.",
    },
    "expand-abbreviation": {
        "en": "The first time, write “{expansion} ({phrase})”.",
        "lv": "Pirmoreiz rakstiet “{expansion} ({phrase})”.",
    },
    "expand-unknown": {
        "en": "The first time, write the name in full with the abbreviation in brackets.",
        "lv": "Pirmoreiz rakstiet pilnu nosaukumu un saīsinājumu iekavās.",
    },
    "write-in-full": {
        "en": "Write it in full: “{expansion}”.",
        "lv": "Rakstiet pilnā formā: “{expansion}”.",
    },
    "write-in-full-unknown": {
        "en": "Write the word in full.",
        "lv": "Rakstiet vārdu pilnā formā.",
    },
    "use-digits": {
        "en": "Write {digits}.",
        "lv": "Rakstiet {digits}.",
    },
    "normal-case": {
        "en": "Use normal letters; use bold for emphasis.",
        "lv": "Rakstiet parastiem burtiem; izcelšanai izmantojiet treknrakstu.",
    },
    "split-paragraph": {
        "en": "Split it into shorter paragraphs or a list.",
        "lv": "Sadaliet to īsākās rindkopās vai sarakstā.",
    },
    "say-positively": {
        "en": "Say it positively.",
        "lv": "Pasakiet to apstiprinoši.",
    },
    "own-language": {
        "en": "Use a word in the text's language, or explain it.",
        "lv": "Izmantojiet vārdu teksta valodā vai paskaidrojiet to.",
    },
    "one-idea": {
        "en": "Write one idea per sentence.",
        "lv": "Rakstiet vienu domu katrā teikumā.",
    },
    "use-bold": {
        "en": "Use bold for emphasis.",
        "lv": "Izcelšanai izmantojiet treknrakstu.",
    },
    "align-left": {
        "en": "Align the text to the left.",
        "lv": "Līdziniet tekstu pa kreisi.",
    },
}

#: Level names.
LEVEL_LABELS: dict[str, dict[str, str]] = {
    "very-easy": {"en": "very easy", "lv": "ļoti viegls"},
    "easy": {"en": "easy", "lv": "viegls"},
    "medium": {"en": "medium", "lv": "vidējs"},
    "hard": {"en": "hard", "lv": "grūts"},
    "very-hard": {"en": "very hard", "lv": "ļoti grūts"},
}

#: Labels for reports (command line, panels).
UI: dict[str, dict[str, str]] = {
    "language": {"en": "Language", "lv": "Valoda"},
    "words": {"en": "Words", "lv": "Vārdi"},
    "sentences": {"en": "Sentences", "lv": "Teikumi"},
    "lix": {"en": "LIX", "lv": "LIX"},
    "level": {"en": "Level", "lv": "Līmenis"},
    "reading-time": {"en": "Reading time", "lv": "Lasīšanas laiks"},
    "minutes": {"en": "{n} min", "lv": "{n} min"},
    "issues": {"en": "Issues", "lv": "Ieteikumi"},
    "no-issues": {"en": "No issues found.", "lv": "Problēmas nav atrastas."},
    "no-text": {"en": "No text to analyse.", "lv": "Nav teksta, ko analizēt."},
    "suggestion": {"en": "Try", "lv": "Ieteikums"},
    "easy-read": {"en": "easy-to-read rules", "lv": "viegli lasāma teksta noteikumi"},
    "avg-sentence": {"en": "Words per sentence", "lv": "Vārdi teikumā (vidēji)"},
    "long-words": {"en": "Long words", "lv": "Garie vārdi"},
    "panel-title": {"en": "Plain language", "lv": "Vienkārša valoda"},
    "flagged": {"en": "Sentences to simplify", "lv": "Teikumi, ko vienkāršot"},
    "checking": {"en": "Checking…", "lv": "Pārbauda…"},
    "more": {"en": "…and {n} more.", "lv": "…un vēl {n}."},
    "easy-read-version": {"en": "Easy-to-read version", "lv": "Viegli lasāmā versija"},
    "error": {"en": "The check could not run.", "lv": "Pārbaudi neizdevās veikt."},
    "analysed-in": {"en": "Checked as {language} text", "lv": "Pārbaudīts kā {language} teksts"},
    "paragraph": {"en": "Paragraph", "lv": "Rindkopa"},
    "explain-lix": {
        "en": "LIX is the average number of words per sentence plus the percentage of words "
        "longer than six letters. It needs no syllable counts, so it works for Latvian too.",
        "lv": "LIX ir vidējais vārdu skaits teikumā plus to vārdu procents, kuros ir vairāk "
        "par sešiem burtiem. Tam nevajag zilbes, tāpēc tas der arī latviešu valodai.",
    },
    "explain-levels": {"en": "Levels by LIX:", "lv": "Līmeņi pēc LIX:"},
    "explain-reading": {
        "en": "Reading time uses the reading speed of the page's language (words per minute: {speeds}).",
        "lv": "Lasīšanas laiks rēķināts ar lapas valodas lasīšanas ātrumu (vārdi minūtē: {speeds}).",
    },
    "explain-source": {
        "en": "The figures come from the page's own text fields, checked as you type, in the "
        "page's language. The same figures appear in the editor panel and the review step.",
        "lv": "Skaitļi iegūti no lapas teksta laukiem, pārbaudot tos rakstīšanas laikā lapas "
        "valodā. Tie paši skaitļi redzami redaktora panelī un pārskatīšanas solī.",
    },
    "under": {"en": "under {n}", "lv": "zem {n}"},
    "from": {"en": "{n} and over", "lv": "no {n}"},
}

LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "lv": {"en": "Latvian", "lv": "latviešu"},
    "en": {"en": "English", "lv": "angļu"},
    "ru": {"en": "Russian", "lv": "krievu"},
}


def message_lang(lang: str | None) -> str:
    """A supported message language: ``lv`` or ``en`` (anything else -> ``en``)."""
    if lang:
        short = lang.split("-")[0].split("_")[0].lower()
        if short in MESSAGE_LANGUAGES:
            return short
    return DEFAULT_MESSAGE_LANG


def _pick(table: dict[str, dict[str, str]], key: str, lang: str) -> str:
    entry = table[key]
    return entry.get(lang) or entry[DEFAULT_MESSAGE_LANG]


def render(message_id: str, lang: str, /, **params: object) -> str:
    """Fill the template ``message_id`` in ``lang`` with ``params``."""
    return _pick(MESSAGES, message_id, lang).format(**params)


def suggestion(suggestion_id: str, lang: str, /, **params: str) -> str:
    if params:
        return _pick(SUGGESTIONS, suggestion_id, lang).format(**params)
    return _plain_suggestion(suggestion_id, lang)


@cache
def _plain_suggestion(suggestion_id: str, lang: str) -> str:
    return _pick(SUGGESTIONS, suggestion_id, lang)


def rule_title(rule: str, lang: str) -> str:
    return _pick(RULE_TITLES, rule, lang) if rule in RULE_TITLES else rule


def level_label(level: str | None, lang: str) -> str:
    if level is None:
        return "–"
    return _pick(LEVEL_LABELS, level, lang)


def ui(key: str, lang: str, /, **params: object) -> str:
    return _pick(UI, key, lang).format(**params)


def language_name(code: str, lang: str) -> str:
    return _pick(LANGUAGE_NAMES, code, lang) if code in LANGUAGE_NAMES else code
