"""Who may see what beyond the public site. The workflow issue extends this policy."""


def can_preview(user, article):
    """Editors (staff who may view articles) preview any story, published or not."""
    return user.is_active and user.is_staff and user.has_perm("articles.view_article")
