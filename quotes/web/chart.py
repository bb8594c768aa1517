"""A tiny inline SVG bar chart of quotes per month, with no JavaScript.

Months with no quotes are kept as empty bars so gaps in coverage show.
"""
from __future__ import annotations

from markupsafe import Markup, escape

MAX_MONTHS = 120
WIDTH, HEIGHT, LABEL_SPACE = 600, 120, 18


def month_range(first: str, last: str) -> list[str]:
    """Every YYYY-MM from first to last, both included."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    months = []
    while (year, month) <= end and len(months) < MAX_MONTHS:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def monthly_bars_svg(counts: dict[str, int]) -> Markup:
    """An accessible SVG: one bar per month, its count in a <title> tooltip."""
    valid = sorted(m for m in counts if len(m) == 7 and m[4] == "-" and m[:4].isdigit() and m[5:].isdigit())
    if not valid:
        return Markup("")
    months = month_range(valid[0], valid[-1])[-MAX_MONTHS:]
    peak = max(counts.get(m, 0) for m in months) or 1
    slot = WIDTH / len(months)
    bar_width = max(slot * 0.8, 1)
    chart_height = HEIGHT - LABEL_SPACE
    parts = [
        f'<svg class="month-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="Quotes per month, {escape(months[0])} to {escape(months[-1])}" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    for index, month in enumerate(months):
        count = counts.get(month, 0)
        height = chart_height * count / peak
        x = index * slot + (slot - bar_width) / 2
        parts.append(
            f'<rect x="{x:.1f}" y="{chart_height - height:.1f}" width="{bar_width:.1f}" '
            f'height="{height:.1f}" fill="#2b6cb0"><title>{escape(month)}: {count} '
            f'quote{"s" if count != 1 else ""}</title></rect>'
        )
    parts.append(f'<text x="0" y="{HEIGHT - 4}" font-size="12" fill="#444">{escape(months[0])}</text>')
    if len(months) > 1:
        parts.append(
            f'<text x="{WIDTH}" y="{HEIGHT - 4}" font-size="12" fill="#444" text-anchor="end">'
            f"{escape(months[-1])}</text>"
        )
    parts.append(f'<text x="{WIDTH}" y="12" font-size="12" fill="#444" text-anchor="end">max {peak}/month</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
