"""Third-party embeds from an allowlist, shown as click-to-load placeholders.

Readers' browsers contact no third party until they click: the page carries
only the provider's name and the iframe address in data attributes.
"""

import re
from dataclasses import dataclass
from urllib.parse import quote

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Embed:
    provider: str
    label: str
    url: str
    iframe_src: str


_YOUTUBE = re.compile(
    r"^https://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?v=|shorts/)|youtu\.be/)([\w-]{6,20})(?:[&?#].*)?$"
)
_X = re.compile(r"^https://(?:www\.)?(?:x|twitter)\.com/\w{1,30}/status/(\d{5,25})(?:[/?#].*)?$")
_INSTAGRAM = re.compile(r"^https://(?:www\.)?instagram\.com/(?:p|reel)/([\w-]{5,40})/?(?:[?#].*)?$")
_FACEBOOK = re.compile(
    r"^https://(?:(?:www|m)\.facebook\.com/[\w.\-/]*videos/[\w.\-/]+|fb\.watch/[\w-]+/?)(?:[?#].*)?$"
)


def embed_for(url):
    """The embed for an allowlisted URL, or None."""
    url = (url or "").strip()
    if match := _YOUTUBE.match(url):
        return Embed(
            "youtube", "YouTube", url, f"https://www.youtube-nocookie.com/embed/{match[1]}"
        )
    if match := _X.match(url):
        return Embed("x", "X", url, f"https://platform.twitter.com/embed/Tweet.html?id={match[1]}")
    if match := _INSTAGRAM.match(url):
        return Embed("instagram", "Instagram", url, f"https://www.instagram.com/p/{match[1]}/embed")
    if _FACEBOOK.match(url):
        return Embed(
            "facebook",
            "Facebook",
            url,
            f"https://www.facebook.com/plugins/video.php?href={quote(url, safe='')}",
        )
    return None


PROVIDER_NOTICE = _(
    "This content is hosted by %(provider)s. Showing it lets %(provider)s see your visit."
)
