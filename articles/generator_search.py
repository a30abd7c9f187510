"""The search vector of a generated story, computed in Python exactly as PostgreSQL would.

Stemming a story for the search column costs PostgreSQL ~2.3 ms of CPU, which
capped ``generate_articles`` at a few hundred stories a second. A generated
story's text comes from a finite vocabulary, so the database is asked once what
each distinct word makes (``ts_debug``: the positions it takes and its
lexemes) and which lexemes the search function deletes (the stopwords). A
story's vector is then put together as ``articles_search_document()``
(articles/search_schema.py) does it: positions counted within each field, the
dek shifted by the headline's last position and the body by the dek's
(tsvector ``||``), weights A, B and C, stopwords deleted, for a whole chunk of
stories at once with numpy (75 µs a story, against 350 µs story by story in
Python). It goes to the server in tsvector's binary form, which COPY BINARY
reads without parsing.

Text is split on whitespace; the tests compare the result with the database's
own computation (tests/articles/test_search_column.py). A story beyond the
limits handled here (a lexeme more than 255 times, a position past 16 383,
where PostgreSQL starts dropping positions) gets no vector, and the database
computes it.
"""

import numpy as np

from . import search_schema

MAX_POSITION = 16383  # PostgreSQL's MAXENTRYPOS - 1; it clamps positions beyond
MAX_OCCURRENCES = 255  # positions to_tsvector keeps per lexeme (MAXNUMPOS - 1)

# An occurrence is one int, story << 32 | lexeme id << 16 | field << 14 | position,
# field 0, 1, 2 for headline, dek and body: sorted, a story's occurrences group by
# lexeme with positions in order, and adding n moves one n positions. As tsvector
# stores it, a position carries its weight (A 3, B 2, C 1) in the top two bits:
# field ^ 3.
HEADLINE, DEK, BODY = 0, 1 << 14, 2 << 14
_WEIGHT_FLIP = 0xC000

_WORDS_SQL = """
    SELECT c.n, t.lexemes
    FROM unnest(%s::text[]) WITH ORDINALITY AS c (chunk, n)
    CROSS JOIN LATERAL ts_debug(%s::regconfig, c.chunk) WITH ORDINALITY
        AS t (alias, description, token, dictionaries, dictionary, lexemes, ord)
    WHERE t.lexemes IS NOT NULL
    ORDER BY c.n, t.ord
"""
# The lexemes the search function keeps, from every word at once.
_KEPT_SQL = f"SELECT lexeme FROM unnest({search_schema.FUNCTION}('', '', %s))"  # noqa: S608


class Lexicon:
    """What the database makes of each whitespace-separated chunk of generated text.

    A chunk becomes (positions it takes, its last position holding a lexeme,
    ((position, lexeme id), …) for the lexemes the search document keeps).
    """

    def __init__(self):
        self.chunks = {}
        self.ids = {}
        self.headers = []  # lexeme id → the lexeme as tsvector's binary form starts it

    def learn(self, cursor, chunks):
        """Ask the database about the chunks not seen yet."""
        new = sorted(set(chunks) - self.chunks.keys())
        if not new:
            return
        cursor.execute(_WORDS_SQL, [new, search_schema.CONFIG])
        tokens = [[] for _chunk in new]
        for number, lexemes in cursor.fetchall():
            tokens[number - 1].append(lexemes)
        cursor.execute(_KEPT_SQL, [" ".join(new)])
        kept = {lexeme for (lexeme,) in cursor.fetchall()}
        # Ids in byte order, so a story's lexemes usually arrive sorted (no sort on the server).
        found = {lexeme for chunk in tokens for lexemes in chunk for lexeme in lexemes}
        for lexeme in sorted(found - self.ids.keys(), key=str.encode):
            self.ids[lexeme] = len(self.headers)
            self.headers.append(lexeme.encode() + b"\0")
        if len(self.headers) > 0xFFFF:
            raise ValueError("Over 65 535 lexemes: the generator's vocabulary is not finite.")
        for chunk, chunk_tokens in zip(new, tokens, strict=True):
            self.chunks[chunk] = self._entry(chunk_tokens, kept)

    def _entry(self, chunk_tokens, kept):
        last = 0
        pairs = []
        for position, lexemes in enumerate(chunk_tokens, start=1):
            if lexemes:
                last = position
            pairs.extend((position, self.ids[lexeme]) for lexeme in lexemes if lexeme in kept)
        return len(chunk_tokens), last, tuple(pairs)

    def missing(self, texts):
        return {chunk for text in texts for chunk in text.split() if chunk not in self.chunks}


