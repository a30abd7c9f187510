"""A realistic archive for scale tests: what ``manage.py generate_articles`` writes.

Deterministic: the same seed, anchor time and span give the same stories. Each
chunk of stories draws from its own random generator (seeded by the seed and
the chunk's number), so chunks can be written in any order, by several workers.

The shape follows a decade-old Indonesian portal: a dozen sections, a hundred
and fifty press offices and agencies, eight hundred reporters, six thousand
tags with Zipf-like popularity (a few on every tenth story, most on a
handful), stories spread over a span of days (ten years by default; a shorter
span gives a small archive the daily density of a big one) and more frequent
towards the present, bodies of 300–600 words, and small
shares of drafts, stories in review, scheduled, unpublished, taken-down,
trashed, embargoed and expiring stories, corrections and edited stories.

Every derived column the site relies on is filled as the services would:
``first_published_at``, ``url_date`` (the Jakarta date), ``version``,
``content_updated_at``, bylines with positions and publication times, tag
links. For PostgreSQL's search column, each story also keeps the parts of its
text (``Batch.search_texts``) that articles/generator_search.py turns into the
vector.
"""

import random
import sys
from array import array
from bisect import bisect, bisect_left
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import accumulate

from . import generator_words as words

DAYS = 3650  # the archive's default span: ten years
TAG_COUNT = 6000
AUTHOR_COUNT = 800
SOURCE_COUNT = 150
EDITOR_COUNT = 30
SENTENCE_POOL = 4096  # divides 65 536: bodies draw sentences from random bytes, unbiased
BODY_WORDS = (300, 600, 420)  # low, high, mode (triangular)

# Shares of stories by state, as cumulative thresholds of one uniform draw.
STATE_SHARES = [
    ("draft", 0.030),
    ("in_review", 0.015),
    ("scheduled", 0.007),
    ("unpublished", 0.012),
    ("taken_down", 0.005),
    ("published", 1.0),
]
TRASHED_SHARE = 0.003
# Stories scheduled at most this far ahead, drawn among those of the last as many days.
SCHEDULE_HORIZON = timedelta(days=14)
EDITED_SHARE = 0.15
CORRECTED_SHARE = 0.01
EMBARGOED_SHARE = 0.005
EXPIRED_SHARE = 0.003
EXPIRING_SHARE = 0.005
NOINDEX_SHARE = 0.01
SOURCE_SHARE = 0.35
EDITOR_SHARE = 0.6
REVISION_SHARE = 0.01
TRANSITION_SHARE = 0.05
VIEW_COUNT_DAYS = 7
TYPES = [("berita", 0.88), ("opini", 0.06), ("rilis", 0.04), ("advertorial", 0.02)]
AUTHORS_PER_STORY = [(1, 0.70), (2, 0.22), (3, 0.08)]
TAGS_PER_STORY = (3, 8)
SECTION_WEIGHTS = {
    "nasional": 18,
    "daerah": 20,
    "ekonomi": 12,
    "politik": 10,
    "hukum": 8,
    "olahraga": 8,
    "teknologi": 5,
    "pendidikan": 5,
    "kesehatan": 5,
    "internasional": 5,
    "gaya-hidup": 3,
    "arsip-khusus": 0.5,
    "liputan-khusus": 0.5,
}


def _rng(*parts):
    # Test data, not secrets: a seeded, reproducible generator is the point.
    return random.Random(":".join(str(part) for part in parts))  # noqa: S311


def _choice(rng, values):
    # random.choice() and randint() reject samples in Python code: a float draw is
    # several times cheaper, and its bias (below 1e-12 here) is of no consequence.
    return values[int(rng.random() * len(values))]


def _between(rng, low, high):
    return low + int(rng.random() * (high - low + 1))


def zipf_weights(count, exponent=1.0, offset=0.0):
    """Cumulative Zipf–Mandelbrot weights: rank r weighs 1 / (r + offset) ** exponent."""
    return list(accumulate(1 / (rank + offset) ** exponent for rank in range(1, count + 1)))


def _cumulative(pairs):
    values = [value for value, _share in pairs]
    return values, list(accumulate(share for _value, share in pairs))


