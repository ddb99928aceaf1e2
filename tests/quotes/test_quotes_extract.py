"""Quotes and speakers on documents: the seed article and short sentences written for the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.model import ActorMention
from eventwire.quotes import extract_quotes


def _seed_mentions(text: str) -> list[ActorMention]:
    """What the actors stage gives for the seed's speakers (written here so this test needs no KB)."""
    found = []
    for surface, name, code, kind in [("Putin", "Vladimir Putin", "RUS", "PERSON"),
                                      ("Yoshihide Suga", "Yoshihide Suga", "JPN", "PERSON"),
                                      ("Abe", "Shinzo Abe", "JPN", "PERSON"),
                                      ("The Russian leader", "Vladimir Putin", "RUS", "DESCRIPTION")]:
        start = text.find(surface)
        while start >= 0:
            found.append(ActorMention(surface, start, start + len(surface), code, "GOV", name, kind))
            start = text.find(surface, start + 1)
    return found


def _check_seed(quotes: list[Any], gold: dict[str, Any]) -> None:
    direct = [q for q in quotes if q.kind == "direct"]
    assert [(q.text, q.start, q.end) for q in direct] == [(g["text"], g["start"], g["end"]) for g in gold["quotes"]]
    got = [(q.speaker, q.speaker_code, q.speaker_sector) for q in direct]
    assert got == [(g["speaker"], g["speaker_code"], g["speaker_sector"]) for g in gold["quotes"]]


def test_seed_quotes_with_mentions(nlp: Any, shared_dir: Path) -> None:
    text = (shared_dir / "seed" / "article.txt").read_text("utf-8")
    gold = json.loads((shared_dir / "seed" / "gold.json").read_text("utf-8"))
    _check_seed(extract_quotes(nlp(text), entities=_seed_mentions(text)), gold)


def test_seed_quotes_with_actor_resolver(nlp: Any, shared_dir: Path) -> None:
    actors = pytest.importorskip("eventwire.actors")
    if not hasattr(actors, "ActorResolver"):
        pytest.skip("actors stage not landed yet")
    from datetime import date

    text = (shared_dir / "seed" / "article.txt").read_text("utf-8")
    gold = json.loads((shared_dir / "seed" / "gold.json").read_text("utf-8"))
    doc = nlp(text)
    entities = actors.ActorResolver(actors.KnowledgeBase.load()).resolve(doc, publish_date=date(2018, 9, 13))
    _check_seed(extract_quotes(doc, entities=entities), gold)


def test_interrupted_quote_has_one_speaker(nlp: Any) -> None:
    doc = nlp('"We will not give up," Mr. Hale said, "and we will win this fight."')
    quotes = extract_quotes(doc)
    assert [(q.text, q.speaker) for q in quotes] == [("We will not give up", "Mr. Hale"),
                                                    ("and we will win this fight.", "Mr. Hale")]


def test_scare_quotes_and_titles_are_not_quotes(nlp: Any) -> None:
    doc = nlp('The deal includes the "nine bridges" plan. They met as "friends" and read "The Art of the Deal".')
    assert extract_quotes(doc) == []


def test_pronoun_speaker_uses_the_resolved_mention(nlp: Any) -> None:
    text = 'The minister arrived late.\n\n"This is a historic day for both our nations," he told reporters.'
    he = text.index("he told")
    mention = ActorMention("he", he, he + 2, "FRA", "GOV", "Jean Dupont", "PRONOUN")
    (quote,) = extract_quotes(nlp(text), entities=[mention])
    assert (quote.speaker, quote.speaker_code, quote.cue) == ("Jean Dupont", "FRA", "told")
    assert (quote.speaker_start, quote.speaker_end) == (he, he + 2)


def test_following_quote_keeps_the_speaker_and_unattributed_is_null(nlp: Any) -> None:
    text = ('"It was just too much for everybody," Ms. Lane said. "And now it is over for good."\n\n'
            'The crowd left early. "Nobody knows what comes next for the city."')
    quotes = extract_quotes(nlp(text))
    assert [q.speaker for q in quotes] == ["Ms. Lane", "Ms. Lane", None]


