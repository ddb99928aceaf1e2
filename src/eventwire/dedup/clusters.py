"""Clusters of events that report the same real-world event in different articles (pure functions).

Two events fall in one cluster when they share the PLOVER type, the actor code set, the recipient code set
and the negated/hypothetical flags, and their dates agree: the same day when both are day-precise, else the
same ISO week (or the same month when either date is only month-precise). Events dated only to a year or not
at all use their article's publication date at week precision: reports of the same event usually appear
within days. Events without any coded actor or recipient are never merged (``ASSAULT`` by nobody in
particular is not one event). Assignment is greedy against each cluster's *anchor* (its first member), in a
fixed anchor order, so an incremental update gives the same clusters as a rebuild over the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..model import ActorMention, stable_id

__all__ = ["Assignment", "ClusterAnchor", "ClusterInput", "EventCluster", "When", "agree", "assign_clusters",
           "code_set", "group_key", "summarise", "when_of"]

Grain = Literal["day", "week", "month"]
_RANK = {"day": 0, "week": 1, "month": 2}
Day = date  # ClusterInput has a field named date


@dataclass(frozen=True, slots=True)
class When:
    """The time an event is placed at: the first day of its period and the period's grain."""

    start: date
    grain: Grain


@dataclass(frozen=True, slots=True)
class ClusterInput:
    """What clustering needs of one stored event (``story_id``: the article, or the story it duplicates)."""

    event_id: str
    article_id: str
    event: str
    actor_codes: str | None
    recipient_codes: str | None
    date: str | None = None
    date_precision: str = "unknown"
    publish_date: Day | None = None
    negated: bool = False
    hypothetical: bool = False
    story_id: str | None = None


@dataclass(frozen=True, slots=True)
class ClusterAnchor:
    """A cluster as its first member placed it: the group it belongs to and the time it stands for."""

    cluster_id: str
    group: str
    when: When | None


@dataclass(frozen=True, slots=True)
class Assignment:
    cluster_of: Mapping[str, str]  # event id -> cluster id
    new: tuple[ClusterAnchor, ...]


@dataclass(frozen=True, slots=True)
class EventCluster:
    cluster_id: str
    event: str
    actor_codes: str | None
    recipient_codes: str | None
    n_articles: int  # distinct stories: an article and its near-duplicates count once
    n_mentions: int  # event rows, copies included
    first_seen: date | None
    last_seen: date | None


def code_set(mentions: Iterable[ActorMention]) -> str | None:
    """The canonical code set of some mentions (sorted, ``+``-joined), as the store's actor_code column."""
    return "+".join(sorted({m.code for m in mentions if m.code})) or None


def group_key(ev: ClusterInput) -> str:
    return stable_id(ev.event, ev.actor_codes, ev.recipient_codes, ev.negated, ev.hypothetical)


def _parse(value: str | None, precision: str) -> When | None:
    if not value:
        return None
    try:
        if precision == "day":
            return When(date.fromisoformat(value[:10]), "day")
        if precision == "week" and "-W" in value:
            year, week = value.split("-W")
            return When(date.fromisocalendar(int(year), int(week[:2]), 1), "week")
        if precision == "month":
            return When(date(int(value[:4]), int(value[5:7]), 1), "month")
    except ValueError:
        return None
    return None


def when_of(ev: ClusterInput) -> When | None:
    """The event's own date when day, week or month precise; else the publication date at week grain."""
    own = _parse(ev.date, ev.date_precision)
    if own is not None:
        return own
    return When(ev.publish_date, "week") if ev.publish_date else None


def agree(a: When, b: When) -> bool:
    """Same day when both are days; else the same period at the coarser of the two grains."""
    grain = max(a.grain, b.grain, key=_RANK.__getitem__)
    if grain == "day":
        return a.start == b.start
    if grain == "week":
        return a.start.isocalendar()[:2] == b.start.isocalendar()[:2]
    return (a.start.year, a.start.month) == (b.start.year, b.start.month)


def _anchor_for(ev: ClusterInput) -> ClusterAnchor:
    when = when_of(ev) if (ev.actor_codes or ev.recipient_codes) else None
    if when is None:  # never merged: a cluster of its own
        return ClusterAnchor(stable_id("cluster", ev.event_id), stable_id("single", ev.event_id), None)
    group = group_key(ev)
    return ClusterAnchor(stable_id("cluster", group, when.start.isoformat(), when.grain), group, when)


def _order(anchor: ClusterAnchor) -> tuple[date, int, str]:
    when = anchor.when
    return (when.start, _RANK[when.grain], anchor.cluster_id) if when else (date.min, 0, anchor.cluster_id)


def assign_clusters(events: Sequence[ClusterInput], anchors: Sequence[ClusterAnchor] = ()) -> Assignment:
    """Give each event a cluster: the first agreeing anchor of its group (existing anchors included), or a
    new cluster it anchors. ``events`` in stored order; ``anchors`` the existing clusters of their groups."""
    by_group: dict[str, list[ClusterAnchor]] = {}
    for anchor in sorted(anchors, key=_order):
        by_group.setdefault(anchor.group, []).append(anchor)
    cluster_of: dict[str, str] = {}
    new: list[ClusterAnchor] = []
    for ev in events:
        own = _anchor_for(ev)
        match = next((a for a in by_group.get(own.group, ()) if a.when and own.when and agree(a.when, own.when)),
                     None)
        if match is None:
            match = own
            new.append(own)
            by_group.setdefault(own.group, []).append(own)
            by_group[own.group].sort(key=_order)
        cluster_of[ev.event_id] = match.cluster_id
    return Assignment(cluster_of=cluster_of, new=tuple(new))


def summarise(events: Sequence[ClusterInput], assignment: Assignment) -> list[EventCluster]:
    """One record per cluster with its article and mention counts and first/last publication dates."""
    members: dict[str, list[ClusterInput]] = {}
    for ev in events:
        members.setdefault(assignment.cluster_of[ev.event_id], []).append(ev)
    out = []
    for cid, evs in members.items():
        seen = sorted(d for e in evs if (d := e.publish_date) is not None)
        out.append(EventCluster(cid, evs[0].event, evs[0].actor_codes, evs[0].recipient_codes,
                                len({e.story_id or e.article_id for e in evs}), len(evs),
                                seen[0] if seen else None, seen[-1] if seen else None))
    return sorted(out, key=lambda c: (-c.n_articles, -c.n_mentions, c.cluster_id))
