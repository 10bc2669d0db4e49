"""Our own pages are the first test of our auditor: the demo site has zero violations."""

import pytest
from django.core.management import call_command

from audit.runner import AuditConfig, run_audit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_auditing_the_demo_site_finds_no_violations(live_server):
    call_command("load_demo", verbosity=0)
    summary = run_audit(
        AuditConfig(
            start_urls=[live_server.url + "/lv/", live_server.url + "/en/", live_server.url + "/ru/"],
            max_pages=200,
            # Infographic PNG/PDF downloads are files made on demand, not pages.
            exclude=[r"infographic="],
            allow_private_hosts=["localhost", "127.0.0.1"],
        )
    )
    violations = [(page.url, f.rule, f.selector) for page, f in summary.findings("violation")]
    # Pages the crawl could not load (timeouts on a loaded CI machine) are not
    # violations; the run must still have covered the site.
    assert summary.pages >= 40, summary.pages
    assert violations == []
