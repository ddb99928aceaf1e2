"""``eventwire run`` (into the store) and ``eventwire analyze`` (the JSONL machine contract)."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..config import Settings
from ..contract import discard_json, result_json
from ..model import Discard, Result
from .common import CONFIG_OPTION, DB_OPTION, err_console, handle_errors, load, parse_date, print_json
from .render import print_summary

__all__ = ["analyze_command", "run_command"]


@click.command("run")
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@CONFIG_OPTION
@click.option("--date", "default_date", help="Publication date (YYYY-MM-DD) for inputs that carry none")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON")
@click.option("--workers", type=int, default=None, help="Run on a local Dask cluster of this many processes")
@click.option("--scheduler", default=None, help="Run on the Dask cluster at this scheduler address")
@click.option("--parts", default=None, help="Folder for the Parquet parts of a Dask run [default: DB.parts]")
@handle_errors
def run_command(paths: tuple[str, ...], db: str | None, config: str | None, default_date: str | None,
                as_json: bool, workers: int | None, scheduler: str | None, parts: str | None) -> None:
    """Ingest files, folders, archives or - (stdin) into the store, then print a summary.

    With --workers or --scheduler the inputs are split into shards (one per file) and coded on a Dask
    cluster; finished shards are skipped on a rerun.
    """
    from ..runner import run
    from ..store import Store

    settings = load(config, store_path=db)
    if workers or scheduler:
        _run_distributed(paths, settings, workers or 2, scheduler, parts, as_json)
        return
    with Store(settings.store_path) as store, _progress() as bar:
        task = bar.add_task("coding", total=None)
        report = run(list(paths), store=store, settings=settings, default_date=parse_date(default_date),
                     progress=lambda item: bar.advance(task))
        summary = store.summary()
    for discard in report.discards:
        err_console.print(f"[yellow]quarantined[/yellow] {discard.origin.describe()}: "
                          f"{discard.reason}: {discard.message}")
    summary["run"] = {"run_id": report.run_id, "articles": report.articles, "skipped": report.skipped,
                      "events": report.events, "quarantined": len(report.discards),
                      "duplicates": report.duplicates}
    print_json(summary) if as_json else print_summary(summary)
    if not report.ok:
        raise SystemExit(2)


def _run_distributed(paths: tuple[str, ...], settings: Settings, workers: int, scheduler: str | None,
                     parts: str | None, as_json: bool) -> None:
    from ..distributed import run_distributed
    from ..store import Store

    with Store(settings.store_path) as store:
        shards = run_distributed(list(paths), store=store, settings=settings, scheduler=scheduler,
                                 workers=workers, out_dir=parts or settings.store_path + ".parts")
        summary = store.summary()
    summary["run"] = {"run_id": "dask", "articles": sum(s.articles for s in shards if not s.skipped),
                      "skipped": sum(s.articles for s in shards if s.skipped),
                      "events": sum(s.events for s in shards if not s.skipped),
                      "quarantined": sum(s.discards for s in shards if not s.skipped)}
    print_json(summary) if as_json else print_summary(summary)


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} documents"),
                    TimeElapsedColumn(), console=err_console, transient=True)


@click.command("analyze")
@click.argument("source", type=click.Path(exists=True, allow_dash=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Output JSONL file [default: stdout]")
@CONFIG_OPTION
@click.option("--date", "default_date", help="Publication date (YYYY-MM-DD) for inputs that carry none")
@handle_errors
def analyze_command(source: str, output: str, config: str | None, default_date: str | None) -> None:
    """Code a JSONL file of {"id", "text", "publish_date"?, "title"?, "url"?} (or one text/HTML file).

    Writes one JSON line per input document with its events, quotes, timexes, entities and places; offsets
    index the input text exactly as given.
    """
    from ..runner import analyze

    settings = load(config)
    with click.open_file(output, "w", encoding="utf-8") as out:
        for item in analyze([source], settings=settings, default_date=parse_date(default_date)):
            out.write(json.dumps(_line(item), ensure_ascii=False) + "\n")


def _line(item: Result | Discard) -> dict[str, Any]:
    if isinstance(item, Discard):
        err_console.print(f"[yellow]quarantined[/yellow] {item.origin.describe()}: {item.reason}: {item.message}")
        return discard_json(item)
    return result_json(item)


