"""Press releases sent as plain text, turned into draft stories of type "Rilis".

The parser is a handful of pure functions (no database) so every rule is
testable on its own; ``release_import`` is the one write, and it goes through
``services.article_create`` like every other programmatic creator.

The shape expected is the one press offices send and portals republish::

    Headline on the first non-empty line

    OUTLET.COM, Jakarta – First paragraph …

    More paragraphs, separated by blank lines.

    Puspen Kemendagri                  ← the signature: the issuing source

    About Portalindonews               ← site boilerplate, dropped with
    Check Also                            everything after it
    …

Decisions, so nothing is guessed silently (the caller reports each one):

- The dateline is recognised only at the start of the first body paragraph,
  as an upper-case outlet, a comma, one to four capitalised place names
  separated by commas, and a dash ("–", "—", or "-"/"--" between spaces). The
  whole place is kept as the dateline city ("Papua, Intan Jaya", not just
  "Intan Jaya"): it is what the release says, and the site's own dateline is
  written the same way. Anything else leaves the dateline "not found" and the
  paragraph untouched.
- The signature is the last paragraph when it is a single short line (at most
  60 characters and six words) with at least two letters, not ending like a
  sentence; enclosing parentheses are removed ("(Humas Jabar)" → "Humas Jabar").
  Its source is matched by name, by slug, or by the slug the name makes.
- Boilerplate starts at the first short line that begins with "About " or
  "Tentang ", or that is exactly "Check Also" / "Baca Juga" (a colon may
  follow); it and every line after it are dropped. Short, because an
  Indonesian paragraph may well begin with "Tentang …".
- Lines inside a paragraph are kept as written (``plain_text_to_html`` turns
  them into ``<br>``); only blank lines separate paragraphs.
"""

import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify

from .html import plain_text_to_html
from .models import Article, Source
from .services import article_create

HEADLINE_MAX_LENGTH = Article._meta.get_field("headline").max_length
CITY_MAX_LENGTH = Article._meta.get_field("dateline_city").max_length
SLUG_MAX_LENGTH = Article._meta.get_field("slug").max_length
SOURCE_SLUG_MAX_LENGTH = Source._meta.get_field("slug").max_length

SHORT_LINE_MAX_CHARS = 60
SHORT_LINE_MAX_WORDS = 6
SENTENCE_ENDINGS = tuple(".!?,;:\"'”’…")

_BLANK_LINES = re.compile(r"\n[ \t\f\v]*\n")
_WHITESPACE = re.compile(r"\s+")
_DATELINE = re.compile(
    r"""
    \A
    (?P<outlet>[A-Z0-9][A-Z0-9.&'’ -]{0,59}?)       # PORTALINDONEWS.COM, KABAR NUSANTARA
    \s*,\s*
    (?P<place>[^\W\d_][^,\n–—]{0,39}?               # Jakarta
        (?:\s*,\s*[^\W\d_][^,\n–—]{0,39}?){0,3})    # , Intan Jaya
    (?:\s*[–—]+\s*|\s+-{1,2}\s+)                    # – or — (spaces optional), - or --
    (?P<rest>.*)
    \Z
    """,
    re.VERBOSE | re.DOTALL,
)
_ABOUT = re.compile(r"(?:about|tentang)\s+\S", re.IGNORECASE)
_READ_MORE = re.compile(r"(?:check\s+also|baca\s+juga)\s*:?", re.IGNORECASE)


class ReleaseError(ValueError):
    """The text cannot become a story (empty, no headline, no body)."""


@dataclass(frozen=True)
class ParsedRelease:
    headline: str
    outlet: str | None
    city: str
    paragraphs: tuple[str, ...]
    signature: str | None
    dropped: tuple[str, ...] = field(default=())

    @property
    def body_text(self):
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class ImportedRelease:
    article: Article
    source: Source | None
    source_created: bool


# Parsing: pure functions -------------------------------------------------------------


def normalize_text(text):
    """Unix newlines, no byte-order mark, no non-breaking spaces, no trailing blanks."""
    text = (text or "").lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def split_headline(text):
    """The first non-empty line, and the text after it."""
    headline, _, rest = normalize_text(text).partition("\n")
    headline = _WHITESPACE.sub(" ", headline).strip()
    if not headline:
        raise ReleaseError("the file is empty")
    if len(headline) > HEADLINE_MAX_LENGTH:
        raise ReleaseError(
            f"the first line has {len(headline)} characters, more than a headline may have "
            f"({HEADLINE_MAX_LENGTH}); does the release start with its headline?"
        )
    return headline, rest


def is_short_line(line):
    line = line.strip()
    return (
        0 < len(line) <= SHORT_LINE_MAX_CHARS
        and len(line.split()) <= SHORT_LINE_MAX_WORDS
        and not line.endswith(SENTENCE_ENDINGS)
    )


