from django import forms
from django.utils.translation import gettext_lazy as _

from .runner import FAMILIES


class StartAuditForm(forms.Form):
    TARGET_THIS = "this"
    TARGET_OTHER = "other"

    target = forms.ChoiceField(
        label=_("What to audit"),
        choices=[(TARGET_THIS, _("This site")), (TARGET_OTHER, _("Another site (URL below)"))],
        widget=forms.RadioSelect, initial=TARGET_THIS,
    )
    url = forms.URLField(label=_("Start URL"), required=False, assume_scheme="https",
                         help_text=_("Only for another site, e.g. https://www.example.lv/"))
    max_pages = forms.IntegerField(label=_("Maximum pages"), min_value=1, max_value=5000,
                                   initial=100)
    max_depth = forms.IntegerField(label=_("Maximum link depth"), min_value=0, max_value=20,
                                   initial=5)
    concurrency = forms.IntegerField(label=_("Browsers in parallel"), min_value=1, max_value=4,
                                     initial=2)
    follow_links = forms.BooleanField(label=_("Follow links and read the sitemap"),
                                      required=False, initial=True)
    respect_robots = forms.BooleanField(label=_("Obey robots.txt"), required=False,
                                        initial=True)
    families = forms.MultipleChoiceField(
        label=_("Checks"), choices=[(f, f) for f in FAMILIES], initial=list(FAMILIES),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, may_audit_other_sites=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.may_audit_other_sites = may_audit_other_sites
        if not may_audit_other_sites:
            self.fields["target"].choices = self.fields["target"].choices[:1]
            del self.fields["url"]

    def clean(self):
        data = super().clean()
        if data.get("target") == self.TARGET_OTHER:
            if not self.may_audit_other_sites:
                raise forms.ValidationError(_("You may audit this site only."))
            if not data.get("url"):
                self.add_error("url", _("Give the address of the site to audit."))
        return data


class ReviewForm(forms.Form):
    verdict = forms.ChoiceField(label=_("Verdict"),
                                choices=[("passed", _("Passed")), ("failed", _("Failed"))])
    note = forms.CharField(label=_("Note"), required=False,
                           widget=forms.Textarea(attrs={"rows": 2}))
