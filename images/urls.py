from django.conf import settings
from django.urls import path

from . import views

# Renditions live under MEDIA_URL so a web server can serve existing files
# directly; this route answers the misses (and everything in development).
urlpatterns = [
    path(
        f"{settings.MEDIA_URL.lstrip('/')}renditions/<str:shard>/<str:name>",
        views.serve_rendition,
        name="image_rendition",
    ),
]
