"""Near-duplicate articles: MinHash signatures, LSH candidates and the threshold."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.config import DedupSettings
from eventwire.dedup import DuplicateOf, MinHasher, NearDuplicateIndex, jaccard, shingle_hashes
from eventwire.errors import ConfigError

from .stories import OTHER_STORY, STORY, reprint

COPY = reprint(STORY, byline="By Staff Writer | Wire Service", ending="Copyright 2018. All rights reserved. "
               "Read more world news on our website.")


def test_a_reprint_with_its_own_byline_and_footer_is_a_duplicate() -> None:
    index = NearDuplicateIndex(DedupSettings())
    assert index.check_and_add("orig", STORY) is None
    dup = index.check_and_add("copy", COPY)
    assert dup is not None
    assert (dup.article_id, dup.matched_id) == ("orig", "orig")
    assert 0.8 <= dup.jaccard < 1.0


def test_an_edited_ending_is_still_the_same_story() -> None:
    cut = STORY.rsplit("Analysts", 1)[0] + "Analysts expect no quick deal."
    index = NearDuplicateIndex(DedupSettings())
    index.check_and_add("orig", STORY)
    dup = index.check_and_add("cut", cut)
    assert dup is not None and dup.article_id == "orig"


def test_another_story_on_the_same_topic_is_not_a_duplicate() -> None:
    index = NearDuplicateIndex(DedupSettings())
    index.check_and_add("orig", STORY)
    assert index.check_and_add("other", OTHER_STORY) is None
    hasher = MinHasher()
    a, b = hasher.signature(STORY), hasher.signature(OTHER_STORY)
    assert a is not None and b is not None
    assert jaccard(a.values, b.values) < 0.2


def test_a_copy_of_a_copy_links_to_the_first_stored_article() -> None:
    index = NearDuplicateIndex(DedupSettings())
    index.check_and_add("orig", STORY)
    index.check_and_add("copy", COPY)
    again = reprint(COPY, byline="From our partners", ending="Follow us for more.")
    dup = index.check_and_add("copy2", again)
    assert dup is not None and dup.article_id == "orig"


def test_signatures_are_deterministic_and_depend_on_the_seed() -> None:
    one, two = MinHasher().signature(STORY), MinHasher().signature(STORY)
    other_seed = MinHasher(seed=2).signature(STORY)
    assert one == two
    assert other_seed is not None and one is not None
    assert other_seed.values != one.values
    assert not set(other_seed.bands) & set(one.bands)


def test_shingles_ignore_case_and_punctuation() -> None:
    assert set(shingle_hashes("Russia, and JAPAN agreed today!", 3)) == set(
        shingle_hashes("russia and japan -- agreed today", 3))
    assert len(shingle_hashes("too short", 5)) == 1
    assert len(shingle_hashes("  ...  ", 5)) == 0


def test_bad_band_settings_are_a_config_error() -> None:
    with pytest.raises(ConfigError):
        MinHasher(num_perm=100, bands=16)


def test_clear_pending_forgets_this_runs_articles() -> None:
    index = NearDuplicateIndex(DedupSettings())
    index.check_and_add("orig", STORY)
    index.clear_pending()
    assert index.check_and_add("copy", COPY) is None


_words = st.lists(st.text(alphabet="abcdefghij", min_size=1, max_size=6), min_size=1, max_size=80)


@settings(max_examples=60, deadline=None)
@given(_words)
def test_an_article_is_always_a_duplicate_of_itself(words: list[str]) -> None:
    text = " ".join(words)
    index = NearDuplicateIndex(DedupSettings())
    assert index.check_and_add("a", text) is None
    assert index.check_and_add("b", text.upper() + " .") == DuplicateOf("a", 1.0, "a")