# The vocabulary: names of sections, sources, authors and tags.


def section_specs():
    return [
        {"name": name, "slug": slug, "nav_position": position if position <= 12 else None}
        for position, (name, slug) in enumerate(words.SECTIONS, start=1)
    ]


def source_specs(seed):
    rng = _rng(seed, "sources")
    pairs = [(i, p) for i in words.INSTITUTIONS for p in words.PLACES]
    rng.shuffle(pairs)
    specs = [
        {
            "name": f"Kantor Berita {name}",
            "slug": f"kantor-berita-{name.lower()}",
            "kind": "wire_agency",
        }
        for name in ("Nusantara", "Khatulistiwa", "Samudra")
    ]
    for institution, place in pairs[: SOURCE_COUNT - len(specs)]:
        name = f"Humas {institution} {place}"
        specs.append({"name": name, "slug": slugify_ascii(name), "kind": "press_office"})
    return specs


def author_specs(seed):
    rng = _rng(seed, "authors")
    pairs = [(f, last) for f in words.FIRST_NAMES for last in words.LAST_NAMES]
    rng.shuffle(pairs)
    specs = [
        {"name": f"{first} {last}", "slug": slugify_ascii(f"{first} {last}"), "kind": "person"}
        for first, last in pairs[:AUTHOR_COUNT]
    ]
    for desk in ("Tim Redaksi", "Desk Daerah", "Desk Ekonomi", "Desk Olahraga"):
        specs.append({"name": desk, "slug": slugify_ascii(desk), "kind": "institution"})
    return specs


def tag_specs(seed):
    """Tags from most to least popular: single topics and places first, then pairs."""
    rng = _rng(seed, "tags")
    singles = list(dict.fromkeys(words.TOPICS + words.PLACES + words.INSTITUTIONS))
    rng.shuffle(singles)
    pairs = [f"{topic} {place}" for topic in words.TOPICS for place in words.PLACES]
    pairs += [
        f"{topic} {other}" for topic in words.TOPICS for other in words.TOPICS if topic < other
    ]
    rng.shuffle(pairs)
    names = list(dict.fromkeys(singles + pairs))[:TAG_COUNT]
    return [{"name": name, "slug": slugify_ascii(name)} for name in names]


def slugify_ascii(text):
    return "-".join(text.lower().split())


# The text.


def sentence_pool(seed):
    """Sentences to draw bodies from: function words frequent, content words rare."""
    rng = _rng(seed, "sentences")
    vocabulary = words.FUNCTION_WORDS + words.CONTENT_WORDS
    weights = list(accumulate([6] * len(words.FUNCTION_WORDS) + [1] * len(words.CONTENT_WORDS)))
    pool = []
    for _ in range(SENTENCE_POOL):
        picked = rng.choices(vocabulary, cum_weights=weights, k=rng.randint(8, 18))
        if rng.random() < 0.2:
            picked = [rng.choice(words.SENTENCE_OPENERS).lower(), *picked]
        text = " ".join(picked)
        pool.append((text[0].upper() + text[1:] + ".", len(picked)))
    return pool


@dataclass
class Vocabulary:
    """Ids of the taxonomy rows in the database, with how often each is picked."""

    section_ids: dict
    source_ids: list
    author_ids: list
    desk_ids: list
    editor_ids: list
    tag_ids: list
    tag_names: dict
    author_names: dict
    sentences: list
    opinion_section_id: int
    section_choice: tuple = field(init=False)
    tag_weights: list = field(init=False)
    author_weights: list = field(init=False)
    source_weights: list = field(init=False)

    def __post_init__(self):
        ids = [pk for slug, pk in self.section_ids.items() if slug in SECTION_WEIGHTS]
        weights = [SECTION_WEIGHTS[slug] for slug in self.section_ids if slug in SECTION_WEIGHTS]
        self.section_choice = (ids, list(accumulate(weights)))
        self.tag_weights = zipf_weights(len(self.tag_ids), exponent=1.0, offset=12)
        self.author_weights = zipf_weights(len(self.author_ids), exponent=0.7, offset=5)
        self.source_weights = zipf_weights(len(self.source_ids), exponent=0.9, offset=2)


