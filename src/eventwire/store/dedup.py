"""Store side of dedup: signatures and LSH bands, duplicate links, and event clusters (docs/DEDUP.md).

Functions over an open DuckDB connection, called by ``Store`` inside its write transactions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import duckdb

from ..dedup.clusters import ClusterAnchor, ClusterInput, When, assign_clusters, group_key
from ..dedup.records import Deduped, StoredSignature

__all__ = ["CLUSTER_ORDER", "cluster_ids_of", "record_signatures", "refresh_clusters", "signature_candidates"]

CLUSTER_ORDER = "n_articles DESC, n_mentions DESC, first_seen, cluster_id"


def signature_candidates(con: duckdb.DuckDBPyConnection, bands: Sequence[int]) -> list[StoredSignature]:
    """Stored signatures sharing a band with ``bands``, earliest stored first."""
    if not bands:
        return []
    # Two point lookups, not one join: the band hashes (our own integers) are inlined so DuckDB answers the IN
    # list from the ART index, then the few candidate signatures are read by primary key (5x faster at 10k).
    listed = ", ".join(str(int(b)) for b in bands)
    ids = sorted({str(r[0]) for r in con.execute(
        f"SELECT article_id FROM signature_bands WHERE band_hash IN ({listed})").fetchall()})
    if not ids:
        return []
    rows = con.execute("SELECT article_id, root_id, signature FROM signatures WHERE article_id IN"
                       f" ({', '.join('?' * len(ids))}) ORDER BY stored_at, article_id", ids).fetchall()
    return [StoredSignature(str(a), str(r), bytes(v)) for a, r, v in rows]


def record_signatures(con: duckdb.DuckDBPyConnection, items: Sequence[Deduped], now: datetime) -> None:
    """Store the signatures and duplicate links of ``items`` (whose articles are already written)."""
    ids = [d.result.article.id for d in items]
    if not ids:
        return
    known = [str(r[0]) for r in con.execute(
        f"SELECT article_id FROM signatures WHERE article_id IN ({', '.join('?' * len(ids))})", ids).fetchall()]
    if known:  # a rewrite: only then scan the bands table to drop the old bands
        con.execute("DELETE FROM signature_bands WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [known])
        con.execute("DELETE FROM signatures WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [known])
    signed = [(d, d.signature) for d in items if d.signature is not None]
    if signed:
        con.executemany("INSERT INTO signatures VALUES (?, ?, ?, ?, ?)",
                        [(d.result.article.id, d.root_id, d.duplicate_of.jaccard if d.duplicate_of else None,
                          sig.values, now) for d, sig in signed])
        bands = [(b, d.result.article.id) for d, sig in signed for b in sig.bands]
        con.execute("INSERT INTO signature_bands SELECT unnest(?::BIGINT[]), unnest(?::VARCHAR[])",
                    [[b for b, _ in bands], [a for _, a in bands]])
    links = [(d.duplicate_of.article_id, d.result.article.id) for d in items if d.duplicate_of]
    if links:
        con.executemany("UPDATE articles SET duplicate_of = ? WHERE id = ?", links)
        con.execute("UPDATE events SET duplicate = TRUE WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                    [[a for _, a in links]])


def cluster_ids_of(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> list[str]:
    """The clusters the events of these articles belong to now (before they are rewritten)."""
    if not article_ids:
        return []
    rows = con.execute("SELECT DISTINCT event_cluster FROM events WHERE event_cluster IS NOT NULL AND article_id"
                       " IN (SELECT unnest(?::VARCHAR[]))", [list(article_ids)]).fetchall()
    return [str(r[0]) for r in rows]


_INPUTS = """
SELECT e.id, e.article_id, e.event, e.actor_code, e.recipient_code, e.date, e.date_precision, a.publish_date,
       coalesce(e.negated, FALSE), coalesce(e.hypothetical, FALSE), coalesce(a.duplicate_of, a.id)
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.article_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY a.stored_at, a.id, e.sentence_start, e.trigger_start, e.id
"""


def _inputs(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> list[ClusterInput]:
    rows = con.execute(_INPUTS, [list(article_ids)]).fetchall()
    return [ClusterInput(event_id=r[0], article_id=r[1], event=r[2], actor_codes=r[3], recipient_codes=r[4],
                         date=r[5], date_precision=r[6] or "unknown", publish_date=r[7], negated=bool(r[8]),
                         hypothetical=bool(r[9]), story_id=r[10]) for r in rows]


def _anchors(con: duckdb.DuckDBPyConnection, groups: Sequence[str]) -> list[ClusterAnchor]:
    rows = con.execute("SELECT cluster_id, group_key, anchor_start, anchor_grain FROM event_clusters"
                       " WHERE group_key IN (SELECT unnest(?::VARCHAR[]))", [list(groups)]).fetchall()
    return [ClusterAnchor(c, g, When(s, w) if s is not None else None) for c, g, s, w in rows]


_STATS = """
UPDATE event_clusters c SET n_articles = s.n_articles, n_mentions = s.n_mentions, n_copies = s.n_copies,
       first_seen = s.first_seen, last_seen = s.last_seen
FROM (SELECT e.event_cluster AS cid, count(DISTINCT coalesce(a.duplicate_of, a.id)) AS n_articles,
             count(*) AS n_mentions, count(DISTINCT a.id) FILTER (WHERE a.duplicate_of IS NOT NULL) AS n_copies,
             min(coalesce(a.publish_date, a.stored_at::DATE)) AS first_seen,
             max(coalesce(a.publish_date, a.stored_at::DATE)) AS last_seen
      FROM events e JOIN articles a ON a.id = e.article_id
      WHERE e.event_cluster IN (SELECT unnest(?::VARCHAR[])) GROUP BY e.event_cluster) s
WHERE c.cluster_id = s.cid
"""


def refresh_clusters(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], previous: Sequence[str] = ()
                     ) -> None:
    """Assign the events of ``article_ids`` to clusters, then recount every cluster touched (``previous``: the
    clusters those articles' events belonged to before a rewrite; emptied ones are dropped)."""
    inputs = _inputs(con, article_ids)
    groups = sorted({group_key(i) for i in inputs})
    assignment = assign_clusters(inputs, _anchors(con, groups))
    first = {assignment.cluster_of[i.event_id]: i for i in reversed(inputs)}
    if assignment.new:
        con.executemany("INSERT OR IGNORE INTO event_clusters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, NULL, NULL)",
                        [_anchor_row(a, first[a.cluster_id]) for a in assignment.new])
    if assignment.cluster_of:
        con.executemany("UPDATE events SET event_cluster = ? WHERE id = ?",
                        [(c, e) for e, c in assignment.cluster_of.items()])
    touched = sorted(set(assignment.cluster_of.values()) | set(previous))
    con.execute(_STATS, [touched])
    con.execute("DELETE FROM event_clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[])) AND cluster_id NOT"
                " IN (SELECT event_cluster FROM events WHERE event_cluster IS NOT NULL AND event_cluster IN"
                " (SELECT unnest(?::VARCHAR[])))", [touched, touched])


def _anchor_row(anchor: ClusterAnchor, ev: ClusterInput) -> tuple[Any, ...]:
    when = anchor.when
    return (anchor.cluster_id, anchor.group, when.start if when else None, when.grain if when else None, ev.event,
            ev.actor_codes, ev.recipient_codes, ev.negated, ev.hypothetical)
