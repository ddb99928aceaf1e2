"""Actors news names often, written as news writes them, resolve to the right code on the date.

``data/known_actors.tsv`` (written for eventwire) lists leaders, ministers, spokespeople, armed groups, agencies
and organisations with a date and the code each must get. It guards the build and the matching against losing
people to a spelling: name particles ("Osama bin Laden", "Bashar al-Assad"), hyphens ("Kim Jong-un" and "Kim Jong
Un"), transliterations ("Sergey Lavrov"), groups sharing a word ("Kataib Hezbollah" is Iraqi, not Hezbollah).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eventwire.actors import ActorResolver

DATA = Path(__file__).parent / "data" / "known_actors.tsv"
LEAD = "On Monday, "


def test_well_known_actors_resolve_to_their_code(nlp, resolver: ActorResolver) -> None:  # type: ignore[no-untyped-def]
    rows = [line.split("\t") for line in DATA.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    texts = [f"{LEAD}{name} said the talks would go on." for name, _, _ in rows]
    wrong = []
    for (name, on, code), doc in zip(rows, nlp.pipe(texts), strict=True):
        found = [m for m in resolver.resolve(doc, publish_date=date.fromisoformat(on))
                 if m.start < len(LEAD) + len(name) and m.end > len(LEAD) and m.code]
        if not found or found[0].code != code:
            wrong.append(f"{name} ({on}): {[(m.text, m.code) for m in found]}, want {code}")
    assert not wrong, "\n".join(wrong)
