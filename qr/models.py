"""Short links printed as QR codes, and their scans counted per day."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import codes


class ShortLinkQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def for_page(self, page):
        return self.filter(page=page)

    def with_scan_totals(self):
        """Each link's scans of all time as `scans_all`, in the same query."""
        return self.annotate(scans_all=Sum("daily_scans__count", default=0))


class ShortLink(models.Model):
    """One printed code: one print run of one page (or outside address)."""

    code = models.CharField(_("code"), max_length=16, unique=True, editable=False)
    # SET_NULL: a deleted page must not delete the record of what was printed.
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="short_links", verbose_name=_("page"),
    )
    external_url = models.URLField(
        _("outside address"), blank=True,
        help_text=_("Only when the code leads outside this site."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("language"),
        help_text=_("Open the page in this language. Empty: in the visitor's language."),
    )
    label = models.CharField(
        _("print run"), max_length=200,
        help_text=_("Where this code is printed, e.g. 'Leaflet with the January water bill, Svēte'."),
    )
    purpose = models.CharField(
        _("what the code opens"), max_length=200, blank=True,
        help_text=_("One sentence printed next to the code, e.g. 'Watch a video: how to declare "
                    "your residence'. Empty: 'The code opens the page …' with the page title."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    retired_at = models.DateTimeField(_("retired at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = ShortLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("QR code")
        verbose_name_plural = _("QR codes")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.code} – {self.label}"

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = _unused_code()
        super().save(*args, **kwargs)

    def clean(self):
        if not self.page_id and not self.external_url:
            raise ValidationError(_("Choose a page or give an outside address."))
        if self.page_id and self.external_url:
            raise ValidationError(_("Choose a page or an outside address, not both."))

    def retire(self):
        self.is_active = False
        self.retired_at = timezone.now()
        self.save(update_fields=["is_active", "retired_at"])

    def reactivate(self):
        self.is_active = True
        self.retired_at = None
        self.save(update_fields=["is_active", "retired_at"])

    @cached_property
    def target_title(self):
        if self.page_id and self.page:
            page = self.page
            if self.locale_id and page.locale_id != self.locale_id:
                page = page.get_translation_or_none(self.locale) or page
            return page.title
        return self.external_url

    @property
    def print_sentence(self):
        """The sentence printed next to the code: what scanning it opens."""
        if self.purpose:
            return self.purpose
        if self.external_url:
            return gettext("The code opens %(address)s.") % {"address": self.external_url}
        return gettext("The code opens the page “%(title)s” on our website.") % {
            "title": self.target_title or ""
        }

    def short_url(self):
        """The absolute address printed under the code and encoded in it."""
        from .conf import short_base_url

        return f"{short_base_url()}/q/{self.code}"

    def short_address(self):
        """The address as people read and type it: no scheme."""
        return self.short_url().split("://", 1)[-1]


def _unused_code(attempts=10):
    for _attempt in range(attempts):
        code = codes.new_code()
        if not ShortLink.objects.filter(code=code).exists():
            return code
    raise RuntimeError(f"Could not find an unused QR code after {attempts} attempts")


class DailyScan(models.Model):
    """How many times a code was scanned on one day. No visitor data at all."""

    link = models.ForeignKey(ShortLink, on_delete=models.CASCADE, related_name="daily_scans")
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("scans"), default=0)

    class Meta:
        verbose_name = _("scans on one day")
        verbose_name_plural = _("scans per day")
        constraints = [models.UniqueConstraint(fields=["link", "day"], name="qr_one_row_per_link_day")]

    def __str__(self):
        return f"{self.link_id} {self.day}: {self.count}"


def count_scan(link_id, day=None):
    """Add one scan to the (link, day) row, creating the row on the day's first scan.

    SQLite and PostgreSQL get a single atomic upsert, safe however many
    processes count at once and free of transaction state; other databases get
    update, else insert, else update again (the insert lost a race).
    """
    day = day or timezone.localdate()
    if connection.vendor in ("sqlite", "postgresql"):
        table = connection.ops.quote_name(DailyScan._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (link_id, day, count) VALUES (%s, %s, 1) "  # noqa: S608
                f"ON CONFLICT (link_id, day) DO UPDATE SET count = {table}.count + 1",
                [link_id, connection.ops.adapt_datefield_value(day)],
            )
        return
    _count_scan_portable(link_id, day)


def _count_scan_portable(link_id, day):
    rows = DailyScan.objects.filter(link_id=link_id, day=day)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            DailyScan.objects.create(link_id=link_id, day=day, count=1)
    except IntegrityError:
        rows.update(count=F("count") + 1)
