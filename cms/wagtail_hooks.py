from wagtail import hooks

from .cache import mark_cacheable


@hooks.register("before_serve_page")
def flag_page_for_anonymous_cache(page, request, serve_args, serve_kwargs):
    mark_cacheable(page, request)


from . import feedback_admin, statement_admin  # noqa: E402, F401 - their hooks register on import
