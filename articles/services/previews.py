"""Shareable preview links: signed, expiring, revocable, checked by the policy."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import permissions
from ..models import PreviewLink


def preview_link_create(*, article, user, hours=None):
    if not permissions.can_share_preview(user, article):
        raise PermissionDenied(
            _("You may not share a preview of “%(story)s”.") % {"story": article}
        )
    lifetime = timedelta(hours=hours or settings.PREVIEW_LINK_HOURS)
    return PreviewLink.objects.create(
        article=article, created_by=user, expires_at=timezone.now() + lifetime
    )


def preview_link_revoke(*, link, user):
    if not permissions.can_share_preview(user, link.article):
        raise PermissionDenied(_("You may not revoke this link."))
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
    return link
