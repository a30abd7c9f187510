"""Template helpers for news pages: local dates with the zone label, datelines, the site chrome."""

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, pgettext

from newsroom.objectcache import process_cached

register = template.Library()


@register.filter
def newsdate(value):
    """ "Senin, 20 Juni 2022 10.15 WIB" in Indonesian; the zone label follows TIME_ZONE."""
    if not value:
        return ""
    # Translators: a Django date format: weekday, day, month name, year, time, zone.
    pattern = pgettext("news datetime format", "l, j F Y, H:i T")
    return format_date(timezone.localtime(value), pattern)


@register.filter
def isodate(value):
    # Whole seconds: HTML's <time datetime> allows at most three fraction digits.
    return timezone.localtime(value).isoformat(timespec="seconds") if value else ""


@register.simple_tag
def with_dateline(article, body):
    """The rendered body with "SITE NAME, City –" opening its first paragraph."""
    if not article.dateline_city:
        return body
    dateline = format_html(
        '<span class="dateline">{}, {}</span> – ', settings.SITE_NAME.upper(), article.dateline_city
    )
    if body.startswith("<p>"):
        return mark_safe(f"<p>{dateline}{body[3:]}")  # noqa: S308
    return mark_safe(f"<p>{dateline}</p>{body}")  # noqa: S308


@register.tag
def sitechrome(parser, token):
    """``{% sitechrome "name" %}…{% endsitechrome %}``: rendered once per content version
    and language in each process.

    For the header and footer every page repeats. What it encloses may depend on
    the published content, the language and the settings only: never on the
    request, the page or the time.
    """
    try:
        _tag, name = token.split_contents()
    except ValueError:
        raise template.TemplateSyntaxError("sitechrome takes one argument: a name.") from None
    nodelist = parser.parse(("endsitechrome",))
    parser.delete_first_token()
    return SiteChromeNode(name.strip("\"'"), nodelist)


class SiteChromeNode(template.Node):
    # Not searched for {% block %}s (a block cannot vary inside it), which also
    # spares every page that extends base.html walking its contents.
    child_nodelists = ()

    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        return process_cached(
            f"chrome:{self.name}:{get_language()}",
            lambda: self.nodelist.render(context),
            request=context.get("request"),
        )
