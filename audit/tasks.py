"""Background work: audit runs never block an admin request."""

from django_tasks import task

from .jobs import execute_run
from .models import AuditRun


@task()
def run_audit_task(run_id: int) -> int:
    """Run (or resume) one audit; returns the number of pages inspected this time."""
    run = AuditRun.objects.get(pk=run_id)
    if run.status in (AuditRun.Status.FINISHED, AuditRun.Status.CANCELLED):
        return 0
    try:
        summary = execute_run(run)
    except Exception as exc:
        AuditRun.objects.filter(pk=run_id).update(status=AuditRun.Status.FAILED,
                                                  message=str(exc)[:2000])
        raise
    return summary.pages