def _occurrences(lexicon, chunks, field):
    """Occurrences of a run of chunks: keys, positions taken, last position with a lexeme."""
    keys, position, last = [], 0, 0
    for chunk in chunks:
        count, chunk_last, pairs = lexicon.chunks[chunk]
        for offset, lexeme in pairs:
            keys.append(lexeme << 16 | field | position + offset)
        if chunk_last:
            last = position + chunk_last
        position += count
    return keys, position, last


class SearchVectors:
    """Binary tsvectors for generated stories (see the module docstring).

    A story is a run of *segments*: the chunks of its headline (weight A), its
    dek (a pool sentence, B), the chunks of its lead and focus sentences and its
    pool sentences (C). What each segment makes is known in advance (its keys,
    ``lexeme << 16 | position``, the positions it takes and its last position
    with a lexeme), so a whole chunk of stories is assembled with array
    operations: positions shifted, keys sorted, the binary form written in one
    buffer. Per story that is a tenth of the Python it took story by story.
    """

    def __init__(self, lexicon, sentences):
        self.lexicon = lexicon
        self._chunk_segments = {}
        self._positions, self._lasts, self._starts, self._counts, self._keys = [], [], [], [], []
        self._arrays = self._names = None
        self.sentences = [self._add(text.split()) for text in sentences]

    @classmethod
    def load(cls, cursor, sentences, stories=()):
        """Vectors for stories made of the pool ``sentences``; the words of the sample
        ``stories`` (``Batch.search_texts``) are learned up front too."""
        lexicon = Lexicon()
        texts = [*sentences, *(text for story in stories for text in story[:3])]
        lexicon.learn(cursor, {chunk for text in texts for chunk in text.split()})
        return cls(lexicon, sentences)

    def fill(self, cursor, batch):
        """Set ``search_vector`` on every story of ``batch`` (None: the database computes it)."""
        texts = batch.search_texts
        missing = self.lexicon.missing(text for story in texts for text in story[:3])
        self.lexicon.learn(cursor, missing)
        for row, vector in zip(batch.articles, self.vectors(texts), strict=True):
            row["search_vector"] = vector

    def vector(self, headline, lead, focus, dek, body):
        """The vector of one story: ``dek`` and ``body`` are pool sentence numbers; the
        body starts with the ``lead`` and ``focus`` sentences."""
        return self.vectors([(headline, lead, focus, dek, body)])[0]

    def _add(self, chunks):
        keys, positions, last = _occurrences(self.lexicon, chunks, HEADLINE)
        self._positions.append(positions)
        self._lasts.append(last)
        self._starts.append(len(self._keys))
        self._counts.append(len(keys))
        self._keys.extend(keys)
        self._arrays = None
        return len(self._positions) - 1

    def _segment(self, chunk):
        number = self._chunk_segments.get(chunk)
        if number is None:
            number = self._chunk_segments[chunk] = self._add([chunk])
        return number

    def _segment_arrays(self):
        if self._arrays is None:
            self._arrays = tuple(
                np.array(values, dtype=np.int64)
                for values in (self._positions, self._lasts, self._starts, self._counts, self._keys)
            )
        return self._arrays

    def _name_arrays(self):
        headers = self.lexicon.headers
        if self._names is None or len(self._names[0]) != len(headers):
            lengths = np.array([len(header) for header in headers], dtype=np.int64)
            pool = np.frombuffer(b"".join(headers), dtype=np.uint8)
            self._names = (lengths, np.cumsum(lengths) - lengths, pool)
        return self._names

    def vectors(self, stories):
        """The vectors of ``stories`` (``Batch.search_texts``), in order."""
        if not stories:
            return []
        segments, runs = [], []
        segment, sentences = self._segment, self.sentences
        for headline, lead, focus, dek, body in stories:
            title = [segment(chunk) for chunk in headline.split()]
            opening = [segment(chunk) for chunk in (*lead.split(), *focus.split())]
            segments += title
            segments.append(sentences[dek])
            segments += opening
            segments += map(sentences.__getitem__, body)
            runs += (len(title), 1, len(opening) + len(body))
        positions, lasts, starts, counts, keys = self._segment_arrays()
        segments = np.array(segments, dtype=np.int64)
        runs = np.array(runs, dtype=np.int64)
        if not runs.all():  # a story without a headline: nothing to assemble
            return [None] * len(stories)
        size = len(stories)
        run_of = np.repeat(np.arange(3 * size), runs)
        first = np.cumsum(runs) - runs

        # Each segment's place in its field, and each field's last position with a lexeme.
        taken = positions[segments]
        before = np.cumsum(taken) - taken
        offset = before - np.repeat(before[first], runs)
        last = lasts[segments]
        field_last = np.maximum.reduceat(np.where(last > 0, offset + last, 0), first)
        field_last = field_last.reshape(size, 3)
        # tsvector || moves the dek past the headline's last position, the body past the dek's.
        shift = np.zeros((size, 3), dtype=np.int64)
        shift[:, 1] = field_last[:, 0]
        shift[:, 2] = field_last[:, 0] + field_last[:, 1]
        too_long = shift[:, 2] + field_last[:, 2] > MAX_POSITION

        fields = np.tile(np.array([HEADLINE, DEK, BODY], dtype=np.int64), size)
        base = (shift.reshape(-1) + fields)[run_of] + offset
        story_of = run_of // 3
        per_segment = counts[segments]
        segment_starts = np.cumsum(per_segment) - per_segment
        within = np.arange(int(per_segment.sum())) - np.repeat(segment_starts, per_segment)
        occurrences = keys[np.repeat(starts[segments], per_segment) + within]
        occurrences += np.repeat(base, per_segment)
        occurrences |= np.repeat(story_of, per_segment) << 32
        if too_long.any():
            # Their positions may overflow into the lexeme bits: left out, the database makes them.
            occurrences = occurrences[~np.repeat(too_long[story_of], per_segment)]
        occurrences.sort()
        if not len(occurrences):  # nothing but stopwords
            return [None if bad else bytes(4) for bad in too_long.tolist()]
        return self._encode(occurrences, size, too_long)

    def _encode(self, occurrences, size, invalid):
        """tsvector's binary form per story: count, then per lexeme its name, NUL, count
        and positions (big-endian, weight bits flipped), all written into one buffer."""
        lexeme_keys = occurrences >> 16
        starts = np.flatnonzero(np.r_[True, lexeme_keys[1:] != lexeme_keys[:-1]])
        counts = np.diff(np.r_[starts, len(occurrences)])
        story = lexeme_keys[starts] >> 16
        lexeme = lexeme_keys[starts] & 0xFFFF
        invalid = invalid.copy()
        invalid[story[counts > MAX_OCCURRENCES]] = True

        name_lengths, name_starts, names = self._name_arrays()
        header = name_lengths[lexeme]
        entry = header + 2 + 2 * counts
        lexemes_per_story = np.bincount(story, minlength=size)
        story_sizes = 4 + np.bincount(story, weights=entry, minlength=size).astype(np.int64)
        story_starts = np.cumsum(story_sizes) - story_sizes
        at = np.cumsum(entry) - entry + 4 * (story + 1)
        out = np.empty(int(story_sizes.sum()), dtype=np.uint8)

        heads = lexemes_per_story.astype(">u4").view(np.uint8).reshape(size, 4)
        out[story_starts[:, None] + np.arange(4)] = heads
        within = np.arange(int(header.sum())) - np.repeat(np.cumsum(header) - header, header)
        out[np.repeat(at, header) + within] = names[np.repeat(name_starts[lexeme], header) + within]
        out[at + header] = counts >> 8
        out[at + header + 1] = counts & 0xFF
        rank = np.arange(len(occurrences)) - np.repeat(starts, counts)
        where = np.repeat(at + header + 2, counts) + 2 * rank
        stored = (occurrences & 0xFFFF) ^ _WEIGHT_FLIP
        out[where] = stored >> 8
        out[where + 1] = stored & 0xFF

        data = out.tobytes()
        ends = (story_starts + story_sizes).tolist()
        return [
            None if bad else data[start:end]
            for start, end, bad in zip(story_starts.tolist(), ends, invalid.tolist(), strict=True)
        ]
