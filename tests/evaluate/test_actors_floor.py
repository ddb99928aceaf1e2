"""CI floor on the entity-level actor scorer (issue 3): every metric in quality/actors.toml must hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import ActorResolver, KnowledgeBase
from eventwire.evaluate import actors
from eventwire.evaluate.floors import below_floors, load_floors

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.shared
def test_actor_floors(shared_dir: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    path = shared_dir / "eval/events/PLOVER_GSR_CAMEO.txt"
    assert actors.detect(path)
    resolver = ActorResolver(KnowledgeBase.load())
    report = actors.score_with(path, lambda text: resolver.resolve(nlp(text), publish_date=actors.GOLD_DATE))
    low = below_floors(report, load_floors(ROOT / "quality" / "actors.toml"))
    assert not low, low


def test_legacy_codes_are_mapped() -> None:
    from eventwire.model import ActorMention

    japan = ActorMention("Tokyo", 0, 5, "JPN", "GOV")
    un = ActorMention("U.N.", 0, 4, "UNO", None, alt_codes=("UNO",))
    soviet = ActorMention("the Soviet Union", 0, 16, "RUS", None, alt_codes=("SUN", "USR"))
    assert actors.code_ok("JAP", japan)
    assert actors.code_ok("IGO", un)
    assert actors.code_ok("SUN", soviet) and actors.code_ok("RUS", soviet)
    assert not actors.code_ok("CHN", japan)
    assert not actors.code_ok("IGO", japan)


def test_generic_igo_and_ngo_accept_organisation_codes() -> None:
    from eventwire.model import ActorMention

    nato = ActorMention("NATO", 0, 4, "NATO", "IGO", alt_codes=("NATO", "IGO"))
    guterres = ActorMention("Guterres", 0, 8, "UNO", "IGO", type="PERSON")
    apec = ActorMention("APEC", 0, 4, "APEC", "IGO")
    amnesty = ActorMention("Amnesty", 0, 7, "NGO", "NGO", alt_codes=("AMNESTY", "NGO"))
    eu = ActorMention("EU", 0, 2, "EU", None)
    for gold in ("IGO", "NGO"):
        assert all(actors.code_ok(gold, m) for m in (nato, guterres, apec, amnesty, eu))
    assert actors.code_ok("NATO", nato) and not actors.code_ok("USA", nato)
