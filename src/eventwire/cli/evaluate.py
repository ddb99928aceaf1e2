"""``eventwire eval [KIND] PATH``: score the engine on a gold set."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..evaluate.floors import below_floors, load_floors
from .common import CONFIG_OPTION, err_console, handle_errors, load, print_json
from .render import print_report

__all__ = ["eval_command"]


class _LazyEngine:
    """Builds the engine on first use, so scorers that never code (extraction) don't load spaCy."""

    def __init__(self, build: Callable[[], Any]) -> None:
        self._build = build
        self._engine: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._engine is None:
            self._engine = self._build()
        return getattr(self._engine, name)


@click.command("eval")
@click.argument("args", nargs=-1, required=True)
@CONFIG_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON")
@click.option("--floors", "floors_file", type=click.Path(exists=True, dir_okay=False),
              help="A quality/*.toml file: exit with status 1 when a metric is below its floor")
@handle_errors
def eval_command(args: tuple[str, ...], config: str | None, as_json: bool, floors_file: str | None) -> None:
    """Score the engine on a gold set and print precision, recall and F1.

    ARGS is PATH or KIND PATH, KIND one of: seed, plover, petrarch, timex, quotes, geo, extraction, actors.
    The format is detected from PATH when KIND is not given.
    """
    from ..evaluate import score
    from ..pipeline import Engine

    if len(args) > 2:
        raise click.UsageError("eval takes PATH or KIND PATH")
    kind, path = (args[0], args[1]) if len(args) == 2 else (None, args[0])
    settings = load(config)
    report = score(Path(path), engine=_LazyEngine(lambda: Engine(settings)), kind=kind)  # type: ignore[arg-type]
    if as_json:
        print_json({"name": report.name, "metrics": report.metrics})
    else:
        print_report(report)
    if floors_file:
        problems = below_floors(report, load_floors(floors_file))
        for line in problems:
            err_console.print(f"[red]below floor[/red] {line}")
        if problems:
            raise SystemExit(1)
        err_console.print(f"all floors of {floors_file} met")
