"""State changes: each checked by the permission policy and written to the audit trail."""

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from redirects.services import redirect_add

from .. import permissions
from ..models import Article, ArticleTransition

Status = Article.Status
logger = logging.getLogger(__name__)


def _allow(user, article, to):
    if user is not None and not permissions.can_transition(user, article, to):
        raise PermissionDenied(
            _("You may not make this change to “%(story)s”.") % {"story": article}
        )


def _record(article, user, from_state, to_state, note=""):
    ArticleTransition.objects.create(
        article=article, user=user, from_state=from_state, to_state=to_state, note=note
    )


def _move(article, user, to, note="", **changes):
    """Apply a state change and record it; the caller has checked the policy."""
    from_state = article.status
    article.status = to
    for field, value in changes.items():
        setattr(article, field, value)
    article.changed_by = user or article.changed_by
    article.save()
    _record(article, user, from_state, to, note)
    return article


@transaction.atomic
def article_submit(*, article, user, note=""):
    """A reporter hands a draft to the editors."""
    _allow(user, article, Status.IN_REVIEW)
    return _move(article, user, Status.IN_REVIEW, note)


@transaction.atomic
def article_return_to_draft(*, article, user, note=""):
    """An editor sends a story in review back to its reporter."""
    _allow(user, article, Status.DRAFT)
    return _move(article, user, Status.DRAFT, note)


@transaction.atomic
def article_publish(*, article, user=None, published_at=None, note=""):
    """Publish now, or schedule when the publication time lies in the future.

    An embargoed story is scheduled for the embargo's end; an explicit time
    before the embargo is refused. A slug already taken on the story's date
    is refused too. Nothing is saved when refused.
    """
    _allow(user, article, Status.PUBLISHED)
    now = timezone.now()
    when = published_at or article.published_at or now
    if article.embargo_until and when < article.embargo_until:
        if published_at is not None:
            raise ValidationError(
                _("This story is under embargo until %(time)s; it cannot be published earlier.")
                % {"time": timezone.localtime(article.embargo_until).strftime("%d-%m-%Y %H:%M")},
                code="embargo",
            )
        when = article.embargo_until
    article.published_at = when
    if not article.has_gone_live():
        # Until a story has actually been seen, its first publication follows
        # the schedule (and so does the date in its address).
        article.first_published_at = when
    article.validate_slug_is_free()
    return _move(article, user, Status.PUBLISHED, note, takedown_reason="")


@transaction.atomic
def article_unpublish(*, article, user=None, note=""):
    """Take a story off the site; its address stays reserved and answers 404."""
    _allow(user, article, Status.UNPUBLISHED)
    if not article.has_gone_live():
        article.first_published_at = None
    return _move(article, user, Status.UNPUBLISHED, note)


@transaction.atomic
def article_take_down(*, article, user=None, reason):
    """Remove a story for legal or ethical reasons; readers get 410 and the reason."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give the public reason for the takedown."), code="reason")
    _allow(user, article, Status.TAKEN_DOWN)
    return _move(article, user, Status.TAKEN_DOWN, reason, takedown_reason=reason)


@transaction.atomic
def article_lift_embargo(*, article, user=None, note):
    """End an embargo early: an audited editor's decision, with a note."""
    note = (note or "").strip()
    if not note:
        raise ValidationError(_("Say why the embargo is lifted early."), code="note")
    _allow(user, article, "embargo_lifted")
    if article.embargo_until is None:
        return article
    was = timezone.localtime(article.embargo_until).isoformat()
    article.embargo_until = None
    article.changed_by = user or article.changed_by
    article.save()
    _record(article, user, f"embargo until {was}", "embargo lifted", note)
    return article


@transaction.atomic
def article_trash(*, article, user=None):
    _allow(user, article, "trashed")
    article.deleted_at, article.deleted_by = timezone.now(), user
    article.save()
    _record(article, user, article.status, "trash")
    return article


@transaction.atomic
def article_restore(*, article, user=None):
    _allow(user, article, "restored")
    article.deleted_at, article.deleted_by = None, None
    article.save()
    _record(article, user, "trash", article.status)
    return article


@transaction.atomic
def article_purge(*, article, user=None):
    """Delete a trashed story for good (administrators)."""
    _allow(user, article, "purged")
    logger.info("Story %s (%s) deleted for good by %s", article.pk, article, user)
    article.delete()


class EditConflict(ValidationError):
    """The story changed since the editor opened it."""


def check_version(*, article, expected_version):
    """Refuse (EditConflict) when someone saved the story after ``expected_version``.

    The conditional UPDATE takes the row's write lock, so two saves racing from
    the same version cannot both pass.
    """
    if expected_version is None or article.pk is None:
        return
    claimed = Article.objects.filter(pk=article.pk, version=expected_version).update(
        version=expected_version
    )
    if not claimed:
        raise EditConflict(
            _("Someone else saved this story while you were editing it."), code="conflict"
        )


@transaction.atomic
def article_save(*, article, user=None, previous_path=None, expected_version=None):
    """Save an edit. A published story whose address changed leaves a 301 behind.

    With ``expected_version`` (the version the editor started from) a save on
    top of someone else's newer one is refused with EditConflict.
    """
    if user is not None and not permissions.can_edit(user, article):
        raise PermissionDenied(_("You may not edit “%(story)s”.") % {"story": article})
    check_version(article=article, expected_version=expected_version)
    if expected_version is not None:
        article.version = expected_version
    article.changed_by = user or article.changed_by
    article.save()
    new_path = article.canonical_path()
    if previous_path and previous_path != new_path and article.has_gone_live():
        redirect_add(old_path=previous_path, new_path=new_path, note=str(article)[:200])
    return article
