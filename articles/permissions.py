"""One permission policy for stories: the admin, previews and later the API ask here.

Role membership only grants permissions (articles.roles); these functions
decide per story. ``user=None`` is never passed here: trusted code paths
(demo content, importers) call the services without a user.
"""

from .models import Article

Status = Article.Status

# States a story's own reporter may still change.
AUTHOR_EDITABLE = {Status.DRAFT, Status.IN_REVIEW, Status.UNPUBLISHED}

# Transitions: target → (permission, states it may start from).
TRANSITIONS = {
    Status.IN_REVIEW: (None, {Status.DRAFT, Status.UNPUBLISHED}),
    Status.DRAFT: ("articles.publish_article", {Status.IN_REVIEW}),
    Status.PUBLISHED: (
        "articles.publish_article",
        {Status.DRAFT, Status.IN_REVIEW, Status.UNPUBLISHED, Status.PUBLISHED, Status.TAKEN_DOWN},
    ),
    Status.UNPUBLISHED: ("articles.publish_article", {Status.PUBLISHED}),
    Status.TAKEN_DOWN: ("articles.take_down_article", {Status.PUBLISHED, Status.UNPUBLISHED}),
    "trashed": ("articles.delete_article", set(Status)),
    "restored": ("articles.restore_article", set(Status)),
    "purged": ("articles.empty_trash", set(Status)),
    "embargo_lifted": ("articles.lift_embargo", set(Status)),
}


def _is_staff(user):
    return user.is_authenticated and user.is_active and user.is_staff


def is_own(user, article):
    if article.created_by_id == user.pk:
        return True
    return any(author.user_id == user.pk for author in article.ordered_authors())


def can_view(user, article):
    """In the admin and through previews."""
    if not _is_staff(user) or not user.has_perm("articles.view_article"):
        return False
    return user.has_perm("articles.preview_any_article") or is_own(user, article)


def can_edit(user, article):
    if not _is_staff(user) or article.is_trashed():
        return False
    if not user.has_perm("articles.change_article"):
        return False
    if user.has_perm("articles.edit_any_article"):
        return True
    return article.status in AUTHOR_EDITABLE and is_own(user, article)


def can_transition(user, article, to):
    permission, sources = TRANSITIONS[to]
    if to in ("restored", "purged"):
        if not article.is_trashed():
            return False
    elif article.is_trashed() or article.status not in sources:
        return False
    if to == Status.IN_REVIEW:
        return can_edit(user, article)
    return _is_staff(user) and user.has_perm(permission)


def can_preview(user, article):
    return can_view(user, article)


def can_share_preview(user, article):
    """Make a link for people without an account: whoever may preview the story."""
    return can_view(user, article) and not article.is_trashed()
