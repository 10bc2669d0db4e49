"""Demo: the accessibility statement page (lv, en, ru) and residents' feedback of the last year.

The statement's generated parts (status, non-compliant content, method) come
from the demo audit runs through ``manage.py audit_demo``; what staff write by
hand (disproportionate burden, out of scope) is here. Feedback is a year of
monthly answers that slowly improve, and a few comments, all invented.
"""

import datetime
import random

from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.models import Site

from cms import feedback as logic
from cms.models import (
    AccessibilityStatementPage,
    FeedbackComment,
    FeedbackMonthly,
    HelpPage,
    ServicePage,
    SiteSettings,
)

TITLES = {"lv": "Piekļūstamības paziņojums", "en": "Accessibility statement", "ru": "Заявление о доступности"}

OUT_OF_SCOPE = {
    "lv": [("Domes sēžu protokoli, kas publicēti skenētā PDF formā pirms 2018. gada 23. septembra.",
            "Biroja datnes, publicētas pirms 23.09.2018",
            "Zvaniet mums, un mēs nosūtīsim protokolu teksta formā."),
           ("Domes sēžu tiešraides.", "Tiešraides multivide",
            "Sēdes protokols ar lēmumiem ir pieejams 5 darba dienu laikā.")],
    "en": [("Council meeting minutes published as scanned PDF files before 23 September 2018.",
            "Office files published before 23.09.2018",
            "Call us and we will send the minutes as text."),
           ("Live broadcasts of council meetings.", "Live media",
            "The minutes with the decisions are published within 5 working days.")],
    "ru": [("Протоколы заседаний думы, опубликованные как сканированные PDF до 23 сентября 2018 года.",
            "Офисные файлы, опубликованные до 23.09.2018",
            "Позвоните нам, и мы пришлём протокол в текстовом виде."),
           ("Прямые трансляции заседаний думы.", "Прямые трансляции",
            "Протокол с решениями публикуется в течение 5 рабочих дней.")],
}
BURDEN = {
    "lv": [("Vēsturiskās pagastu kartes (400 skenēti attēli) nav aprakstītas tekstā.",
            "Nesamērīgs slogs: aprakstīt 400 kartes izmaksātu vairāk nekā gada budžets arhīvam",
            "Arhīva darbinieks pa tālruni izstāstīs, kas kartē redzams.")],
    "en": [("The historic parish maps (400 scanned images) have no text description.",
            "Disproportionate burden: describing 400 maps would cost more than the archive's yearly budget",
            "An archive worker will tell you by phone what a map shows.")],
    "ru": [("Исторические карты волостей (400 сканированных изображений) не имеют текстового описания.",
            "Несоразмерная нагрузка: описание 400 карт стоило бы больше годового бюджета архива",
            "Сотрудник архива по телефону расскажет, что изображено на карте.")],
}

COMMENTS = [
    # (page slug, score, lang, text)
    ("apkures-kompensacija", logic.PARTLY, "lv", "Nesapratu, vai jāpievieno arī rēķini par malku."),
    ("apkures-kompensacija", logic.YES, "lv", "Paldies, viss skaidrs. Piezvanīju, un palīdzēja."),
    ("dzivesvietas-deklaresana", logic.NO, "lv", "Nav rakstīts, kas jādara, ja nav e-paraksta."),
    ("dzivesvietas-deklaresana", logic.YES, "lv", "Ērti, ka var pieteikt arī kaimiņš."),
    ("berna-uznemsana-pii-rinda", logic.PARTLY, "lv", "Gribētu redzēt, cik ilgi jāgaida rindā."),
    ("palidziba", logic.YES, "lv", "Labi, ka ir autobusa saraksts pa ciemiem."),
    ("apkures-kompensacija", logic.PARTLY, "ru", "Хорошо бы пример заполненного заявления."),
    ("dzivesvietas-deklaresana", logic.YES, "en", "Clear steps, thank you."),
]


def build(builder, home):
    """Create the statement page once, in three languages, and make it the footer link."""
    page = AccessibilityStatementPage.objects.filter(locale=builder.locales["lv"]).first()
    if page is None:
        page = builder._child(home, AccessibilityStatementPage, "piekluestamibas-pazinojums",
                              _fields("lv"))
    for lang in ("en", "ru"):
        builder._translate(page, lang, _fields(lang))
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    if not site_settings.statement_page_id:
        site_settings.statement_page = page
        site_settings.save()
    return page


def _fields(lang):
    def items(rows):
        return [("item", {"text": t, "reason": r, "alternative": a}) for t, r, a in rows]

    return {
        "title": TITLES[lang],
        "out_of_scope": items(OUT_OF_SCOPE[lang]),
        "disproportionate_burden": items(BURDEN[lang]),
        "prepared_on": timezone.localdate(),
        "last_reviewed": timezone.localdate(),
    }


def build_feedback(builder, today=None):
    """A year of answers on services and help pages, slowly getting better. Runs once."""
    if FeedbackMonthly.objects.exists():
        return
    today = today or timezone.localdate()
    months = logic.last_months(today, 12)
    rng = random.Random(2026)  # noqa: S311 - demo numbers, not security
    pages = list(ServicePage.objects.live().order_by("path")) + list(HelpPage.objects.live().order_by("path"))
    rows = []
    for n, page in enumerate(pages):
        lang = page.locale.language_code
        volume = {"lv": 12, "ru": 4, "en": 2}.get(lang, 2) + (n % 5)
        # Some pages start weak and improve; a few stay weak so the report has work to show.
        start = 0.45 + 0.05 * (n % 7)
        for i, month in enumerate(months):
            share_yes = min(0.9, start + 0.02 * i) if n % 6 else 0.35
            answers = max(0, volume + rng.randint(-2, 3))
            yes = round(answers * share_yes)
            partly = round((answers - yes) * 0.5)
            no = answers - yes - partly
            for score, count in ((logic.YES, yes), (logic.PARTLY, partly), (logic.NO, no)):
                if count:
                    rows.append(FeedbackMonthly(page=page, month=month, score=score, count=count))
    FeedbackMonthly.objects.bulk_create(rows)
    by_slug = {(p.slug, p.locale.language_code): p for p in pages}
    for i, (slug, score, lang, text) in enumerate(COMMENTS):
        page = by_slug.get((slug, lang))
        if page is not None:
            FeedbackComment.objects.create(page=page, day=today - datetime.timedelta(days=3 + 9 * i),
                                           score=score, text=text, lang=lang)
    builder.created += len(rows)


def build_audit_demo():
    """Demo audit runs, the plans built from them and the generated statement (audit app)."""
    try:
        call_command("audit_demo", verbosity=0)
    except CommandError:  # the audit app is not installed
        return
