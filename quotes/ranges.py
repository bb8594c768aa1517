"""Quoted ranges of a text, in order, asked about by a bisect.

The rules ask of token after token whether it stands in a quote, and the
dates strip the quotes from stretch after stretch; a feed record or a
transcript holds thousands of quotes, so scanning them all for each question
made long inputs quadratic. One sorted list, with the furthest end reached up
to each range, answers all of these questions. No spaCy here: the dates read
raw text.
"""
from __future__ import annotations

import bisect
from typing import Sequence


class QuotedRanges(list):
    """(start, end) ranges sorted by start, which also answers where an
    offset or a stretch falls among them by a bisect."""

    def __init__(self, ranges: list[tuple[int, int]]):
        super().__init__(ranges)
        self._starts = [start for start, _ in ranges]
        self._reach: list[int] = []  # the furthest end among the ranges up to each one
        for _, end in ranges:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def covers(self, offset: int) -> bool:
        """Whether the offset falls inside a range."""
        k = bisect.bisect_right(self._starts, offset)
        return k > 0 and self._reach[k - 1] > offset

    def holds(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside a range (one starting at or before it reaches its end)."""
        k = bisect.bisect_right(self._starts, start)
        return k > 0 and self._reach[k - 1] >= end

    def reaching(self, offset: int) -> int:
        """The index of the first range that reaches past the offset: none
        before it has anything after the offset."""
        return bisect.bisect_right(self._reach, offset)


def in_ranges(offset: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether an offset falls in one of the (start, end) ranges: by a
    bisect for QuotedRanges, by a scan for a few ranges."""
    if isinstance(ranges, QuotedRanges):
        return ranges.covers(offset)
    return any(s <= offset < e for s, e in ranges)
