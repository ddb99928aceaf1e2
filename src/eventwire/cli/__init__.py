"""The ``eventwire`` command: a thin layer over the library, one module per command group."""

from __future__ import annotations

import click

from .. import __version__
from .actors import actors_group
from .dedup import clusters_command
from .evaluate import eval_command
from .query import events_command, export_command, quarantine_command, show_command, summary_command
from .run import analyze_command, run_command
from .serve import serve_command

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """eventwire: news articles in, coded political events (PLOVER 2.0) out. Offline."""


for command in (run_command, analyze_command, events_command, show_command, summary_command,
                quarantine_command, export_command, eval_command, serve_command, actors_group,
                clusters_command):
    main.add_command(command)

