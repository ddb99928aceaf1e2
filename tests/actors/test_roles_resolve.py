"""Every checked role of the people sources, read back through the resolver on a date inside it.

Issue 3: "a person resolves to the role held at the publication date". For each hand-checked role (office HOS,
HOG, FM, DM or SPK) a sentence names the holder, dated at the middle of the role:
- by full name, the person and the role's state must come back (a failure is a data error: an alias another
  person or place takes, a name split by the build);
- by the bare surname, the holder must come back, or nobody when several people of that surname hold a top
  office then (or the surname is a common word); another state is a mistake. Measured shares have floors.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from eventwire.actors import ActorResolver, KnowledgeBase
from eventwire.actors.coverage import OFFICES
from eventwire.actors.records import Actor, Role

END = date(2026, 11, 29)
LEAD = "On Monday, "
FULL_NAME_FLOOR = 0.995  # measured 2026-11-29: 1.000 of 4,417 roles
SURNAME_RIGHT_FLOOR = 0.89  # measured 2026-11-29: 0.911 of 3,617 (most of the rest: unresolved)
SURNAME_WRONG_STATE_CEILING = 0.01  # measured 2026-11-29: 0.004 (places and nouns: "Lagos", "Toledo", "Wagner")


def _roles(kb: KnowledgeBase) -> Iterator[tuple[Actor, Role, date]]:
    for person in (a for a in kb.actors if a.type == "PERSON"):
        for role in person.roles:
            if role.curated and role.office in OFFICES:
                start, end = role.valid_from or date(2000, 1, 1), role.valid_to or END
                if end >= date(2000, 1, 1):
                    yield person, role, start + (end - start) / 2


def _read_back(nlp, resolver: ActorResolver, cases: list[tuple[Actor, Role, date, str]]):  # type: ignore[no-untyped-def]
    texts = [f"{LEAD}{name} said the talks would go on." for _, _, _, name in cases]
    for (person, role, on, name), doc in zip(cases, nlp.pipe(texts, batch_size=256), strict=True):
        found = [m for m in resolver.resolve(doc, publish_date=on)
                 if m.start == len(LEAD) and m.end == len(LEAD) + len(name)]
        yield person, role, on, name, (found[0] if found else None)


@pytest.fixture(scope="module")
def checked(kb: KnowledgeBase) -> list[tuple[Actor, Role, date]]:
    roles = list(_roles(kb))
    if not roles:
        pytest.fail("no hand-checked roles in the packaged base")
    return roles


def test_every_checked_role_resolves_by_its_holder_s_full_name(nlp, resolver: ActorResolver,  # type: ignore[no-untyped-def]
                                                              checked: list[tuple[Actor, Role, date]]) -> None:
    cases = [(p, r, on, p.name) for p, r, on in checked]
    wrong = [f"{name} on {on}: {m.actor_id if m else None}" for p, r, on, name, m in _read_back(nlp, resolver, cases)
             if m is None or m.actor_id != p.id or m.code != r.code]
    share = 1 - len(wrong) / len(cases)
    assert share >= FULL_NAME_FLOOR, f"{share:.3f} of {len(cases)} roles: {wrong[:30]}"


def test_a_bare_surname_names_its_holder_or_nobody(nlp, resolver: ActorResolver,  # type: ignore[no-untyped-def]
                                                   checked: list[tuple[Actor, Role, date]]) -> None:
    cases = [(p, r, on, p.surnames[0]) for p, r, on in checked if p.surnames and r.office != "SPK"]
    right = wrong_state = 0
    wrong = []
    for person, role, on, name, m in _read_back(nlp, resolver, cases):
        if m is not None and m.actor_id == person.id:
            right += 1
        elif m is not None and m.code and m.code != role.code:
            wrong_state += 1
            wrong.append(f"{name} on {on}: {m.actor_id} ({m.code}), not {person.name} ({role.code})")
    assert right / len(cases) >= SURNAME_RIGHT_FLOOR, f"{right / len(cases):.3f} of {len(cases)}"
    assert wrong_state / len(cases) <= SURNAME_WRONG_STATE_CEILING, wrong
