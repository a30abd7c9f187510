from django.conf import settings
from django.core import signing
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .article import Article

SIGNING_SALT = "newsroom.preview-link"


class PreviewLink(models.Model):
    """A signed, expiring, revocable link to read a story before it is public."""

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="preview_links"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.article} ({self.expires_at:%Y-%m-%d %H:%M})"

    def get_absolute_url(self):
        token = signing.dumps({"link": self.pk}, salt=SIGNING_SALT)
        return reverse("articles:shared_preview", kwargs={"token": token})

    def is_valid(self):
        return self.revoked_at is None and self.expires_at > timezone.now()

    @classmethod
    def from_token(cls, token):
        """The live link a token names, or None (bad signature, revoked, expired)."""
        try:
            payload = signing.loads(token, salt=SIGNING_SALT)
        except signing.BadSignature:
            return None
        link = cls.objects.select_related("article").filter(pk=payload.get("link")).first()
        return link if link and link.is_valid() else None
