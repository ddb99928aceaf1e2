"""Terminal rendering with rich: summaries, event tables, an article with its evidence highlighted."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..evaluate.report import Report

__all__ = ["print_article", "print_events", "print_report", "print_summary"]

console = Console(highlight=False)


def print_summary(summary: dict[str, Any]) -> None:
    run = summary.get("run")
    if run:
        console.print(f"run {run['run_id']}: {run['articles']} articles coded, {run['skipped']} already stored, "
                      f"{run.get('duplicates', 0)} near-duplicates, {run['events']} events, "
                      f"{run['quarantined']} inputs quarantined")
    flagged = summary["flagged"]
    console.print(f"store: {summary['articles']} articles ({summary.get('duplicate_articles', 0)} near-duplicates), "
                  f"{summary['events']} events in {summary.get('event_clusters', 0)} clusters "
                  f"(not counted: {flagged['negated']} negated, {flagged['hypothetical']} hypothetical; "
                  f"{flagged['historical']} historical), {summary['quarantined']} quarantined")
    table = Table(title="Events by type")
    table.add_column("PLOVER type")
    table.add_column("events", justify="right")
    for row in summary["events_by_type"]:
        table.add_row(row["event"], str(row["n"]))
    console.print(table)
    dyads = Table(title="Top dyads")
    for col in ("actor", "recipient", "events"):
        dyads.add_column(col, justify="right" if col == "events" else "left")
    for row in summary["top_dyads"]:
        dyads.add_row(row["actor_code"], row["recipient_code"], str(row["n"]))
    console.print(dyads)
    for row in summary["quarantine_reasons"]:
        console.print(f"quarantined [{row['reason']}]: {row['n']}")


def print_events(rows: list[dict[str, Any]]) -> None:
    table = Table()
    for col in ("date", "event", "actor", "recipient", "goldstein", "flags", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        flags = ",".join(f for f in ("negated", "hypothetical", "historical") if r.get(f))
        table.add_row(str(r["date"] or r["publish_date"] or ""), r["event"], _who(r, "actor"), _who(r, "recipient"),
                      "" if r["goldstein"] is None else f"{r['goldstein']:+.1f}", flags, r["sentence"])
    console.print(table)


def _who(row: dict[str, Any], role: str) -> str:
    code = row.get(f"{role}_code")
    if not code:
        return ""
    sector = row.get(f"{role}_sector")
    return f"{code}{' ' + sector if sector else ''} ({row.get(f'{role}_name') or ''})"


def print_article(art: dict[str, Any]) -> None:
    console.rule(f"{art['title'] or art['id']}  [{art['publish_date'] or 'no date'}]  {art['source'] or ''}")
    text = Text(art["text"])
    for ent in art["entities"]:
        text.stylize("bold cyan", ent["start_char"], ent["end_char"])
    for t in art["timexes"]:
        text.stylize("green", t["start_char"], t["end_char"])
    for ev in art["events"]:
        text.stylize("bold red underline", ev["trigger_start"], ev["trigger_end"])
    console.print(text)
    console.rule("events")
    for ev in art["events"]:
        flags = ",".join(f for f in ("negated", "hypothetical", "historical") if ev[f])
        console.print(f"[bold]{ev['event']}[/bold] {ev['actor_code'] or '-'} → {ev['recipient_code'] or '-'} "
                      f"date={ev['date'] or '?'} ({ev['date_precision']}) cameo={ev['cameo_root']} "
                      f"goldstein={ev['goldstein']} {flags}  «{ev['sentence']}»")
    for q in art["quotes"]:
        console.print(f"[magenta]quote[/magenta] {q['speaker'] or '(unattributed)'}: “{q['text']}”")
    for t in art["timexes"]:
        console.print(f"[green]timex[/green] {t['text']!r} → {t['value']} ({t['kind']})")


def print_report(report: Report) -> None:
    console.rule(f"eval: {report.name}")
    for key, value in report.metrics.items():
        console.print(f"{key:40s} {value:.4f}" if isinstance(value, float) else f"{key:40s} {value}")
    for tab in report.tables:
        table = Table(title=tab.title)
        for col in tab.columns:
            table.add_column(col)
        for row in tab.rows:
            table.add_row(*row)
        console.print(table)
    for note in report.notes:
        console.print(f"note: {note}")
