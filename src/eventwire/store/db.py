"""The DuckDB store: the only module that imports duckdb.

Writes are upserts keyed by deterministic ids, one transaction per batch, so a crash loses at most the
batch in flight and a rerun stores it again without duplicates.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from ..dedup.records import Deduped, StoredSignature
from ..errors import EventwireError, Reason
from ..model import Discard, Result, stable_id
from .dedup import CLUSTER_ORDER, cluster_ids_of, record_signatures, refresh_clusters, signature_candidates
from .rows import ROW_BUILDERS, article_row, quarantine_row

__all__ = ["EXPORT_FORMATS", "Store", "StoreError"]

SCHEMA_VERSION = "2"  # 2: dedup columns and tables, added in place to version 1 stores
EXPORT_FORMATS = ("parquet", "csv", "jsonl", "gdelt")
TABLES = ("articles", "events", "entities", "quotes", "timexes", "places", "quarantine", "runs", "signatures",
          "event_clusters")
PART_TABLES = ("articles", "events", "entities", "quotes", "timexes", "places", "quarantine")


class StoreError(EventwireError):
    code = "E300"

    def __init__(self, message: str) -> None:
        super().__init__(message, reason=Reason.PROCESSING)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _filters(actor: str | None, event_type: str | None, since: date | None, until: date | None,
             include_flagged: bool, *, prefix: str, since_col: str, until_col: str) -> tuple[str, list[Any]]:
    """WHERE clause shared by the event and cluster listings (``prefix`` is the table alias with its dot)."""
    clauses: list[str] = ["TRUE"]
    params: list[Any] = []
    if not include_flagged:
        clauses.append(f"NOT {prefix}negated AND NOT {prefix}hypothetical")
    if actor:
        clauses.append(f"({prefix}actor_code LIKE ? OR {prefix}recipient_code LIKE ?)")
        params += [f"%{actor.upper()}%", f"%{actor.upper()}%"]
    if event_type:
        clauses.append(f"{prefix}event = ?")
        params.append(event_type.upper())
    if since:
        clauses.append(f"{since_col} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{until_col} <= ?")
        params.append(until)
    return " AND ".join(clauses), params


class Store:
    """An eventwire database file (or ``:memory:``)."""

    def __init__(self, path: str | Path = "eventwire.duckdb", *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        if not read_only:
            self.con.execute(resources.files(__package__).joinpath("schema.sql").read_text("utf-8"))
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- writing -------------------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        row = self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None

    def signature_candidates(self, bands: Sequence[int]) -> list[StoredSignature]:
        """Stored MinHash signatures sharing an LSH band (``dedup.SignatureLookup``)."""
        return signature_candidates(self.con, bands)

    def unsigned_articles(self, *, limit: int = 500) -> list[tuple[str, str]]:
        """(id, text) of stored articles without a signature, earliest stored first (the dedup backlog)."""
        rows = self.con.execute("SELECT id, text FROM articles WHERE id NOT IN (SELECT article_id FROM signatures)"
                                " ORDER BY stored_at, id LIMIT ?", [limit]).fetchall()
        return [(str(i), str(t or "")) for i, t in rows]

    def record_duplicates(self, items: Sequence[Deduped]) -> None:
        """Store signatures and duplicate links for articles already stored, and recount their clusters."""
        ids = [d.result.article.id for d in items]
        self.con.execute("BEGIN TRANSACTION")
        try:
            record_signatures(self.con, items, _now())
            refresh_clusters(self.con, ids, cluster_ids_of(self.con, ids))
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot record duplicates: {exc}") from exc

    def start_run(self, inputs: Sequence[str]) -> str:
        started = _now()
        run_id = stable_id(list(inputs), started.isoformat())
        self.con.execute("INSERT INTO runs VALUES (?, ?, NULL, ?, 'running', 0, 0, 0, 0)",
                         [run_id, started, json.dumps(list(inputs))])
        return run_id

    def finish_run(self, run_id: str, *, articles: int, skipped: int, events: int, discards: int,
                   status: str = "done") -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, status = ?, articles = ?, skipped = ?, events = ?, discards = ?"
            " WHERE run_id = ?", [_now(), status, articles, skipped, events, discards, run_id])

    def write(self, items: Iterable[Result | Deduped | Discard], *, run_id: str = "") -> None:
        """Upsert a batch of results and quarantine rows in one transaction.

        ``Deduped`` results also store their signature and duplicate link; every written article's events are
        assigned to event clusters in the same transaction."""
        batch = list(items)
        deduped = [i for i in batch if isinstance(i, Deduped)]
        results = [i for i in batch if isinstance(i, Result)] + [d.result for d in deduped]
        discards = [i for i in batch if isinstance(i, Discard)]
        now = _now()
        self.con.execute("BEGIN TRANSACTION")
        try:
            previous = cluster_ids_of(self.con, [r.article.id for r in results])
            self._write_results(results, run_id, now)
            record_signatures(self.con, deduped, now)
            if results:
                refresh_clusters(self.con, [r.article.id for r in results], previous)
            if discards:
                self.con.executemany("INSERT OR REPLACE INTO quarantine VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                     [quarantine_row(d, run_id, now) for d in discards])
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"write failed: {exc}") from exc

    def _write_results(self, results: list[Result], run_id: str, now: datetime) -> None:
        if not results:
            return
        ids = [r.article.id for r in results]
        marks = ", ".join("?" * len(ids))
        for table in ROW_BUILDERS:
            self.con.execute(f"DELETE FROM {table} WHERE article_id IN ({marks})", ids)
        previous = self._previous_versions(results)
        self._insert("articles", [article_row(r, run_id, now, previous.get(r.article.id)) for r in results])
        for table, build in ROW_BUILDERS.items():
            self._insert(table, [row for r in results for row in build(r)])

    def _previous_versions(self, results: list[Result]) -> dict[str, str]:
        """A new text under a known URL is a new version: link it to the latest one stored (or earlier in
        the batch) under that URL. Re-storing the same text keeps its own link."""
        latest: dict[str, str] = {}
        ids = [r.article.id for r in results]
        marks = ", ".join("?" * len(ids))
        stored = dict(self.con.execute(f"SELECT id, previous_version FROM articles WHERE id IN ({marks})",
                                       ids).fetchall())
        links: dict[str, str] = {k: v for k, v in stored.items() if v}
        for r in results:
            url, aid = r.article.url, r.article.id
            if not url or aid in stored:
                continue
            if url not in latest:
                row = self.con.execute("SELECT id FROM articles WHERE url = ? AND id <> ? ORDER BY stored_at DESC,"
                                       " id LIMIT 1", [url, aid]).fetchone()
                if row:
                    latest[url] = str(row[0])
            if latest.get(url) and latest[url] != aid:
                links[aid] = latest[url]
            latest[url] = aid
        return links

    def _insert(self, table: str, rows: list[tuple[Any, ...]], *, chunk: int = 256) -> None:
        """Multi-row ``INSERT OR REPLACE``: DuckDB runs ``executemany`` as one statement per row, which cost
        more than coding the articles; one statement per chunk of rows is ~50x faster."""
        for i in range(0, len(rows), chunk):
            part = rows[i:i + chunk]
            one = "(" + ", ".join("?" * len(part[0])) + ")"
            values = [v for row in part for v in row]
            self.con.execute(f"INSERT OR REPLACE INTO {table} VALUES {', '.join([one] * len(part))}", values)

    def export_parts(self, folder: str | Path) -> None:
        """Write every data table as ``folder/<table>.parquet`` (a shard's output in distributed runs)."""
        for table in PART_TABLES:
            target = str(Path(folder) / f"{table}.parquet").replace("'", "''")
            self.con.execute(f"COPY (SELECT * FROM {table}) TO '{target}' (FORMAT parquet)")

    def import_parts(self, folder: str | Path) -> None:
        """Upsert a shard's Parquet parts: an article's old child rows are replaced, never duplicated."""
        parts = {t: str(Path(folder) / f"{t}.parquet") for t in PART_TABLES}
        missing = [p for p in parts.values() if not Path(p).exists()]
        if missing:
            raise StoreError(f"incomplete parts in {folder}: {', '.join(missing)}")
        ids = [str(r[0]) for r in self.con.execute("SELECT id FROM read_parquet(?)", [parts["articles"]]).fetchall()]
        self.con.execute("BEGIN TRANSACTION")
        try:
            previous = cluster_ids_of(self.con, ids)
            for table in ROW_BUILDERS:
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM read_parquet(?))",
                                 [parts["articles"]])
            for table, path in parts.items():
                # BY NAME: parts written before schema 2 lack the dedup columns, which then stay default.
                self.con.execute(f"INSERT OR REPLACE INTO {table} BY NAME SELECT * FROM read_parquet(?)", [path])
            refresh_clusters(self.con, ids, previous)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot merge parts from {folder}: {exc}") from exc

    # -- reading -------------------------------------------------------------------------------------
    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description or ()]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def summary(self, *, top: int = 10) -> dict[str, Any]:
        """Counts for people: only events that happened (not negated, not hypothetical), each story once (events
        of near-duplicate articles are left out)."""
        real = "NOT negated AND NOT hypothetical AND NOT coalesce(duplicate, FALSE)"
        by_type = self._dicts(f"SELECT event, count(*) AS n FROM events WHERE {real} GROUP BY event "
                              "ORDER BY n DESC, event")
        dyads = self._dicts(
            f"SELECT actor_code, recipient_code, count(*) AS n FROM events WHERE {real} AND actor_code IS NOT NULL"
            " AND recipient_code IS NOT NULL AND actor_code <> recipient_code GROUP BY ALL"
            " ORDER BY n DESC, actor_code, recipient_code LIMIT ?", [top])
        flagged = self._dicts("SELECT count(*) FILTER (WHERE negated) AS negated, count(*) FILTER (WHERE "
                              "hypothetical) AS hypothetical, count(*) FILTER (WHERE historical) AS historical "
                              "FROM events WHERE NOT coalesce(duplicate, FALSE)")[0]
        reasons = self._dicts("SELECT reason, count(*) AS n FROM quarantine GROUP BY reason ORDER BY n DESC")
        dups = self.con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()
        return {"articles": self.count("articles"), "duplicate_articles": int(dups[0]) if dups else 0,
                "event_clusters": self.count("event_clusters"), "events": sum(r["n"] for r in by_type),
                "events_by_type": by_type, "top_dyads": dyads, "flagged": flagged,
                "quarantined": self.count("quarantine"), "quarantine_reasons": reasons}

    def events(self, *, actor: str | None = None, event_type: str | None = None, since: date | None = None,
               until: date | None = None, include_flagged: bool = False, limit: int | None = None,
               include_duplicates: bool = False, offset: int = 0) -> list[dict[str, Any]]:
        """Stored events; events of near-duplicate articles only with ``include_duplicates``."""
        when = "coalesce(e.event_date, a.publish_date)"
        where, params = _filters(actor, event_type, since, until, include_flagged, prefix="e.", since_col=when,
                                 until_col=when)
        if not include_duplicates:
            where += " AND NOT coalesce(e.duplicate, FALSE)"
        sql = ("SELECT e.id, e.article_id, a.publish_date, e.date, e.date_precision, e.event, e.mode, e.actor_code,"
               " e.actor_sector, e.actor_name, e.recipient_code, e.recipient_sector, e.recipient_name, e.quad_code,"
               " e.cameo_root, e.goldstein, e.negated, e.hypothetical, e.historical, e.event_text, e.sentence,"
               " e.confidence FROM events e JOIN articles a ON a.id = e.article_id"
               f" WHERE {where} ORDER BY coalesce(e.event_date, a.publish_date), e.article_id, e.sentence_start, e.id")
        if limit:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return self._dicts(sql, params)

    def clusters(self, *, actor: str | None = None, event_type: str | None = None, since: date | None = None,
                 until: date | None = None, include_flagged: bool = False, min_articles: int = 1,
                 limit: int | None = None) -> list[dict[str, Any]]:
        """One row per event cluster (a real-world event) with its article and mention counts."""
        where, params = _filters(actor, event_type, since, until, include_flagged, prefix="",
                                 since_col="last_seen", until_col="first_seen")
        clauses, params = [where, "n_articles >= ?"], [*params, min_articles]
        sql = ("SELECT cluster_id, event, actor_code, recipient_code, anchor_start AS date, anchor_grain AS"
               " date_grain, negated, hypothetical, n_articles, n_mentions, n_copies, first_seen, last_seen"
               f" FROM event_clusters WHERE {' AND '.join(clauses)} ORDER BY {CLUSTER_ORDER}")
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._dicts(sql, params)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """An article with everything extracted from it; ``article_id`` may be a prefix or the user's id."""
        rows = self._dicts("SELECT * FROM articles WHERE id LIKE ? OR external_id = ? ORDER BY id LIMIT 2",
                           [f"{article_id}%", article_id])
        if len(rows) != 1:
            return None
        art = rows[0]
        for table in ROW_BUILDERS:
            order = "sentence_start, trigger_start" if table == "events" else "start_char"
            art[table] = self._dicts(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY {order}", [art["id"]])
        return art

    def articles(self, *, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        return self._dicts("SELECT id, external_id, title, url, publish_date, source, n_events FROM articles"
                           " ORDER BY publish_date DESC NULLS LAST, id LIMIT ? OFFSET ?", [limit, offset])

    def quarantine(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT source, member, record_offset, reason, message, doc_id, run_id, stored_at"
                           " FROM quarantine ORDER BY stored_at, source, record_offset")

    def runs(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM runs ORDER BY started_at")

    def export(self, table: str, path: str | Path, *, fmt: str = "parquet") -> int:
        """Write a table to Parquet, CSV or JSONL with DuckDB's COPY; returns the row count."""
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")
        options = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true",
                   "jsonl": "FORMAT json", "gdelt": "FORMAT csv, DELIMITER '\t', HEADER false"}.get(fmt)
        if options is None:
            raise StoreError(f"unknown export format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}")
        query = f"SELECT * FROM {table}"
        if fmt == "gdelt":
            if table != "events":
                raise StoreError("the GDELT format is for the events table")
            query = resources.files(__package__).joinpath("gdelt.sql").read_text("utf-8")
        target = str(path).replace("'", "''")
        self.con.execute(f"COPY ({query.rstrip().rstrip(';')}) TO '{target}' ({options})")
        row = self.con.execute(f"SELECT count(*) FROM ({query})").fetchone()
        return int(row[0]) if row else 0