@dataclass
class Batch:
    """One chunk's rows, table by table (attribute names as keys)."""

    articles: list = field(default_factory=list)
    bylines: list = field(default_factory=list)  # (article_id, author_id, position)
    taggings: list = field(default_factory=list)  # (article_id, tag_id)
    corrections: list = field(default_factory=list)
    transitions: list = field(default_factory=list)
    revisions: list = field(default_factory=list)
    view_counts: list = field(default_factory=list)  # (article_id, day, count)
    # Per story: (headline, lead, focus, dek's pool number, the body's pool numbers)
    search_texts: list = field(default_factory=list)


class StoryMaker:
    """Makes the rows of one chunk of stories."""

    def __init__(self, vocabulary, *, seed, now, tz, days=DAYS):
        self.v = vocabulary
        self.seed = seed
        self.now = now.replace(microsecond=0)
        self.tz = tz
        self.span = timedelta(days=days).total_seconds()
        self.sentence_texts = [text for text, _length in vocabulary.sentences]
        self.sentence_lengths = [length for _text, length in vocabulary.sentences]
        self.sentence_numbers = range(len(vocabulary.sentences))
        self.states, self.state_weights = _cumulative(
            [(state, share) for state, share in STATE_SHARES]
        )
        self.types, self.type_weights = _cumulative(TYPES)
        self.byline_sizes, self.byline_weights = _cumulative(AUTHORS_PER_STORY)
        self.timeline = None

    def lay_out(self, first_id, count):
        """Stories ``first_id`` … ``first_id + count - 1`` go out in that order.

        A newsroom's ids follow its publication times (a story is created hours
        before it goes out), so a table is physically in time order and a month
        of stories sits together on disk; dates drawn at random per id would
        scatter every month over the whole table.
        """
        self.timeline = (first_id, count)

    def batch(self, chunk, first_id, count):
        rng = _rng(self.seed, "chunk", chunk)
        batch = Batch()
        for pk in range(first_id, first_id + count):
            self._story(rng, pk, batch)
        return batch

    def _pick(self, rng, values, cumulative):
        return values[bisect(cumulative, rng.random() * cumulative[-1])]

    def _story(self, rng, pk, batch):
        v = self.v
        article_type = self._pick(rng, self.types, self.type_weights)
        if article_type == "opini":
            section_id = v.opinion_section_id
        else:
            section_id = self._pick(rng, *v.section_choice)
        tag_ids = self._tags(rng)
        tag_names = [v.tag_names[t] for t in tag_ids]
        place = _choice(rng, words.PLACES)
        headline, lead = self._headline(rng, place)
        dek = _choice(rng, self.sentence_numbers)
        focus = f"Isu {' dan '.join(tag_names[:2])} menjadi perhatian warga {place}."
        body = self._body(rng, lead, focus)
        batch.search_texts.append((headline, lead, focus, dek, body))
        row = {
            "id": pk,
            "headline": headline,
            "slug": f"{slugify_ascii(headline)}-{pk}",
            "dek": self.sentence_texts[dek],
            "body": self._body_html(lead, focus, body),
            "dateline_city": place,
            "article_type": article_type,
            "section_id": section_id,
            "source_id": (
                self._pick(rng, v.source_ids, v.source_weights)
                if rng.random() < SOURCE_SHARE
                else None
            ),
            "editor_id": _choice(rng, v.editor_ids) if rng.random() < EDITOR_SHARE else None,
            "noindex": rng.random() < NOINDEX_SHARE,
            "featured_image_alt": "",
            "featured_image_caption": "",
            "seo_title": "",
            "social_title": "",
            "social_description": "",
            "takedown_reason": "",
            "embargo_until": None,
            "expires_at": None,
            "deleted_at": None,
        }
        self._dates(rng, row)
        batch.articles.append(row)
        author_ids = self._authors(rng)
        # Links carry their story's publication time (articles/link_times.py).
        published = row["published_at"]
        batch.bylines.extend(
            (pk, author_id, pos, published) for pos, author_id in enumerate(author_ids)
        )
        batch.taggings.extend((pk, tag_id, published) for tag_id in sorted(tag_ids))
        self._history(rng, row, tag_names, author_ids, batch)

    def _tags(self, rng):
        wanted = _between(rng, *TAGS_PER_STORY)
        picked = dict.fromkeys(
            rng.choices(self.v.tag_ids, cum_weights=self.v.tag_weights, k=wanted)
        )
        while len(picked) < wanted:
            picked[self._pick(rng, self.v.tag_ids, self.v.tag_weights)] = None
        return list(picked)

    def _authors(self, rng):
        size = self._pick(rng, self.byline_sizes, self.byline_weights)
        if rng.random() < 0.05:
            return [_choice(rng, self.v.desk_ids)]
        picked = {}
        while len(picked) < size:
            picked[self._pick(rng, self.v.author_ids, self.v.author_weights)] = None
        return list(picked)

    def _headline(self, rng, place):
        actor = _choice(rng, words.INSTITUTIONS)
        verb = _choice(rng, words.HEADLINE_VERBS)
        thing = _choice(rng, words.HEADLINE_OBJECTS)
        topic = _choice(rng, words.TOPICS)
        headline = f"{actor} {place.capitalize()} {verb.capitalize()} {thing.capitalize()} {topic}"
        if rng.random() < 0.5:
            headline += f" di {_choice(rng, words.PLACES)}"
        day = _choice(rng, words.WEEKDAYS)
        lead = f"{actor} {place} memutuskan {verb} {thing} {topic.lower()} pada {day} pekan ini."
        return headline, lead

    def _body(self, rng, lead, focus):
        """Pool sentences after the lead and focus sentences, up to a drawn word count."""
        target = int(rng.triangular(*BODY_WORDS))
        draws = array("H", rng.randbytes(2 * (target // 10)))
        if sys.byteorder == "big":
            draws.byteswap()  # the same archive on any machine
        picked = [draw % SENTENCE_POOL for draw in draws]
        opening = lead.count(" ") + focus.count(" ") + 2
        words_so_far = accumulate(map(self.sentence_lengths.__getitem__, picked), initial=opening)
        # The first sentence that reaches the target is the last one.
        return picked[: bisect_left(list(words_so_far), target)]

    def _body_html(self, lead, focus, body, step=4):
        sentences = [lead, focus, *map(self.sentence_texts.__getitem__, body)]
        paragraphs = [" ".join(sentences[i : i + step]) for i in range(0, len(sentences), step)]
        return "<p>" + "</p>\n<p>".join(paragraphs) + "</p>"

    def _dates(self, rng, row):
        """Publication times, the state and the columns derived from them."""
        state = self._pick(rng, self.states, self.state_weights)
        # More stories in recent years: ages cluster towards now. Laid out, the
        # draw is the story's place in the run (oldest first) plus jitter.
        share = rng.random()
        if self.timeline:
            first_id, count = self.timeline
            share = 1 - (row["id"] - first_id + share) / count
        age = timedelta(seconds=int(self.span * share**1.4) + 600)
        moment = self.now - age
        if state == "scheduled" and age > SCHEDULE_HORIZON:
            # Only a story written lately still waits for its time: a share of
            # the whole archive would put a scheduled change every few minutes.
            state = "published"
        created = moment - timedelta(seconds=_between(rng, 600, 6 * 3600))
        row.update(status=state, created_at=created, version=_between(rng, 1, 3))
        row.update(published_at=None, first_published_at=None, url_date=None)
        row["content_updated_at"] = None
        if state in ("draft", "in_review"):
            row["updated_at"] = created + timedelta(seconds=_between(rng, 60, 3600))
            if row["updated_at"] > self.now:
                row["updated_at"] = self.now
            return
        if state == "scheduled":
            moment = self.now + timedelta(
                seconds=_between(rng, 3600, SCHEDULE_HORIZON.days * 86400)
            )
            row["created_at"] = self.now - timedelta(seconds=_between(rng, 600, 86400))
            row["status"] = "published"
        row.update(published_at=moment, first_published_at=moment, version=_between(rng, 2, 3))
        row["url_date"] = moment.astimezone(self.tz).date()
        # A scheduled story was last saved when it was scheduled, not at its time.
        row["updated_at"] = min(moment, row["created_at"] + timedelta(minutes=5))
        if state == "unpublished" and rng.random() < 0.3:
            # Unpublished before it went live: no first publication, still dated by schedule.
            row["first_published_at"] = None
        if state == "taken_down":
            row["takedown_reason"] = _choice(rng, words.TAKEDOWN_REASONS)
        if state == "published":
            self._published_extras(rng, row)
        if rng.random() < TRASHED_SHARE:
            row["deleted_at"] = min(self.now, moment + timedelta(days=_between(rng, 1, 30)))

    def _published_extras(self, rng, row):
        moment = row["published_at"]
        draw = rng.random()
        if draw < EMBARGOED_SHARE:
            row["embargo_until"] = moment
        elif draw < EMBARGOED_SHARE + EXPIRED_SHARE:
            row["expires_at"] = moment + (self.now - moment) / 2
        elif draw < EMBARGOED_SHARE + EXPIRED_SHARE + EXPIRING_SHARE:
            row["expires_at"] = self.now + timedelta(days=_between(rng, 1, 90))
        if rng.random() < EDITED_SHARE:
            edited = moment + timedelta(seconds=_between(rng, 600, 30 * 86400))
            if edited < self.now:
                row["content_updated_at"] = row["updated_at"] = edited
                row["version"] += _between(rng, 1, 4)

    def _history(self, rng, row, tag_names, author_ids, batch):
        """Corrections, audit entries, revisions and recent view counts for some stories."""
        pk, first = row["id"], row["first_published_at"]
        live = first is not None and first <= self.now
        if live and row["status"] == "published" and rng.random() < CORRECTED_SHARE:
            at = min(self.now, first + timedelta(seconds=_between(rng, 3600, 7 * 86400)))
            batch.corrections.append(
                {
                    "article_id": pk,
                    "kind": _choice(rng, ["ralat", "koreksi", "klarifikasi", "hak_jawab"]),
                    "note": _choice(rng, words.CORRECTION_NOTES) + ".",
                    "published_at": at,
                }
            )
            row["content_updated_at"] = max(at, row["content_updated_at"] or at)
            row["updated_at"] = max(row["updated_at"], at)
        if row["status"] != "draft" and (
            row["status"] != "published" or rng.random() < TRANSITION_SHARE
        ):
            batch.transitions.append(
                {
                    "article_id": pk,
                    "from_state": "draft" if row["status"] != "taken_down" else "published",
                    "to_state": row["status"],
                    "note": row["takedown_reason"],
                    "at": row["updated_at"],
                }
            )
        if rng.random() < REVISION_SHARE:
            batch.revisions.append(
                {
                    "article_id": pk,
                    "version": row["version"],
                    "created_at": row["updated_at"],
                    "data": self._snapshot(row, tag_names, author_ids),
                }
            )
        if (
            live
            and row["status"] == "published"
            and self.now - first < timedelta(days=VIEW_COUNT_DAYS)
        ):
            self._view_counts(rng, pk, first, batch)

    def _snapshot(self, row, tag_names, author_ids):
        """What ``services.article_snapshot`` stores, from the generated row."""
        texts = ("headline", "slug", "dek", "body", "dateline_city")
        return {
            **{name: row[name] for name in texts},
            "featured_image_alt": "",
            "featured_image_caption": "",
            "section_id": row["section_id"],
            "source_id": row["source_id"],
            "featured_image_id": None,
            "tags": sorted(tag_names),
            "authors": [{"id": pk, "name": self.v.author_names[pk]} for pk in author_ids],
            "related": [],
            "images": [],
        }

    def _view_counts(self, rng, pk, first, batch):
        day, today = first.astimezone(self.tz).date(), self.now.astimezone(self.tz).date()
        while day <= today:
            batch.view_counts.append((pk, day, int(20 * rng.paretovariate(1.3))))
            day += timedelta(days=1)
