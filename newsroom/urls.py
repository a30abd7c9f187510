from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from articles.readership import beacon as article_beacon

from . import health

# The language lives in the URL: Indonesian at /…, English at /en/….
urlpatterns = i18n_patterns(
    path("admin/", admin.site.urls),
    # Password reset links from the user admin land here.
    path(
        "akun/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "akun/reset/selesai/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("", include("articles.urls")),
    prefix_default_language=False,
)

urlpatterns += [
    path("", include("images.urls")),
    # Machine-readable, language-neutral addresses: outside i18n_patterns.
    path("", include("articles.feed_urls")),
    path("", include("articles.sitemap_urls")),
    path("b/", article_beacon, name="beacon"),
    path("healthz", health.liveness, name="liveness"),
    path("readyz", health.readiness, name="readiness"),
    path("api/v1/", include("api.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Rendered without the database or a request context: see newsroom/errors.py.
handler500 = "newsroom.errors.server_error"
