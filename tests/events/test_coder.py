"""Clause-level coding on sentences written for these tests (issue 4)."""

from __future__ import annotations

from eventwire.model import Event, Quote

COUNTRIES = {"Russia": "RUS", "Ukraine": "UKR", "France": "FRA", "Germany": "DEU", "Iran": "IRN",
             "Israel": "ISR", "Lebanon": "LBN", "Egypt": "EGY", "Sudan": "SDN", "India": "IND",
             "Pakistan": "PAK", "Brazil": "BRA", "Argentina": "ARG", "Kenya": "KEN", "Chile": "CHL",
             "Peru": "PER", "Cuba": "CUB", "Norway": "NOR", "Mali": "MLI", "Spain": "ESP"}


def codes(event: Event) -> tuple[list[str | None], list[str | None]]:
    return [m.code for m in event.actor], [m.code for m in event.recipient]


def only(events: list[Event], kind: str) -> Event:
    hits = [e for e in events if e.event == kind]
    assert len(hits) == 1, [(e.event, codes(e)) for e in events]
    return hits[0]


def test_active_verb_codes_actor_and_object(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Russia attacked Ukraine on Monday.", COUNTRIES), "ASSAULT")
    assert codes(ev) == (["RUS"], ["UKR"])
    assert ev.cameo_root == "19" and ev.quad_code == 4 and ev.goldstein is not None and ev.goldstein < 0
    assert not (ev.negated or ev.hypothetical or ev.historical)


def test_passive_voice_agent_is_the_actor(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Ukraine was attacked by Russia overnight.", COUNTRIES), "ASSAULT")
    assert codes(ev) == (["RUS"], ["UKR"])


def test_light_verb_and_compound_actor(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("France and Germany imposed sanctions on Iran.", COUNTRIES), "SANCTION")
    assert codes(ev) == (["FRA", "DEU"], ["IRN"])
    assert ev.quad_code == 4 and ev.event_text == "imposed sanctions"


def test_held_talks_with_is_consult(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("India held talks with Pakistan in Geneva.", COUNTRIES), "CONSULT")
    assert codes(ev) == (["IND"], ["PAK"])


def test_reported_speech_codes_the_reported_act(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Officials in Egypt said that Israel launched an attack on Lebanon.", COUNTRIES)
    ev = only(events, "ASSAULT")
    assert codes(ev) == (["ISR"], ["LBN"])
    assert all(e.actor[0].code != "EGY" for e in events)


def test_negation_flags(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Egypt denied attacking Sudan.", COUNTRIES)
    assert events and all(e.negated for e in events)
    events = code("Cuba did not respond to the proposal from Chile.", COUNTRIES)
    assert all(not e.countable for e in events)


def test_conditional_and_modal_are_hypothetical(code) -> None:  # type: ignore[no-untyped-def]
    events = code("If Russia attacks Ukraine, France could impose sanctions on Russia.", COUNTRIES)
    assert events and all(e.hypothetical for e in events)


def test_past_meeting_is_consult_and_future_meeting_agree(code) -> None:  # type: ignore[no-untyped-def]
    assert only(code("Brazil met Argentina in Brasilia.", COUNTRIES), "CONSULT")
    ev = only(code("Brazil will meet Argentina in Brasilia.", COUNTRIES), "AGREE")
    assert codes(ev)[0] == ["BRA"]


def test_offer_and_propose_are_agree(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Kenya offered to mediate between Mali and Norway.", COUNTRIES), "AGREE")
    assert codes(ev)[0] == ["KEN"]
    ev = only(code("Peru proposed to Chile that the two sign a trade pact.", COUNTRIES), "AGREE")
    assert codes(ev) == (["PER"], ["CHL"])


def test_historical_date_from_clause_timex(code) -> None:  # type: ignore[no-untyped-def]
    text = "In 1998, India and Pakistan agreed to hold talks."
    ev = only(code(text, COUNTRIES, times={"In 1998": "1998"}), "AGREE")
    assert ev.historical and ev.date == "1998" and ev.date_precision == "year"
    ev = only(code("Spain attacked Mali on Monday.", COUNTRIES, times={"on Monday": "2020-05-18"}), "ASSAULT")
    assert ev.date == "2020-05-18" and ev.date_precision == "day" and not ev.historical


def test_publication_date_when_no_timex(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Spain criticized Mali.", COUNTRIES), "ACCUSE")
    assert ev.date == "2020-05-20" and ev.date_precision == "day"


def test_quote_that_rejects_is_coded_for_its_speaker(code) -> None:  # type: ignore[no-untyped-def]
    text = '"We reject the proposal," the Cuban minister said.'
    quote = Quote("We reject the proposal,", 1, 24, speaker="the Cuban minister", speaker_code="CUB",
                  speaker_start=26, speaker_end=44)
    ev = only(code(text, {}, quotes=[quote]), "REJECT")
    assert codes(ev)[0] == ["CUB"]


def test_vow_to_fight_threatens(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Russia vowed to attack Ukraine.", COUNTRIES), "THREATEN")
    assert codes(ev)[0] == ["RUS"]


def test_unchanged_position_is_reject(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Norway's position on the treaty with Spain has not changed.", COUNTRIES), "REJECT")
    assert codes(ev)[0] == ["NOR"] and not ev.negated


def test_event_ids_are_deterministic(code) -> None:  # type: ignore[no-untyped-def]
    first = code("Russia attacked Ukraine.", COUNTRIES)
    second = code("Russia attacked Ukraine.", COUNTRIES)
    assert [e.id for e in first] == [e.id for e in second] and first


def test_prefilter(coder) -> None:  # type: ignore[no-untyped-def]
    assert coder.is_candidate("Russia attacked Ukraine.")
    assert coder.is_candidate("The two leaders held talks in Geneva.")
    assert not coder.is_candidate("The weather in Paris was mild and sunny.")


def test_question_is_hypothetical(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Will Russia attack Ukraine again?", COUNTRIES)
    assert events and all(e.hypothetical and not e.countable for e in events)


def test_event_nouns_with_participants(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Talks between India and Pakistan resumed in Geneva.", COUNTRIES), "CONSULT")
    assert sorted(codes(ev)[0]) == ["IND", "PAK"]
    ev = only(code("An Israeli airstrike on Lebanon killed four people.", {"Israeli": "ISR", "Lebanon": "LBN"}),
              "ASSAULT")
    assert codes(ev)[0] == ["ISR"]


def test_reported_demand_is_request_of_the_speaker(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Brazil said Chile must withdraw its troops from the border.", COUNTRIES), "REQUEST")
    assert codes(ev) == (["BRA"], ["CHL"])


def test_refusals(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Peru said it would not accept refugees from Chile.", COUNTRIES), "REJECT")
    assert codes(ev)[0] == ["PER"] and not ev.negated
    ev = only(code("Cuba refused to meet Spain.", COUNTRIES), "REJECT")
    assert codes(ev) == (["CUB"], ["ESP"])


def test_stated_future_attack_threatens(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Mali said it would attack Norway.", COUNTRIES), "THREATEN")
    assert codes(ev) == (["MLI"], ["NOR"]) and ev.cameo_root == "19"


def test_light_verb_reaches_the_event_noun_behind_a_noun_of_measure(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("India and Pakistan held a second round of talks in Geneva.", COUNTRIES), "CONSULT")
    assert codes(ev) == (["IND", "PAK"], []) and ev.event_text == "held a second round of talks"
    ev = only(code("Israel launched a wave of air strikes on Lebanon.", COUNTRIES), "ASSAULT")
    assert codes(ev) == (["ISR"], ["LBN"])


def test_strikes_on_a_target_are_attacks_not_walkouts(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Israel launched strikes on Lebanon.", COUNTRIES), "ASSAULT")
    assert codes(ev) == (["ISR"], ["LBN"])
    ev = only(code("Egypt's unions staged a strike against the government of Egypt.", COUNTRIES), "PROTEST")
    assert ev.cameo_root == "14"


def test_conjoined_modifiers_name_every_member(code) -> None:  # type: ignore[no-untyped-def]
    table = {**COUNTRIES, "Chilean": "CHL", "Peruvian": "PER"}
    ev = only(code("Chilean and Peruvian warships began ten days of joint exercises.", table), "COOPERATE")
    assert sorted(c for ms in codes(ev) for c in ms if c) == ["CHL", "PER"]
    ev = only(code("Cuba was attacked by Chilean and Peruvian warships.", table), "ASSAULT")
    assert sorted(codes(ev)[0]) == ["CHL", "PER"] and codes(ev)[1] == ["CUB"]


def test_readiness_codes_the_construction_not_its_complement(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Egypt said it is prepared to lift the ban on flights from Sudan.", COUNTRIES)
    assert [e.event for e in events if e.countable] == ["AGREE"], [(e.event, codes(e)) for e in events]


def test_refused_readiness_to_cooperate_is_a_refusal(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Peru is not willing to negotiate with Chile.", COUNTRIES), "REJECT")
    assert codes(ev) == (["PER"], ["CHL"]) and ev.countable and ev.event_text == "negotiate"


def test_what_an_act_asks_another_to_do_is_its_content(code) -> None:  # type: ignore[no-untyped-def]
    events = code("Chile is pushing hard for Peru to support the treaty.", COUNTRIES)
    assert [(e.event, codes(e)) for e in events if e.countable] == [("REQUEST", (["CHL"], ["PER"]))]


def test_pronoun_in_a_deontic_clause_is_the_demand_s_addressee(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Spain issued a stern reminder to Cuba that it must cooperate with Norway.", COUNTRIES), "REQUEST")
    assert codes(ev) == (["ESP"], ["CUB"])


def test_an_act_announced_unless_the_other_side_complies_is_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    ev = only(code("Kenya said it will withdraw its troops from Mali unless Mali holds elections.", COUNTRIES),
              "THREATEN")
    assert codes(ev)[0] == ["KEN"] and ev.cameo_root == "13"
    assert not [e for e in code("Kenya said it will withdraw its troops from Mali.", COUNTRIES) if e.event == "THREATEN"]


def test_opposed_to_in_a_reported_clause_is_a_rejection(code) -> None:  # type: ignore[no-untyped-def]
    table = {**COUNTRIES, "French": "FRA"}
    ev = only(code("Egypt is opposed to French mediation in border talks with Sudan, a senior aide to the Egyptian "
                   "president said.", table), "REJECT")
    assert codes(ev) == (["EGY"], ["FRA"])
    ev = only(code("Peru is opposed to French mediation in peace negotiations with Chile, a close aide to the prime "
                   "minister said Wednesday.", table), "REJECT")
    assert codes(ev) == (["PER"], ["FRA"])


def test_object_patterns_do_not_reach_into_an_adverbial_phrase(code) -> None:  # type: ignore[no-untyped-def]
    """"made remarks at the start of a trip" makes no trip (CAMEO's make|trip pattern is for its object)."""
    events = code("The United Nations chief made his remarks in Cairo at the start of a regional trip aimed at "
                  "pushing for a ceasefire in Sudan.", {**COUNTRIES, "United Nations": "UNO", "Cairo": "EGY"})
    assert not [e for e in events if e.countable], [(e.event, codes(e)) for e in events]


def test_should_addressed_to_nobody_in_particular_is_advice(code) -> None:  # type: ignore[no-untyped-def]
    table = {**COUNTRIES, "Peter Mwangi": "KEN"}
    events = code("Finance information officer Peter Mwangi says those facing uncertain futures should head to the "
                  "agency in the next few days.", table)
    assert not [e for e in events if e.countable], [(e.event, codes(e)) for e in events]
