"""Reading the store: ``events``, ``show``, ``summary``, ``quarantine``, ``export``."""

from __future__ import annotations

import click

from ..store import EXPORT_FORMATS, TABLES, Store
from .common import (
    CONFIG_OPTION,
    DB_OPTION,
    emit_rows,
    err_console,
    handle_errors,
    load,
    parse_date,
    print_json,
)
from .render import print_article, print_events, print_summary

__all__ = ["events_command", "export_command", "quarantine_command", "show_command", "summary_command"]


def _store(db: str | None, config: str | None) -> Store:
    return Store(load(config, store_path=db).store_path)


@click.command("events")
@DB_OPTION
@CONFIG_OPTION
@click.option("--actor", help="Actor or recipient code (RUS, JPN, UNO ...)")
@click.option("--type", "event_type", help="PLOVER event type (AGREE, CONSULT, ASSAULT ...)")
@click.option("--since", help="Events on or after this date (YYYY-MM-DD)")
@click.option("--until", help="Events on or before this date (YYYY-MM-DD)")
@click.option("--all", "include_flagged", is_flag=True, help="Include negated and hypothetical events")
@click.option("--limit", type=int, default=None, help="At most this many events")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
@handle_errors
def events_command(db: str | None, config: str | None, actor: str | None, event_type: str | None,
                   since: str | None, until: str | None, include_flagged: bool, limit: int | None, fmt: str) -> None:
    """List coded events, filtered by actor, type and date."""
    with _store(db, config) as store:
        rows = store.events(actor=actor, event_type=event_type, since=parse_date(since), until=parse_date(until),
                            include_flagged=include_flagged, limit=limit)
    emit_rows(rows, fmt, table=print_events)


@click.command("show")
@click.argument("article_id")
@DB_OPTION
@CONFIG_OPTION
@click.option("--json", "as_json", is_flag=True)
@handle_errors
def show_command(article_id: str, db: str | None, config: str | None, as_json: bool) -> None:
    """Show an article (id, id prefix or your own id) with its events, quotes and dates highlighted."""
    with _store(db, config) as store:
        art = store.article(article_id)
    if art is None:
        err_console.print(f"[red]error[/red] no single article matches {article_id!r}")
        raise SystemExit(1)
    print_json(art) if as_json else print_article(art)


@click.command("summary")
@DB_OPTION
@CONFIG_OPTION
@click.option("--json", "as_json", is_flag=True)
@handle_errors
def summary_command(db: str | None, config: str | None, as_json: bool) -> None:
    """Counts by event type, top dyads and quarantined inputs of the store."""
    with _store(db, config) as store:
        summary = store.summary()
    print_json(summary) if as_json else print_summary(summary)


@click.command("quarantine")
@DB_OPTION
@CONFIG_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@handle_errors
def quarantine_command(db: str | None, config: str | None, fmt: str) -> None:
    """List the inputs that could not be processed, with their reason codes."""
    with _store(db, config) as store:
        rows = store.quarantine()
    for row in rows:
        if fmt == "json":
            print_json(row)
        else:
            where = row["source"] + (f"!{row['member']}" if row["member"] else "")
            where += f"@{row['record_offset']}" if row["record_offset"] is not None else ""
            click.echo(f"{row['reason']:22s} {where}: {row['message']}")


@click.command("export")
@click.argument("output", type=click.Path(dir_okay=False))
@DB_OPTION
@CONFIG_OPTION
@click.option("--table", type=click.Choice(TABLES), default="events")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="Default: from the file extension")
@handle_errors
def export_command(output: str, db: str | None, config: str | None, table: str, fmt: str | None) -> None:
    """Export a table of the store to Parquet, CSV, JSONL or (events) the GDELT 2.0 event layout."""
    fmt = fmt or output.rsplit(".", 1)[-1].lower()
    with _store(db, config) as store:
        n = store.export(table, output, fmt=fmt)
    err_console.print(f"wrote {n} rows of {table} to {output}")
