"""HTML exhibits to plain text, with a map back to the HTML source.

A small single-pass tokenizer instead of a DOM: it keeps exact source offsets, holds no
element stack (10,000 nested ``<div>``s cost nothing), and every search either finds its
end or consumes the rest of the input, so malformed markup stays linear.

Layout rules, chosen so that extractors see paragraphs as blank-line separated blocks:
- paragraph-like blocks (p, div, h1-h6, table, ...) give a blank line; br, tr, li one newline;
- table cells on one row are separated by a space;
- whitespace collapses to one space except inside ``<pre>``; trailing spaces never survive;
- ``<script>``, ``<style>``, ``<title>``, ``<head>``, ``ix:header``, comments and every
  attribute (``onerror=...``) never reach the text; entities are decoded (``&nbsp;`` is a space).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from ingest.readers.decode import INVISIBLE
from ingest.readers.sourcemap import SourceMap, SourceMapBuilder

_PARAGRAPH_TAGS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "blockquote"}
    | {"pre", "hr", "center", "section", "article", "header", "footer", "address", "form"}
    | {"fieldset", "figure", "main", "nav", "aside", "body", "html"}
)
_LINE_TAGS = frozenset({"tr", "li", "dt", "dd", "caption"})
_CELL_TAGS = frozenset(("td", "th"))
#: Elements whose content is raw text up to the matching end tag, never shown.
_RAW_TEXT_TAGS = frozenset(
    {"script", "style", "title", "iframe", "noembed", "noframes", "xml", "textarea"}
)
#: Elements whose (markup) content is hidden.
_HIDDEN_TAGS = frozenset(("template", "ix:header"))
#: Tags that only occur in a body, so a missing ``</head>`` does not hide the document.
_ENDS_HEAD = _PARAGRAPH_TAGS | _LINE_TAGS | _CELL_TAGS | {"br"}
#: Every tag that changes layout or visibility; others (font, b, span, a ...) are skipped.
_LAYOUT_TAGS = _ENDS_HEAD | _HIDDEN_TAGS | {"head"}

#: One token of HTML: a text run, a comment opener, an end tag, a start tag, a declaration,
#: markup cut off by the end of input (``broken``: the rest is dropped, as browsers do, which
#: keeps scanning linear), or a ``<`` that starts no markup.
_TOKEN = re.compile(
    r"(?P<text>[^<]++)"
    r"|(?P<comment><!--)"
    r"|</(?P<end>[A-Za-z][^\s/>]*+)[^>]*+>"
    r"|<(?P<start>[A-Za-z][^\s/>]*+)(?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+>"
    r"|(?P<decl><[!?][^>]*+>)"
    r"|(?P<broken><[!?/A-Za-z])"
    r"|(?P<lt><)"
)
_RAW_END = {name: re.compile(rf"</{name}[\s/>]", re.IGNORECASE) for name in _RAW_TEXT_TAGS}
_ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)")
#: Whitespace that collapses (HTML's own plus no-break and typographic spaces).
_SPACE_CHARS = (
    " \t\n\r\f\v\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\u200b\ufeff"
)
_PRE_TOKEN = re.compile(rf"\n|[{_SPACE_CHARS.replace(chr(10), '')}]+|[^{_SPACE_CHARS}]+")
#: Whitespace that breaks a run of text: anything but one plain space between two words.
_SEPARATOR = re.compile(rf"[{_SPACE_CHARS}]{{2,}}|[{_SPACE_CHARS[1:]}]|^ | $")
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)


_unescape = lru_cache(maxsize=4096)(html.unescape)


def looks_like_html(text: str) -> bool:
    """True when a text begins like an HTML document (EDGAR plain text uses ``<PAGE>``,
    ``<TABLE>`` and other SGML tags too, so any tag is not enough)."""
    return _HTML_START.match(text[:4096]) is not None


def html_to_text(source: str) -> tuple[str, SourceMap]:
    """The visible text of an HTML document and the map from its offsets to ``source``."""
    writer = _Writer()
    pos = 0
    end = len(source)
    match = _TOKEN.match
    while pos < end:
        m = match(source, pos)
        assert m is not None  # the last alternatives match any "<"
        kind = m.lastgroup
        if kind == "text" or kind == "lt":
            writer.text(source, pos, m.end())
        elif kind == "start":
            name = m.group("start").lower()
            if name in _RAW_TEXT_TAGS and not m.group().endswith("/>"):
                pos = _skip_raw_text(source, name, m.end())
                continue
            writer.start_tag(name, pos)
        elif kind == "end":
            writer.end_tag(m.group("end").lower(), pos)
        elif kind == "comment":
            close = source.find("-->", pos + 4)
            pos = end if close < 0 else close + 3
            continue
        elif kind == "broken":
            break
        pos = m.end()
    return writer.result()


def _skip_raw_text(source: str, name: str, start: int) -> int:
    """Where text resumes after ``<script>``-like content that starts at ``start``."""
    raw_end = _RAW_END[name].search(source, start)
    if raw_end is None:
        return len(source)
    gt = source.find(">", raw_end.start())
    return len(source) if gt < 0 else gt + 1


class _Writer:
    """Appends visible text with lazy separators: a pending line break or space is written
    only when more text follows, so output never starts or ends with blank lines or spaces."""

    def __init__(self) -> None:
        self._out: list[str] = []
        self._len = 0
        self._map = SourceMapBuilder()
        self._break = 0  # 0 none, 1 newline, 2 blank line
        self._break_at = 0
        self._space = ""
        self._space_at = 0
        self._line_has_text = False
        self._row_has_text = False
        self._cell_fresh = False
        self._pre = 0
        self._hidden = 0
        self._in_head = False

    # -- tags ---------------------------------------------------------------------------
    def start_tag(self, name: str, at: int) -> None:
        if name not in _LAYOUT_TAGS:
            return
        if name == "head":
            self._in_head = True
        elif name in _ENDS_HEAD:
            self._in_head = False
        if name in _HIDDEN_TAGS:
            self._hidden += 1
        elif name == "pre":
            self._pre += 1
        if name == "br":
            self._request_break(min(self._break + 1, 2), at)
        elif name in _CELL_TAGS:
            if self._row_has_text:
                self._break = 0
                self._set_space(" ", at)
            self._cell_fresh = True
        elif name == "tr":
            self._end_row(at)
        else:
            if name == "table":
                self._row_has_text = False
            self._block(name, at)

    def end_tag(self, name: str, at: int) -> None:
        if name not in _LAYOUT_TAGS:
            return
        if name == "head":
            self._in_head = False
        elif name in _HIDDEN_TAGS:
            self._hidden = max(self._hidden - 1, 0)
        elif name == "pre":
            self._pre = max(self._pre - 1, 0)
        if name in _CELL_TAGS:
            self._cell_fresh = False
        elif name == "tr":
            self._end_row(at)
        else:
            if name == "table":
                self._cell_fresh = False
            self._block(name, at)

    def _end_row(self, at: int) -> None:
        """A row is one line: paragraph breaks closing its last cell shrink to a newline."""
        if self._row_has_text:
            self._break = 0
        self._request_break(1, at)
        self._cell_fresh = False
        self._row_has_text = False

    def _block(self, name: str, at: int) -> None:
        if self._cell_fresh:
            return
        if name in _PARAGRAPH_TAGS:
            self._request_break(2, at)
        elif name in _LINE_TAGS:
            self._request_break(1, at)

    # -- text ---------------------------------------------------------------------------
    def text(self, source: str, start: int, end: int) -> None:
        if self._hidden or self._in_head:
            return
        pos = start
        while pos < end:
            amp = source.find("&", pos, end)
            stop = end if amp < 0 else amp
            if stop > pos:
                self._literal(source[pos:stop], pos)
            if amp < 0:
                break
            m = _ENTITY.match(source, amp, end)
            if m is None:
                self._literal("&", amp)
                pos = amp + 1
                continue
            # "&#8206;" (a left-to-right mark) is as invisible as the character decoding drops
            decoded = _unescape(m.group()).translate(INVISIBLE)
            self._literal(decoded, amp, synthetic=decoded != m.group())
            pos = m.end()

    def _literal(self, chunk: str, at: int, *, synthetic: bool = False) -> None:
        if self._pre:
            self._preformatted(chunk, at, synthetic)
            return
        if not chunk.strip(_SPACE_CHARS):  # whitespace between tags: the common case
            if chunk and self._line_has_text and not self._break:
                self._set_space(" ", at)
            return
        # Words separated by single spaces pass through as one piece (one map run).
        pos = 0
        for m in _SEPARATOR.finditer(chunk):
            if m.start() > pos:
                self._word(chunk[pos : m.start()], at if synthetic else at + pos)
            if self._line_has_text and not self._break:
                self._set_space(" ", at if synthetic else at + m.start())
            pos = m.end()
        if pos < len(chunk):
            self._word(chunk[pos:], at if synthetic else at + pos)

    def _preformatted(self, chunk: str, at: int, synthetic: bool) -> None:
        for m in _PRE_TOKEN.finditer(chunk):
            tok = m.group()
            src = at if synthetic else at + m.start()
            if tok == "\n":
                self._request_break(min(self._break + 1, 2), src)
            elif tok[0] in _SPACE_CHARS:
                if not self._space:
                    self._space_at = src
                self._space += tok.replace("\xa0", " ")
            else:
                self._word(tok, src)

    def _word(self, word: str, at: int) -> None:
        if self._break and self._len:
            self._put("\n" * self._break, self._break_at)
            self._line_has_text = False
        self._break = 0
        if self._space and (self._line_has_text or self._pre):
            self._put(self._space, self._space_at)
        self._space = ""
        self._put(word, at)
        self._line_has_text = True
        self._row_has_text = True
        self._cell_fresh = False

    # -- separators ----------------------------------------------------------------------
    def _request_break(self, level: int, at: int) -> None:
        if level > self._break:
            self._break = level
            self._break_at = at
        self._space = ""

    def _set_space(self, space: str, at: int) -> None:
        if not self._space:
            self._space = space
            self._space_at = at

    def _put(self, s: str, at: int) -> None:
        self._map.add(self._len, at)
        self._out.append(s)
        self._len += len(s)

    def result(self) -> tuple[str, SourceMap]:
        return "".join(self._out), self._map.build()
