"""Dyad rules on sentences written for these tests: places are no recipients, the actor is not its own
recipient, passive participles reverse the roles, and object words pick coercion over a request."""

from __future__ import annotations

from eventwire.model import ActorMention, Event

from .conftest import mentions
from .test_coder import COUNTRIES, codes, only

PLACES = {**COUNTRIES, "Vienna": "AUT", "Oslo": "NOR", "Cairo": "EGY"}


def test_capital_in_a_locative_phrase_is_no_recipient(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Iran and India signed a trade agreement in Vienna on Monday.", PLACES), "SUPPORT")
    assert codes(ev) == (["IRN", "IND"], [])


def test_capital_at_a_visit_verb_stays_the_host(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("The Kenyan president arrived in Oslo on Tuesday.", {**PLACES, "Kenyan": "KEN"}), "CONSULT")
    assert codes(ev) == (["KEN"], ["NOR"])


def test_capital_as_object_is_still_a_recipient(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Chile accused Cairo of breaking the truce.", PLACES), "ACCUSE")
    assert codes(ev) == (["CHL"], ["EGY"])


def test_possessive_pronoun_of_the_actor_is_no_recipient(nlp, coder) -> None:  # type: ignore[no-untyped-def]
    text = "Foreign Minister Ana Ruiz met her Peruvian counterpart in Oslo."
    ruiz = ActorMention("Foreign Minister Ana Ruiz", 0, 25, "ESP", "GOV", "Ana Ruiz", "PERSON", "ana-ruiz")
    her = ActorMention("her", 30, 33, "ESP", "GOV", "Ana Ruiz", "PRONOUN", "ana-ruiz")
    rest = [m for m in mentions(text, {"Peruvian": "PER", "Oslo": "NOR"})]
    events = coder.code(nlp(text), article_id="t", entities=sorted([ruiz, her, *rest], key=lambda m: m.start))
    ev = only(events, "CONSULT")
    assert codes(ev) == (["ESP"], ["PER"])


def test_participle_with_by_agent_reverses_the_roles(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("The embassy of Cuba, accused by Norway of spying, was closed.", PLACES), "ACCUSE")
    assert codes(ev) == (["NOR"], ["CUB"])
    ev = only(code("Accused by Norway of spying, Cuba denied the charge.", PLACES), "ACCUSE")
    assert codes(ev) == (["NOR"], ["CUB"])


def test_participle_of_a_thing_has_no_actor(code) -> None:  # type: ignore[no-untyped-def]
    events: list[Event] = code("The island, disputed by Chile and Peru, lies offshore.", PLACES)
    assert not events, [(e.event, codes(e)) for e in events]


def test_ordered_closure_is_coercion(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Egypt ordered the expulsion of Kenya's diplomats.", PLACES), "COERCE")
    assert codes(ev) == (["EGY"], ["KEN"])


def test_airspace_ban_is_a_sanction(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Peru banned access to its airspace for Chilean airlines.", {**PLACES, "Chilean": "CHL"}),
              "SANCTION")
    assert codes(ev) == (["PER"], ["CHL"])


def test_manhunt_is_coercion_not_an_inquiry(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Kenyan troops are searching for John Smith near the border.", {"Kenyan": "KEN"}), "COERCE")
    assert ev.cameo_root == "17"


def test_taking_part_is_no_agreement(code) -> None:  # type: ignore[no-untyped-def]
    events: list[Event] = code("Norwegian soldiers are taking part in patrols near the border.", {"Norwegian": "NOR"})
    assert not [e for e in events if e.event == "AGREE"]


def test_modifier_not_possessor_names_the_participant(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Spain met with Cuba's Peruvian allies on Monday.", {**PLACES, "Peruvian": "PER"}), "CONSULT")
    assert codes(ev) == (["ESP"], ["PER"])


def test_bare_participle_after_a_passive_shares_its_voice(code) -> None:  # type: ignore[no-untyped-def]
    text = "Ten people have been killed and five wounded in two days of Norwegian airstrikes near the coast."
    events: list[Event] = code(text, {"Norwegian": "NOR"})
    assert events and all(codes(e)[0] == ["NOR"] for e in events), [(e.event, codes(e)) for e in events]


def test_compound_next_to_the_noun_picks_the_event_noun(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Peru air strikes on Chilean positions have intensified.", {**PLACES, "Chilean": "CHL"}), "ASSAULT")
    assert codes(ev) == (["PER"], ["CHL"])


def test_vow_of_restraint(code) -> None:  # type: ignore[no-untyped-def]
    assert not code("Spain vowed never to forget the victims of the flood.", PLACES)
    ev = only(code("Spain vowed never to attack Cuba.", PLACES), "AGREE")
    assert codes(ev) == (["ESP"], ["CUB"])


def test_venue_of_a_meeting_is_no_recipient_but_target_of_an_attack_is(code, nlp, coder) -> None:  # type: ignore[no-untyped-def]
    table = {**PLACES, "Swiss": "CHE", "Kenyan": "KEN"}
    ev = only(code("Chile and Peru held talks in the Swiss city of Geneva.", table), "CONSULT")
    assert codes(ev) == (["CHL", "PER"], [])
    text = "Kenyan troops attacked rebel positions in Sudan."
    found = [ActorMention("Kenyan", 0, 6, "KEN", None, "Kenya"), ActorMention("Sudan", 41, 46, "SDN", None, "Sudan")]
    ev = only(coder.code(nlp(text), article_id="t", entities=found), "ASSAULT")
    assert codes(ev) == (["KEN"], ["SDN"])  # a state (not its capital) where a conflict happens is its target


def test_deployed_forces_are_the_mobilizing_side(nlp, coder) -> None:  # type: ignore[no-untyped-def]
    text = "Over 500 Kenyan soldiers were mobilized near the border."
    found = [ActorMention("Kenyan soldiers", 9, 24, "KEN", "MIL", "Kenya", "AGENT", "KEN")]
    ev = only(coder.code(nlp(text), article_id="t", entities=found), "MOBILIZE")
    assert codes(ev) == (["KEN"], [])


def test_an_unclaimed_attack_is_the_place_s_but_with_lower_confidence(code) -> None:  # type: ignore[no-untyped-def]
    """CAMEO-coded data attributes an attack without an author to where it happened; that guess is neither
    syntax nor the government seated there, so the side has no sector and the confidence drops."""
    ev = only(code("Two Kenyan soldiers were killed near Cairo on Sunday.", {**PLACES, "Kenyan": "KEN"}), "ASSAULT")
    assert codes(ev) == (["EGY"], ["KEN"])
    assert ev.actor[0].sector is None and ev.confidence < 0.7
    sure = only(code("Egypt attacked Kenya on Sunday.", {**PLACES, "Kenya": "KEN"}), "ASSAULT")
    assert sure.confidence > ev.confidence


def test_a_capital_that_locates_the_victims_is_the_city_not_its_government(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Kenya killed twelve people at a market in Cairo.", {**PLACES, "Kenya": "KEN"}), "ASSAULT")
    assert codes(ev) == (["KEN"], ["EGY"]) and ev.recipient[0].sector is None
    visit = only(code("The Kenyan president arrived in Oslo on Tuesday.", {**PLACES, "Kenyan": "KEN"}), "CONSULT")
    assert visit.recipient[0].sector == "GOV"  # a visit's host is its government


def test_act_inside_a_request_offer_or_right_is_not_done(code) -> None:  # type: ignore[no-untyped-def]
    """The clause of a noun of request, offer or entitlement names an act that has not happened."""
    table = {**PLACES, "Kenyan": "KEN"}
    events = code("Norway defended the right of Kenyan troops to attack rebel camps in Mali.", table)
    assert [e.event for e in events] == ["SUPPORT"], [(e.event, codes(e)) for e in events]
    events = code("Cuba rejected an offer from Spain to host talks with Peru.", table)
    assert [(e.event, codes(e)) for e in events] == [("REJECT", (["CUB"], ["ESP"]))]


def test_relative_clause_with_its_own_subject_is_not_its_noun_s_act(code) -> None:  # type: ignore[no-untyped-def]
    """"Mali, where twelve people were killed": the place the clause describes does not act in it."""
    events = code("Kenya lifted the curfew in Mali, where twelve people were killed last month.", PLACES)
    assert all(e.event != "ASSAULT" or "MLI" not in codes(e)[0] for e in events), [(e.event, codes(e)) for e in events]


def test_active_conjunct_of_a_passive_shares_its_subject(code) -> None:  # type: ignore[no-untyped-def]
    events = code("The Peruvian minister was accused by Chile of fraud and will resign.", {**PLACES, "Peruvian": "PER"})
    assert codes(only(events, "ACCUSE")) == (["CHL"], ["PER"])
    assert [codes(e)[0] for e in events if e.event != "ACCUSE"] == [["PER"]]


def test_reduced_relative_parsed_as_a_clausal_subject(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("The Red Cross operating in Sudan said Kenyan forces must open the border.",
                   {**PLACES, "Red Cross": "ICR", "Kenyan": "KEN"}), "REQUEST")
    assert codes(ev) == (["ICR"], ["KEN"])


def test_adverbial_clause_with_its_own_subject_is_not_the_main_actor_s_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenya suspended aid to Mali after two of its convoys were attacked.", PLACES)
    assert codes(only(events, "SANCTION")) == (["KEN"], ["MLI"])
    assert all("KEN" not in codes(e)[0] for e in events if e.event == "ASSAULT"), [(e.event, codes(e)) for e in events]
    events = code("Peru recalled its envoy after twenty people were killed in riots.", PLACES)
    assert all(e.event != "ASSAULT" for e in events), [(e.event, codes(e)) for e in events]


def test_an_explosive_device_is_an_instrument_of_violence(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Two Kenyan soldiers were killed by a roadside explosive device near Cairo.",
                   {**PLACES, "Kenyan": "KEN"}), "ASSAULT")
    assert codes(ev) == (["EGY"], ["KEN"])


def test_a_passive_s_own_agent_is_never_its_recipient(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Cuba rejected the treaty forced on the island by Spain and Norway.", PLACES)
    forced = [e for e in events if e.event_text == "forced"]
    assert all("ESP" not in codes(e)[1] for e in forced), [(e.event, codes(e)) for e in forced]


def test_existential_participle_is_the_report(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("There were ten Kenyan soldiers killed in Mali today.", {**PLACES, "Kenyan soldiers": "KEN"}),
              "ASSAULT")
    assert codes(ev) == (["MLI"], ["KEN"])


def test_pressure_faced_from_another_is_its_act(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Peru faces pressure from Chile to close the border.", PLACES), "REQUEST")
    assert codes(ev) == (["CHL"], ["PER"])


def test_nominal_and_adjectival_modifiers_conjoined(code) -> None:  # type: ignore[no-untyped-def]
    table = {**PLACES, "US": "USA", "British activists": "GBR"}
    ev = only(code("US and British activists staged a protest against Chile.", table), "PROTEST")
    assert sorted(codes(ev)[0]) == ["GBR", "USA"] and codes(ev)[1] == ["CHL"]


def test_the_object_of_a_verb_of_object_control_does_the_complement_s_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Kenya helped Mali to attack the rebel camps.", PLACES)
    assert codes(only(events, "AID")) == (["KEN"], ["MLI"])
    assert codes(only(events, "ASSAULT"))[0] == ["MLI"]
    events = code("Egypt summoned the ambassador of Kenya to complain about the raids.", PLACES)
    assert all(codes(e)[0] == ["EGY"] for e in events if e.countable), [(e.event, codes(e)) for e in events]


def test_helping_to_carry_out_violence_is_no_aid(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Chile said troops from Peru helped to plan and carry out killings in Cuba.", PLACES)
    assert all(e.event != "AID" for e in events), [(e.event, codes(e)) for e in events]


def test_an_instrument_s_place_is_not_its_agent(code) -> None:  # type: ignore[no-untyped-def]
    """"raids by US warplanes in Paktika province": the by-phrase names who raided; the in-phrase only where."""
    events = code("At least 24 civilians were killed and 15 injured in weekend bombing raids by Kenyan warplanes in "
                  "Mali's northern province, a news agency said late Sunday.", {**PLACES, "Kenyan warplanes": "KEN"})
    assert events and all(codes(e)[0] == ["KEN"] for e in events), [(e.event, codes(e)) for e in events]


def test_a_deployment_without_its_actor_is_not_the_place_s(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Mr Ruiz, apparently getting tough on extremists defying his call for calm with Cuba, sent his police "
                  "in the early hours to arrest an official of the group in Peru.", PLACES)
    assert all("CUB" not in codes(e)[0] for e in events), [(e.event, codes(e)) for e in events]


def test_the_author_of_an_earlier_attack_is_not_the_instrument_s_agent(nlp, coder) -> None:  # type: ignore[no-untyped-def]
    text = "The air strikes were launched on Kenyan targets in the wake of weekend attacks by the group Shabab."
    found = [ActorMention("Kenyan", 33, 39, "KEN", None, "Kenya"),
             ActorMention("Shabab", 92, 98, "SOM", "REB", "Shabab", "GROUP", "shabab")]
    events = coder.code(nlp(text), article_id="t", entities=found)
    assert all("SOM" not in codes(e)[0] for e in events), [(e.event, codes(e)) for e in events]
