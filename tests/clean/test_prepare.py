"""prepare(): the text is kept exactly; boilerplate and title are spans; language and emptiness are checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.clean import prepare
from eventwire.config import Settings
from eventwire.errors import InputError, Reason
from eventwire.model import Origin, RawDocument, content_id

BODY = ("The foreign ministers of Turkey and Ukraine agreed on Tuesday to reopen the grain corridor through the "
        "Black Sea, officials in Ankara said after a meeting that lasted late into the night. The agreement "
        "follows weeks of negotiations mediated by the United Nations.")


def _raw(text: str, **kw: object) -> RawDocument:
    return RawDocument(text=text, origin=Origin("test"), **kw)  # type: ignore[arg-type]


def test_seed_article_matches_gold(shared_dir: Path) -> None:
    text = (shared_dir / "seed" / "article.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "seed" / "gold.json").read_text(encoding="utf-8"))
    article = prepare(_raw(text), settings=Settings())
    assert article.text == text
    assert article.id == content_id(text)
    assert [text[s.start:s.end] for s in article.boilerplate] == gold["boilerplate_lines"]
    gold_spans = [(s["start"], s["end"]) for s in gold["sentences"] if s["boilerplate"]]
    assert [(s.start, s.end) for s in article.boilerplate] == gold_spans
    assert article.title == gold["title"]
    assert article.title_span is not None
    assert text[article.title_span.start:article.title_span.end] == gold["title"]
    assert article.language == "en"


def test_masked_text_keeps_offsets() -> None:
    text = f"Share this article\n{BODY}\nAdvertisement\nFollow us on Twitter\nBy Jane Roe\n"
    article = prepare(_raw(text), settings=Settings())
    masked = article.masked_text
    assert len(masked) == len(text)
    assert BODY in masked
    for chrome in ("Share this article", "Advertisement", "Follow us on Twitter", "By Jane Roe"):
        assert chrome not in masked
    assert masked.count("\n") == text.count("\n")


@pytest.mark.parametrize("line", [
    "Adjust Comment Print", "Email | Print | 12 Comments", "Subscribe to our newsletter",
    "We use cookies to improve your experience on our site.", "Copyright 2024 Example News. All rights reserved.",
    "Read more: Ministers meet again", "(AP Photo/Jane Roe)",
])
def test_chrome_lines_are_boilerplate(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY}"
    article = prepare(_raw(text), settings=Settings())
    assert [text[s.start:s.end] for s in article.boilerplate] == [line]


@pytest.mark.parametrize("line", [
    "By Monday, the talks had failed.",
    "Subscribers rose by ten percent in the quarter, the company said.",
    "Putin said he would print more money if needed.",
])
def test_prose_lines_are_not_boilerplate(line: str) -> None:
    article = prepare(_raw(f"{BODY}\n{line}"), settings=Settings())
    assert article.boilerplate == ()


def test_title_from_raw_document_matches_first_line() -> None:
    text = f"Ministers  agree on grain corridor\n\n{BODY}"
    article = prepare(_raw(text, title="Ministers agree on grain corridor"), settings=Settings())
    assert article.title_span is not None and article.title_span.start == 0
    assert article.title == "Ministers agree on grain corridor"


def test_first_line_sentence_is_not_a_title() -> None:
    article = prepare(_raw(f"{BODY}\n\n{BODY}"), settings=Settings())
    assert article.title_span is None and article.title is None


def test_given_title_not_in_text_has_no_span() -> None:
    article = prepare(_raw(BODY, title="Something else"), settings=Settings())
    assert article.title == "Something else" and article.title_span is None


def test_no_prose_left_is_no_text() -> None:
    with pytest.raises(InputError) as caught:
        prepare(_raw("Breaking News Headline\n\nAdjust Comment Print\nAdvertisement\n"), settings=Settings())
    assert caught.value.reason == Reason.NO_TEXT


def test_foreign_language_is_quarantined() -> None:
    german = ("Die Außenminister der Türkei und der Ukraine haben sich am Dienstag darauf geeinigt, den "
              "Getreidekorridor durch das Schwarze Meer wieder zu öffnen, teilten Beamte in Ankara nach einem "
              "Treffen mit, das bis spät in die Nacht dauerte. Die Einigung folgt auf wochenlange Verhandlungen.")
    with pytest.raises(InputError) as caught:
        prepare(_raw(german), settings=Settings())
    assert caught.value.reason == Reason.LANGUAGE
    assert prepare(_raw(german), settings=Settings(languages=("en", "de"))).language == "de"


def test_short_text_is_not_judged_for_language() -> None:
    article = prepare(_raw("Merkel trifft Macron in Berlin heute"), settings=Settings())
    assert article.language == "en"


@pytest.mark.parametrize(("line", "title", "same"), [
    ("Ministers agree on grain corridor", "Ministers agree on grain corridor | Example News", True),
    ("Ministers agree on grain corridor", "Ministers agree on grain corridor - Example News", True),
    ("Ministers agree", "Ministers agree on grain corridor", False),
    ("", "Anything", False),
])
def test_title_with_site_suffix(line: str, title: str, same: bool) -> None:
    from eventwire.clean.title import same_title

    assert same_title(line, title) is same


@pytest.mark.parametrize(("first", "is_title"), [
    ("Obama says Trump modeling policies on Putin.", True),  # punctuated headline standing alone
    ("Ministers met. Talks failed.", False),  # two sentences
    ("Russia and Japan agreed on Monday to resume peace talks that stalled last year over the islands.", False),
])
def test_punctuated_headline_alone_in_its_paragraph(first: str, is_title: bool) -> None:
    article = prepare(_raw(f"{first}\n\n{BODY}"), settings=Settings())
    assert (article.title_span is not None) is is_title


def test_short_first_sentence_glued_to_the_body_is_not_a_title() -> None:
    article = prepare(_raw(f"Talks failed.\n{BODY}"), settings=Settings())
    assert article.title_span is None


def test_polnear_headlines_are_found(shared_dir: Path) -> None:
    """PolNeAR texts start with their headline (often ending with a period), then a blank line."""
    from eventwire.ingest import iter_documents

    folder = shared_dir / "eval" / "quotes" / "polnear-test" / "text"
    articles = [prepare(raw, settings=Settings()) for raw in iter_documents([folder])
                if isinstance(raw, RawDocument)]
    assert len(articles) == 84
    assert sum(a.title_span is not None for a in articles) >= 72  # 77 when written
    assert all(a.language == "en" for a in articles)
