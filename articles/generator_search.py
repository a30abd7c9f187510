"""The search vector of a generated story, computed in Python exactly as PostgreSQL would.

Stemming a story for the search column costs PostgreSQL ~2.3 ms of CPU, which
capped ``generate_articles`` at a few hundred stories a second. A generated
story's text comes from a finite vocabulary, so the database is asked once what
each distinct word makes (``ts_debug``: the positions it takes and its
lexemes) and which lexemes the search function deletes (the stopwords). A
story's vector is then put together as ``articles_search_document()``
(articles/search_schema.py) does it: positions counted within each field, the
dek shifted by the headline's last position and the body by the dek's
(tsvector ``||``), weights A, B and C, stopwords deleted. It goes to the
server in tsvector's binary form, which COPY BINARY reads without parsing.

Text is split on whitespace; the tests compare the result with the database's
own computation (tests/articles/test_search_column.py). A story beyond the
limits handled here (a lexeme more than 255 times, a position past 16 383,
where PostgreSQL starts dropping positions) gets no vector, and the database
computes it.
"""

import sys
from array import array
from collections import Counter

from . import search_schema

MAX_POSITION = 16383  # PostgreSQL's MAXENTRYPOS - 1; it clamps positions beyond
MAX_OCCURRENCES = 255  # positions to_tsvector keeps per lexeme (MAXNUMPOS - 1)

# An occurrence is one int, lexeme id << 16 | field << 14 | position, field 0, 1, 2
# for headline, dek and body: sorted, a story's occurrences group by lexeme with
# positions in order, and adding n moves one n positions. As tsvector stores it,
# a position carries its weight (A 3, B 2, C 1) in the top two bits: field ^ 3.
HEADLINE, DEK, BODY = 0, 1 << 14, 2 << 14
_WEIGHT_BITS = bytes(byte ^ 0xC0 for byte in range(256))
_BIG_ENDIAN = sys.byteorder == "big"
_UINT32 = next(code for code in "IL" if array(code).itemsize == 4)

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


class Sentence:
    """A pool sentence's occurrences, precomputed for both fields it can appear in.

    ``dek`` and ``body`` pack the occurrences into one int, 32 bits each, so that
    moving them all n positions is one addition: ``packed + n * repeat``.
    """

    __slots__ = ("body", "dek", "last", "positions", "repeat", "size")

    def __init__(self, lexicon, text):
        run = _occurrences(lexicon, text.split(), HEADLINE)
        self.positions, self.last = run.positions, run.last
        self.dek = _pack([key | DEK for key in run.keys])
        self.body = _pack([key | BODY for key in run.keys])
        self.repeat = sum(1 << 32 * i for i in range(len(run.keys)))
        self.size = 4 * len(run.keys)


def _pack(keys):
    return int.from_bytes(array(_UINT32, keys).tobytes(), sys.byteorder)


class _Occurrences:
    __slots__ = ("keys", "last", "positions")

    def __init__(self):
        self.keys, self.positions, self.last = [], 0, 0


def _occurrences(lexicon, chunks, field, into=None):
    """Occurrences of a run of chunks, continuing ``into`` (positions and keys)."""
    run = into or _Occurrences()
    keys, position = run.keys, run.positions
    for chunk in chunks:
        count, last, pairs = lexicon.chunks[chunk]
        for offset, lexeme in pairs:
            keys.append(lexeme << 16 | field | position + offset)
        if last:
            run.last = position + last
        position += count
    run.positions = position
    return run


class SearchVectors:
    """Binary tsvectors for generated stories (see the module docstring)."""

    def __init__(self, lexicon, sentences):
        self.lexicon = lexicon
        self.sentences = [Sentence(lexicon, text) for text in sentences]
        self._entries = {}

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
        for row, (headline, lead, focus, dek, body) in zip(batch.articles, texts, strict=True):
            row["search_vector"] = self.vector(headline, lead, focus, dek, body)

    def vector(self, headline, lead, focus, dek, body):
        """The vector of a story: ``dek`` and ``body`` are pool sentence numbers; the body
        starts with the ``lead`` and ``focus`` sentences."""
        lexicon, sentences = self.lexicon, self.sentences
        title = _occurrences(lexicon, headline.split(), HEADLINE)
        keys = title.keys
        shift = title.last  # tsvector || moves its right side past the left's last position
        sentence = sentences[dek]
        order = sys.byteorder
        parts = [(sentence.dek + shift * sentence.repeat).to_bytes(sentence.size, order)]
        shift += sentence.last
        opening = _occurrences(lexicon, [*lead.split(), *focus.split()], BODY)
        keys.extend(map(shift.__add__, opening.keys))
        position, last = opening.positions, opening.last
        for number in body:
            sentence = sentences[number]
            moved = sentence.body + (shift + position) * sentence.repeat
            parts.append(moved.to_bytes(sentence.size, order))
            if sentence.last:
                last = position + sentence.last
            position += sentence.positions
        if shift + last > MAX_POSITION:
            return None
        packed = array(_UINT32, keys)
        packed.frombytes(b"".join(parts))
        return self._encode(packed.tolist())

    def _encode(self, keys):
        """tsvector's binary form: count, then per lexeme its name, NUL, count and positions."""
        keys.sort()
        counts = Counter([key >> 16 for key in keys])
        if max(counts.values(), default=0) > MAX_OCCURRENCES:
            return None
        # Positions: the low two bytes of each key, big-endian, weight bits flipped.
        packed = array(_UINT32, keys)
        if not _BIG_ENDIAN:
            packed.byteswap()
        packed = packed.tobytes()
        stored = bytearray(2 * len(keys))
        stored[0::2] = packed[2::4].translate(_WEIGHT_BITS)
        stored[1::2] = packed[3::4]
        parts = [len(counts).to_bytes(4, "big")]
        entries, start = self._entries, 0
        for lexeme, count in counts.items():
            end = start + 2 * count
            # A lexeme's name, NUL and count of positions, made once.
            entry = entries.get(lexeme << 8 | count) or self._entry(lexeme, count)
            parts += (entry, stored[start:end])
            start = end
        return b"".join(parts)

    def _entry(self, lexeme, count):
        entry = self.lexicon.headers[lexeme] + count.to_bytes(2, "big")
        self._entries[lexeme << 8 | count] = entry
        return entry