def test_indirect_speech(nlp: Any) -> None:
    quotes = extract_quotes(nlp("The foreign minister said that the talks had failed again."))
    assert [(q.kind, q.text, q.speaker, q.cue) for q in quotes] == [
        ("indirect", "the talks had failed again", "The foreign minister", "said")]
    assert extract_quotes(nlp("The foreign minister said that the talks had failed."), indirect=False) == []


def test_headline_quote(nlp: Any) -> None:
    quotes = extract_quotes(nlp("Abe says 'we will sign a peace treaty soon'\n\nTokyo is calm."))
    assert [(q.text, q.speaker) for q in quotes] == [("we will sign a peace treaty soon", "Abe")]


def test_colon_introduces_the_speaker(nlp: Any) -> None:
    text = 'Maria Lopez, a local teacher: "We have waited far too long for this school to open."'
    (quote,) = extract_quotes(nlp(text))
    assert (quote.speaker, quote.cue) == ("Maria Lopez", ":")


def test_cue_after_a_long_appositive(nlp: Any) -> None:
    text = ('"Is it in our interest to act now?" Lisa Monaco, the adviser on counterterrorism and homeland '
            'security, said at a forum.')
    (quote,) = extract_quotes(nlp(text))
    assert (quote.speaker, quote.cue) == ("Lisa Monaco", "said")


def test_according_to_after_the_quote(nlp: Any) -> None:
    (quote,) = extract_quotes(nlp('The plan "will never work in practice," according to Senator Ruiz.'))
    assert (quote.text, quote.speaker, quote.cue) == ("will never work in practice", "Senator Ruiz", "according to")


def test_short_fragment_after_a_quote_and_headline_colon(nlp: Any) -> None:
    text = ('Minister: \'We will not sign this agreement\'\n\n'
            '"We are ready to talk," said Foreign Minister Ana Reyes. "But not under pressure."')
    quotes = extract_quotes(nlp(text))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will not sign this agreement", "Minister"),
        ("We are ready to talk", "Foreign Minister Ana Reyes"),
        ("But not under pressure.", "Foreign Minister Ana Reyes")]


def test_surname_reuses_the_earlier_resolution(nlp: Any) -> None:
    text = ('Foreign Minister Ana Reyes met her counterpart on Monday.\n\n'
            '"The talks went better than anyone expected," Reyes said.')
    mention = ActorMention("Foreign Minister Ana Reyes", 0, 26, "PHL", "GOV", "Ana Reyes", "PERSON")
    (quote,) = extract_quotes(nlp(text), entities=[mention])
    assert (quote.speaker, quote.speaker_code, quote.speaker_sector) == ("Ana Reyes", "PHL", "GOV")
    assert text[quote.speaker_start:quote.speaker_end] == "Reyes"  # type: ignore[index]


def test_unlisted_person_is_coded_by_the_affiliation_before_the_name(nlp: Any) -> None:
    text = 'EU foreign policy chief Federica Mogherini said: "The agreement is working and must be preserved."'
    eu = ActorMention("EU", 0, 2, "EUR", None, "European Union", "ORG")
    (quote,) = extract_quotes(nlp(text), entities=[eu])
    assert (quote.speaker, quote.speaker_code) == ("Federica Mogherini", "EUR")


_PIECES = ['"', "“", "”", "'", "‘", "’", " said that", " he said", " Smith told reporters:", " that", ",", ".", ":",
           "\n", "\n\n", " We will win", " the talks", " according to", " Putin", " she added"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_any_arrangement_of_marks_and_cues(nlp: Any, pieces: list[str]) -> None:
    text = "".join(pieces)
    for quote in extract_quotes(nlp(text)):
        assert text[quote.start:quote.end] == quote.text
        assert quote.speaker is None or quote.speaker_start is not None


def test_relative_pronoun_speaker_is_its_antecedent(nlp: Any) -> None:
    text = 'The report cites Van Jackson, who said Pyongyang was "racing towards the finish line".'
    (quote,) = [q for q in extract_quotes(nlp(text)) if q.kind == "direct"]
    assert quote.speaker == "Van Jackson"
