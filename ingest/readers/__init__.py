"""Readers: files on disk to :class:`~ingest.records.SourceDocument` s.

``discover`` picks the files under the paths a user gave; ``read_file`` decodes one file
(plain EDGAR exhibit, EDGAR full submission with ``<DOCUMENT>`` parts, or HTML) into the
text that every evidence offset indexes, and never raises for bad content.
"""

from ingest.readers.reader import READABLE_SUFFIXES, ReadResult, discover, read_file
from ingest.readers.sourcemap import SourceMap

__all__ = ["READABLE_SUFFIXES", "ReadResult", "SourceMap", "discover", "read_file"]
