"""Clusters of events reported by several articles, from hand-built event rows (no store)."""

from __future__ import annotations

from datetime import date

from eventwire.dedup.clusters import ClusterInput, When, agree, assign_clusters, summarise

PUB = date(2018, 9, 12)  # a Wednesday of ISO week 37


def _ev(eid: str, article: str, *, event: str = "ASSAULT", actor: str | None = "RUS", recipient: str | None = "UKR",
        when: str | None = "2018-09-10", precision: str = "day", negated: bool = False, story: str | None = None,
        published: date | None = PUB) -> ClusterInput:
    return ClusterInput(event_id=eid, article_id=article, event=event, actor_codes=actor, recipient_codes=recipient,
                        date=when, date_precision=precision, publish_date=published, negated=negated,
                        story_id=story or article)


def test_the_same_event_in_three_articles_is_one_cluster() -> None:
    events = [_ev("e1", "a1"), _ev("e2", "a2"), _ev("e3", "a3", when="2018-W37", precision="week")]
    assignment = assign_clusters(events)
    assert len(set(assignment.cluster_of.values())) == 1
    [cluster] = summarise(events, assignment)
    assert (cluster.n_articles, cluster.n_mentions, cluster.first_seen) == (3, 3, PUB)


def test_different_days_types_dyads_or_flags_are_not_merged() -> None:
    events = [_ev("e1", "a1"), _ev("day", "a2", when="2018-09-11"), _ev("type", "a3", event="PROTEST"),
              _ev("dyad", "a4", recipient="UKR+POL"), _ev("neg", "a5", negated=True),
              _ev("reversed", "a6", actor="UKR", recipient="RUS")]
    assignment = assign_clusters(events)
    assert len(set(assignment.cluster_of.values())) == len(events)


def test_a_near_duplicate_adds_mentions_but_not_articles() -> None:
    events = [_ev("e1", "a1"), _ev("e2", "copy", story="a1"), _ev("e3", "a2")]
    [cluster] = summarise(events, assign_clusters(events))
    assert (cluster.n_articles, cluster.n_mentions) == (2, 3)


def test_undated_events_use_the_publication_week_and_uncoded_ones_stay_alone() -> None:
    events = [_ev("e1", "a1"), _ev("e2", "a2", when=None, precision="unknown", published=date(2018, 9, 14)),
              _ev("e3", "a3", when=None, precision="unknown", published=date(2018, 9, 20)),
              _ev("n1", "a4", actor=None, recipient=None), _ev("n2", "a5", actor=None, recipient=None)]
    of = assign_clusters(events).cluster_of
    assert of["e1"] == of["e2"]
    assert of["e3"] != of["e1"]
    assert of["n1"] != of["n2"]


def test_incremental_assignment_matches_a_rebuild_and_ids_are_stable() -> None:
    first = [_ev("e1", "a1"), _ev("e2", "a2", when="2018-09-11")]
    later = [_ev("e3", "a3", when="2018-W37", precision="week"), _ev("e4", "a4", when="2018-09-11")]
    step1 = assign_clusters(first)
    step2 = assign_clusters(later, step1.new)
    rebuild = assign_clusters(first + later)
    assert {**step1.cluster_of, **step2.cluster_of} == dict(rebuild.cluster_of)
    assert step2.new == ()
    assert rebuild.cluster_of["e4"] == rebuild.cluster_of["e2"] != rebuild.cluster_of["e1"]


def test_dates_agree_at_the_coarser_grain() -> None:
    monday, sunday = When(date(2018, 9, 10), "day"), When(date(2018, 9, 16), "day")
    week, month = When(date(2018, 9, 10), "week"), When(date(2018, 9, 1), "month")
    assert agree(monday, week) and agree(sunday, week) and agree(monday, month)
    assert not agree(monday, sunday)
    assert not agree(When(date(2018, 9, 17), "day"), week)
