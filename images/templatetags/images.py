from django import template

from .. import renditions

register = template.Library()

DEFAULT_SIZES = "(min-width: 48rem) 42rem, 100vw"


@register.inclusion_tag("images/picture.html")
def picture(image, *, alt=None, sizes=DEFAULT_SIZES, css_class="", loading="lazy"):
    """A <picture> with AVIF and WebP sources and a JPEG <img>, all with dimensions.

    Pure string work on the image row: no query, no file access.
    """
    if image is None:
        return {"image": None}
    specs = renditions.srcset_specs(image)
    widths = [(name, renditions.output_size(image, name)[0]) for name in specs]

    def srcset(fmt):
        return ", ".join(
            f"{renditions.rendition_url(image, name, fmt)} {width}w" for name, width in widths
        )

    default_spec = "w800" if "w800" in specs else specs[-1]
    width, height = renditions.output_size(image, default_spec)
    return {
        "image": image,
        "sources": [
            {"type": "image/avif", "srcset": srcset("avif")},
            {"type": "image/webp", "srcset": srcset("webp")},
        ],
        "src": renditions.rendition_url(image, default_spec, "jpg"),
        "srcset": srcset("jpg"),
        "sizes": sizes,
        "width": width,
        "height": height,
        "alt": image.alt_text if alt is None else alt,
        "css_class": css_class,
        "loading": loading,
    }


@register.simple_tag
def crop_url(image, ratio="16x9"):
    """Absolute path of a JPEG crop, for social cards and structured data."""
    return renditions.rendition_url(image, f"crop{ratio}", "jpg")
