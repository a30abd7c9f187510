"""Redirects: chains collapse to one hop; loops are refused."""

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .models import Redirect

# WordPress answers every post and page by id: /?p=ID and /?page_id=ID. Those
# are the only query strings a redirect may match; any other query is ignored.
QUERY_PERMALINK_KEYS = ("p", "page_id")
_QUERY_PERMALINK = re.compile(r"^/\?(?:p|page_id)=[0-9]{1,18}$")


def normalize_path(path):
    path = "/" + path.strip().lstrip("/")
    if "://" in path or path.startswith("//"):
        raise ValidationError(_("Use a path on this site, starting with /."))
    if "?" in path and not _QUERY_PERMALINK.match(path):
        raise ValidationError(
            _("An address with a query can only be an old WordPress one: /?p=123 or /?page_id=123.")
        )
    return path


def query_permalink(key, post_id):
    return f"/?{key}={int(post_id)}"


def query_permalink_of(path, query):
    """The stored form of a WordPress id address (/?p=ID), or None for anything else."""
    if path != "/":
        return None
    for key in QUERY_PERMALINK_KEYS:
        value = query.get(key, "")
        if value.isascii() and value.isdigit() and len(value) <= 18:
            return query_permalink(key, value)
    return None


def resolved_destination(old_path, new_path):
    """Where ``old_path`` would end up in one hop; ValidationError for a loop."""
    final = redirect_target(new_path) or new_path
    if final == old_path:
        raise ValidationError(_("This redirect would send readers in a loop."), code="loop")
    return final


@transaction.atomic
def redirect_add(*, old_path, new_path, note=""):
    """Send ``old_path`` to ``new_path`` in one hop, whatever pointed where before."""
    old_path, new_path = normalize_path(old_path), normalize_path(new_path)
    new_path = resolved_destination(old_path, new_path)
    # The old path is a real address again at the destination: drop its redirect.
    Redirect.objects.filter(old_path=new_path).delete()
    # Everything that led to old_path now leads straight to new_path.
    Redirect.objects.filter(new_path=old_path).update(new_path=new_path)
    redirect, _created = Redirect.objects.update_or_create(
        old_path=old_path, defaults={"new_path": new_path, "note": note}
    )
    return redirect


def redirect_target(path):
    if "\x00" in path:  # no address has one, and PostgreSQL refuses it in a query
        return None
    return Redirect.objects.filter(old_path=path).values_list("new_path", flat=True).first()
