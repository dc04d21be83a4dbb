"""Write ``nlp/data/given_names.tsv`` from the name data of nomquamgender.

nomquamgender (PyPI, MIT licence, Ian Van Buskirk, 2022) aggregates
given-name / gender counts from many name datasets (a name is listed by up
to 35 of them; its repository says which). claimledger uses the result
only inside actor resolution: "he said" / "she said" join a person of the pronoun's sex when
the text names that person with a given name whose sex is near certain, and
a full name opening with such a given name reads as a person's. The file
keeps names that at least five sources list, with at least 500 people, and
a share of women at most 0.05 (m) or at least 0.95 (f); everything else is
left out and gives no sex. (The package's own default, 0.1 / 0.9, takes in
"Lindsey" at 0.90, and Lindsey Graham is a senator who speaks often in the
news; a wrong sex sends "he said" to the wrong person, so the bar is higher.)

    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg
    unzip -o /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl -d /tmp/nqg
    python scripts/build_given_names.py /tmp/nqg/nomquamgender/name_data.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "claimledger" / "nlp" / "data" / "given_names.tsv"
MIN_SOURCES = 5
MIN_COUNT = 500
MAX_SHARE = 0.05  # of the other sex


def main(path: str) -> None:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    rows = []
    for name, values in data.items():
        if not re.fullmatch(r"[a-z][a-z'-]+", name):
            continue
        sources, count, p_female = values[0], values[1], values[2]
        if sources < MIN_SOURCES or count < MIN_COUNT:
            continue
        if p_female <= MAX_SHARE:
            rows.append((name, "m"))
        elif p_female >= 1 - MAX_SHARE:
            rows.append((name, "f"))
    rows.sort()
    header = (
        "# Given names whose bearers are near-certainly of one sex (m / f), lowercased ASCII.\n"
        "# Built by scripts/build_given_names.py from nomquamgender 0.1.4 (MIT licence,\n"
        "# Copyright (c) 2022 Ian Van Buskirk; licence notice in given_names.LICENSE; see\n"
        "# nlp/data/README.md). Used only inside actor resolution (claimledger.nlp.actors).\n"
    )
    OUT.write_text(header + "".join(f"{n}\t{s}\n" for n, s in rows), encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
