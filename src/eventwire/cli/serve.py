"""``eventwire serve``: the HTTP API and the web dashboard over a store."""

from __future__ import annotations

import click

from .common import CONFIG_OPTION, DB_OPTION, handle_errors, load

__all__ = ["serve_command"]


@click.command("serve")
@DB_OPTION
@CONFIG_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on")
@handle_errors
def serve_command(db: str | None, config: str | None, host: str, port: int) -> None:
    """Serve the HTTP API (/api/..., OpenAPI docs at /docs) and the dashboard (/) for a store."""
    import uvicorn

    from ..api import create_app

    uvicorn.run(create_app(settings=load(config, store_path=db)), host=host, port=port, log_level="info")
