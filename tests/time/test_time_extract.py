"""The TIME stage on documents: the seed article's gold timexes, tense and count guards."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.time import extract_timexes


def test_seed_timexes_exact(nlp: Any, shared_dir: Path) -> None:
    gold = json.loads((shared_dir / "seed" / "gold.json").read_text("utf-8"))
    doc = nlp((shared_dir / "seed" / "article.txt").read_text("utf-8"))
    got = extract_timexes(doc, publish_date=date.fromisoformat(gold["publish_date"]))
    expected = [(t["text"], t["start"], t["end"], t["value"], t["kind"]) for t in gold["timexes"]]
    assert [(t.text, t.start, t.end, t.value, t.kind) for t in got] == expected


def test_tense_picks_the_weekday(nlp: Any) -> None:
    anchor = date(2018, 9, 13)  # Thursday
    past = extract_timexes(nlp("The ministers met on Monday in Tokyo."), publish_date=anchor)
    future = extract_timexes(nlp("The ministers will meet on Monday in Tokyo."), publish_date=anchor)
    assert [t.value for t in past] == ["2018-09-10"]
    assert [t.value for t in future] == ["2018-09-17"]


def test_counts_and_durations_are_not_dates(nlp: Any) -> None:
    doc = nlp("We sent 2000 soldiers there and have been negotiating for 70 years.")
    assert extract_timexes(doc, publish_date=date(2018, 9, 13)) == []
    with_durations = extract_timexes(doc, publish_date=date(2018, 9, 13), durations=True)
    assert [(t.text, t.value, t.kind) for t in with_durations] == [("70 years", "P70Y", "duration")]


def test_offsets_index_the_text(nlp: Any) -> None:
    text = "Talks resumed in March 2017.\n\nA deal is expected by the end of next year, officials said."
    got = extract_timexes(nlp(text), publish_date=date(2018, 1, 5))
    assert [(text[t.start:t.end], t.value, t.mod) for t in got] == [
        ("in March 2017", "2017-03", None), ("the end of next year", "2019", "END")]


def test_weekend_and_newspaper_names(nlp: Any) -> None:
    anchor = date(2018, 9, 13)
    got = extract_timexes(nlp("The Sunday Times said protests went on over the weekend."), publish_date=anchor)
    assert [(t.text, t.value) for t in got] == [("the weekend", "2018-W36-WE")]


def test_coordinated_verb_shares_the_past_tense(nlp: Any) -> None:
    text = "The season started in early December and peaked by the end of the year."
    got = extract_timexes(nlp(text), publish_date=date(2013, 3, 22))
    assert [(t.text, t.value, t.mod) for t in got] == [
        ("in early December", "2012-12", "START"), ("the end of the year", "2012", "END")]
