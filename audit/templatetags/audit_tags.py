from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """``{{ row|get_item:"needs-review" }}``: dict keys that are not identifiers."""
    try:
        return mapping.get(key, "")
    except AttributeError:
        return ""
