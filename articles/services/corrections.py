"""Corrections (Ralat, Koreksi, Klarifikasi, Hak Jawab) on published stories."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Correction


@transaction.atomic
def correction_add(*, article, kind, note, user=None, published_at=None):
    """Attach a dated note to a story that has been published; it updates the story."""
    if user is not None and not user.has_perm("articles.add_correction"):
        raise PermissionDenied(_("Only editors attach corrections."))
    if not article.has_gone_live():
        raise ValidationError(_("Corrections belong to stories that have been published."))
    correction = Correction.objects.create(
        article=article,
        kind=kind,
        note=note.strip(),
        published_at=published_at or timezone.now(),
        created_by=user,
    )
    article.content_updated_at = max(correction.published_at, timezone.now())
    article.save(update_fields=["content_updated_at"])
    return correction
