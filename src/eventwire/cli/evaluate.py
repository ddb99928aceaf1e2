"""``eventwire eval [KIND] PATH``: score the engine on a gold set."""

from __future__ import annotations

from pathlib import Path

import click

from .common import CONFIG_OPTION, handle_errors, load, print_json
from .render import print_report

__all__ = ["eval_command"]


@click.command("eval")
@click.argument("args", nargs=-1, required=True)
@CONFIG_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON")
@handle_errors
def eval_command(args: tuple[str, ...], config: str | None, as_json: bool) -> None:
    """Score the engine on a gold set and print precision, recall and F1.

    ARGS is PATH or KIND PATH, KIND one of: seed, plover, petrarch, timex, quotes, geo, extraction, actors.
    The format is detected from PATH when KIND is not given.
    """
    from ..evaluate import score
    from ..pipeline import Engine

    if len(args) > 2:
        raise click.UsageError("eval takes PATH or KIND PATH")
    kind, path = (args[0], args[1]) if len(args) == 2 else (None, args[0])
    report = score(Path(path), engine=Engine(load(config)), kind=kind)
    if as_json:
        print_json({"name": report.name, "metrics": report.metrics})
    else:
        print_report(report)
