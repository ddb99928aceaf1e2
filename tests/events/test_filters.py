"""Precision rules (events/filters.py and the source requirement): sentences written for these tests."""

from __future__ import annotations

from .conftest import Code


def _types(events: list) -> list[tuple[str, str | None, str | None]]:  # type: ignore[type-arg]
    return [(e.event, e.actor[0].code if e.actor else None, e.recipient[0].code if e.recipient else None)
            for e in events]


def test_acts_in_a_competition_are_sport(code: Code) -> None:
    assert code("Spain defeated France in the final of the world championship.", {"Spain": "ESP", "France": "FRA"}) == []
    assert code("Kenya was beaten by Uganda in the semifinal in Nairobi.", {"Kenya": "KEN", "Uganda": "UGA"}) == []


def test_a_competition_in_another_clause_is_only_the_setting(code: Code) -> None:
    events = code("British activists staged a protest in Beijing near the stadium where the Olympics will open.",
                  {"British": "GBR", "Beijing": "CHN"})
    assert [e.event for e in events] == ["PROTEST"]


def test_a_non_agentive_subject_reports_no_act(code: Code) -> None:
    assert code("Argentina's economic crisis has deepened with Brazil.", {"Argentina": "ARG", "Brazil": "BRA"}) == []
    assert code("The condition of the Chilean president improved.", {"Chilean president": "CHL"}) == []


def test_a_person_noun_subject_still_acts(code: Code) -> None:
    events = code("Thousands of Kenyan students protested against the government of Kenya.",
                  {"Kenyan": "KEN", "government of Kenya": "KEN"})
    assert "PROTEST" in [e.event for e in events]


def test_an_event_noun_dating_another_report_is_background(code: Code) -> None:
    events = code("Japan cut its interest rate for the fourth time since the attacks on the United States.",
                  {"Japan": "JPN", "United States": "USA"})
    assert "ASSAULT" not in [e.event for e in events]


def test_speaking_to_reporters_is_no_consultation(code: Code) -> None:
    events = code("Speaking to reporters in Paris, the French president said nothing new.",
                  {"French president": "FRA"})
    assert events == []


def test_an_event_needs_a_coded_side(code: Code) -> None:
    assert code("Union officials rejected the airline's offer on Monday.", {}) == []


def test_disaster_damage_has_no_actor(code: Code) -> None:
    assert code("Fourteen homes were destroyed by bushfires in Kenya on Sunday.", {"Kenya": "KEN"}) == []


def test_an_unclaimed_attack_keeps_its_victims(code: Code) -> None:
    events = code("Three Israeli soldiers were killed in a bombing in Gaza.", {"Israeli": "ISR", "Gaza": "PSE"})
    assert [e.event for e in events] == ["ASSAULT"]


def test_an_expectation_about_another_is_no_commitment(code: Code) -> None:
    events = code("Kenya is hopeful that Uganda will help Sudan.", {"Kenya": "KEN", "Uganda": "UGA", "Sudan": "SDN"})
    assert "AGREE" not in [e.event for e in events]


def test_verbs_of_degree_cooperate_only_with_a_relation(code: Code) -> None:
    actors = {"Kenya": "KEN", "Uganda": "UGA"}
    assert code("Tensions between Kenya and Uganda escalated on Monday.", actors) == []
    assert [e.event for e in code("Kenya and Uganda deepened their partnership on Monday.", actors)] == ["COOPERATE"]


def test_a_should_without_an_actor_addressee_is_advice(code: Code) -> None:
    actors = {"Kenyan minister Ruto": "KEN", "Uganda": "UGA"}
    assert code("Kenyan minister Ruto says people facing hardship should visit the office.", actors) == []
    events = code("Kenyan minister Ruto says Uganda must withdraw its troops.", actors)
    assert [(e.event, e.recipient[0].code) for e in events] == [("REQUEST", "UGA")]


def test_a_reported_could_is_a_possibility(code: Code) -> None:
    events = code("Ruto said Kenya could attack Uganda.", {"Ruto": "KEN", "Kenya": "KEN", "Uganda": "UGA"})
    assert [(e.event, e.hypothetical) for e in events] == [("ASSAULT", True)]


def test_confidence_orders_full_dyads_above_fallbacks(code: Code) -> None:
    actors = {"Kenya": "KEN", "Uganda": "UGA", "Ugandan": "UGA"}
    full = code("Kenya attacked Uganda on Monday.", actors)
    unclaimed = code("Three Ugandan soldiers were killed on Monday.", actors)
    one_side = code("Kenya protested on Monday.", actors)
    assert [e.event for e in full] == ["ASSAULT"] and full[0].confidence >= 0.85
    assert [e.event for e in unclaimed] == ["ASSAULT"] and unclaimed[0].confidence <= 0.3
    assert one_side and unclaimed[0].confidence < one_side[0].confidence < full[0].confidence


def test_travel_is_a_visit_only_to_a_host(code: Code) -> None:
    actors = {"Kenyan": "KEN", "Nairobi": "KEN", "Ugandan": "UGA", "Kampala": "UGA"}
    assert code("The Kenyan team arrived in Nairobi to prepare for the talks.", actors) == []
    visit = code("The Kenyan president arrived in Kampala on Monday.", actors)
    assert [(e.event, e.recipient[0].code) for e in visit] == [("CONSULT", "UGA")]


def test_an_agentless_act_on_a_place_only_has_no_participant(code: Code) -> None:
    assert code("Fourteen homes have been destroyed in the Nairobi area.", {"Nairobi": "KEN"}) == []


def test_a_passive_accusation_keeps_its_unknown_source(code: Code) -> None:
    events = code("Uganda was accused of aggression on Monday.", {"Uganda": "UGA"})
    assert [(e.event, e.actor, e.recipient[0].code) for e in events] == [("ACCUSE", (), "UGA")]
    assert events[0].confidence <= 0.3


def test_expecting_another_to_act_is_no_request(code: Code) -> None:
    events = code("Ruto said he expected Uganda would sign the treaty.", {"Ruto": "KEN", "Uganda": "UGA"})
    assert [e.event for e in events if e.event in ("REQUEST", "AGREE")] == []


def test_a_particle_makes_another_verb(code: Code) -> None:
    assert code("The Kenyan shuttle blasted off from Nairobi.", {"Kenyan": "KEN", "Nairobi": "KEN"}) == []


def test_a_dyad_of_one_country_with_itself_is_less_certain(code: Code) -> None:
    actors = {"Kenyan police": "KEN", "Kenyan protesters": "KEN", "Kenya": "KEN", "Uganda": "UGA"}
    domestic = code("Kenyan police arrested Kenyan protesters on Monday.", actors)
    foreign = code("Kenya arrested Uganda's envoy on Monday.", actors)
    assert [e.event for e in domestic] == ["COERCE"] and [e.event for e in foreign] == ["COERCE"]
    assert domestic[0].confidence < foreign[0].confidence