def is_boilerplate_start(line):
    line = line.strip()
    if _READ_MORE.fullmatch(line):
        return True
    return bool(_ABOUT.match(line)) and is_short_line(line)


def split_boilerplate(text):
    """The text before the site's boilerplate, and the boilerplate's non-empty lines."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if is_boilerplate_start(line):
            dropped = tuple(kept.strip() for kept in lines[index:] if kept.strip())
            return "\n".join(lines[:index]).strip(), dropped
    return text.strip(), ()


def split_paragraphs(text):
    """Blank-line separated paragraphs, each line trimmed."""
    paragraphs = []
    for block in _BLANK_LINES.split(text.strip()):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines:
            paragraphs.append("\n".join(lines))
    return paragraphs


def parse_dateline(paragraph):
    """``(outlet, city, rest of the paragraph)``, or ``(None, "", paragraph)``."""
    match = _DATELINE.match(paragraph)
    if match is None:
        return None, "", paragraph
    outlet = _WHITESPACE.sub(" ", match["outlet"]).strip()
    places = [_WHITESPACE.sub(" ", part).strip() for part in match["place"].split(",")]
    city = ", ".join(places)
    if (
        not any(char.isalpha() for char in outlet)
        or not all(place[:1].isupper() for place in places)
        or len(city) > CITY_MAX_LENGTH
    ):
        return None, "", paragraph
    return outlet, city, match["rest"].strip()


def split_signature(paragraphs):
    """The paragraphs without the signature, and the signature (or None)."""
    if len(paragraphs) < 2 or "\n" in paragraphs[-1] or not is_short_line(paragraphs[-1]):
        return list(paragraphs), None
    signature = _WHITESPACE.sub(" ", paragraphs[-1]).strip()
    if signature.startswith("(") and signature.endswith(")"):
        signature = signature[1:-1].strip()
    if sum(char.isalpha() for char in signature) < 2:  # "###", "***": end marks, not names
        return list(paragraphs), None
    return list(paragraphs[:-1]), signature


def parse_release(text):
    """Recognise a plain-text press release; raises ``ReleaseError`` if it has no story."""
    headline, rest = split_headline(text)
    body, dropped = split_boilerplate(rest)
    paragraphs, signature = split_signature(split_paragraphs(body))
    outlet, city = None, ""
    if paragraphs:
        outlet, city, first = parse_dateline(paragraphs[0])
        paragraphs = [first, *paragraphs[1:]] if first else paragraphs[1:]
    if not paragraphs:
        raise ReleaseError("there is no body text after the headline")
    return ParsedRelease(
        headline=headline,
        outlet=outlet,
        city=city,
        paragraphs=tuple(paragraphs),
        signature=signature,
        dropped=dropped,
    )


# The database side -------------------------------------------------------------------


def source_for_signature(signature):
    """The existing source a signature names (name or slug, any case), or None."""
    if not signature:
        return None
    sources = Source.objects.order_by("pk")
    return (
        sources.filter(name__iexact=signature).first()
        or sources.filter(slug__iexact=signature).first()
        or sources.filter(slug=slugify(signature)).first()
    )


def _free_slug(model, base, max_length):
    taken = set(model.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    candidate, counter = base, 2
    while candidate in taken:
        suffix = f"-{counter}"
        candidate = base[: max_length - len(suffix)] + suffix
        counter += 1
    return candidate


def release_slug(headline):
    """A slug no other story uses, whatever its date, so publishing it later cannot clash."""
    base = (slugify(headline) or "rilis")[:SLUG_MAX_LENGTH].strip("-") or "rilis"
    return _free_slug(Article, base, SLUG_MAX_LENGTH)


@transaction.atomic
def release_import(*, release, section, source=None, user=None):
    """Create the draft story of a parsed release.

    ``source`` forces the source; otherwise the signature is matched to an
    existing source, or an *unverified* press-office source is created for it
    so an editor checks it. No signature and no forced source: no source.
    """
    source_created = False
    if source is None and release.signature:
        source = source_for_signature(release.signature)
        if source is None:
            name = release.signature[: Source._meta.get_field("name").max_length]
            source = Source.objects.create(
                name=name,
                slug=_free_slug(
                    Source,
                    (slugify(name) or "sumber")[:SOURCE_SLUG_MAX_LENGTH],
                    SOURCE_SLUG_MAX_LENGTH,
                ),
                kind=Source.Kind.PRESS_OFFICE,
                verified=False,
            )
            source_created = True
    article = article_create(
        headline=release.headline,
        slug=release_slug(release.headline),
        body_html=plain_text_to_html(release.body_text),
        section=section,
        source=source,
        user=user,
        article_type=Article.Type.PRESS_RELEASE,
        dateline_city=release.city,
        status=Article.Status.DRAFT,
    )
    return ImportedRelease(article=article, source=source, source_created=source_created)
