"""A compact map from document-text offsets back to offsets in the file as decoded.

Converted text (HTML, or one part of a full submission) no longer lines up with the file,
but a reviewer may want to open the original at the cited place. The map is a list of
*runs*: ``text_starts[k]`` is where run k begins in the text and ``source_starts[k]`` where
it begins in the source; inside a run characters advance together. Runs start only where
continuity breaks (a tag, an entity, collapsed whitespace), so ordinary prose costs one run
per paragraph.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceMap:
    text_starts: tuple[int, ...]
    source_starts: tuple[int, ...]
    #: every text offset comes from the one place ``source_starts[0]`` (a decoded embedded file)
    fixed: bool = False

    def source_offset(self, text_offset: int) -> int:
        """The source offset that text character ``text_offset`` came from (approximate
        inside decoded entities and synthetic line breaks)."""
        if self.fixed:
            return self.source_starts[0]
        k = bisect_right(self.text_starts, text_offset) - 1
        if k < 0:
            return self.source_starts[0] if self.source_starts else 0
        return self.source_starts[k] + (text_offset - self.text_starts[k])

    def shifted(self, by: int) -> SourceMap:
        """The same map with every source offset moved by ``by`` (a part inside a file)."""
        return SourceMap(self.text_starts, tuple(s + by for s in self.source_starts), self.fixed)

    @classmethod
    def constant(cls, source_start: int) -> SourceMap:
        """Text decoded from an embedded file that starts at ``source_start`` (a uuencoded
        PDF): its characters have no place of their own in the source."""
        return cls((0,), (source_start,), fixed=True)

    @classmethod
    def identity(cls, source_start: int = 0) -> SourceMap:
        """Text that is a verbatim slice of the source starting at ``source_start``."""
        return cls((0,), (source_start,))


class SourceMapBuilder:
    """Collects runs while text is appended, merging runs that continue the previous one."""

    def __init__(self) -> None:
        self._text: list[int] = []
        self._source: list[int] = []

    def add(self, text_offset: int, source_offset: int) -> None:
        if self._text:
            if text_offset - self._text[-1] == source_offset - self._source[-1]:
                return
            if text_offset == self._text[-1]:
                self._source[-1] = source_offset
                return
        self._text.append(text_offset)
        self._source.append(source_offset)

    def build(self) -> SourceMap:
        return SourceMap(tuple(self._text), tuple(self._source))
