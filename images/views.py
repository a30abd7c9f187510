import re

from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.views.decorators.http import require_safe

from . import renditions
from .models import Image

NAME = re.compile(
    r"^(?P<pk>\d+)-(?P<hash>[0-9a-f]{16})-(?P<spec>[a-z0-9]+?)(?:-(?P<focal>\d{4,6}))?"
    r"\.(?P<fmt>avif|webp|jpg)$"
)
ONE_YEAR = 60 * 60 * 24 * 365


@require_safe
def serve_rendition(request, shard, name):
    """Serve a rendition, encoding it on first request.

    In production the web server answers from MEDIA_ROOT when the file exists
    and hands only misses to this view.
    """
    match = NAME.match(name)
    if not match or match["spec"] not in renditions.SPECS:
        raise Http404("No such rendition.")
    image = Image.objects.filter(pk=match["pk"], content_hash__startswith=match["hash"]).first()
    spec_name, fmt = match["spec"], match["fmt"]
    if image is None or image.content_hash[:2] != shard:
        raise Http404("No such image.")
    if fmt not in renditions.SPECS[spec_name].formats:
        raise Http404("No such rendition.")
    current = renditions.rendition_name(image, spec_name, fmt)
    if current != name:
        # The focal point moved since this address was handed out.
        return redirect(renditions.rendition_url(image, spec_name, fmt))
    path = renditions.ensure_rendition(image, spec_name, fmt)
    response = FileResponse(
        renditions.rendition_storage().open(path), content_type=renditions.FORMATS[fmt][1]
    )
    response["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
    return response
