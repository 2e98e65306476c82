"""``bilateral serve``: the HTTP API and dashboard over a store."""

from __future__ import annotations

from typing import Annotated

import typer

from bilateral.cli.common import ConfigOption, DbOption, app, handles_errors, out, settings_from


@app.command()
@handles_errors
def serve(
    db: DbOption = None,
    config: ConfigOption = None,
    host: Annotated[str, typer.Option(help="Address to bind; 127.0.0.1 keeps it on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs) and the dashboard (at /)."""
    import uvicorn

    from bilateral.web import create_app

    settings = settings_from(config, db)
    out.print(f"serving {settings.db_path} on http://{host}:{port}/ (API docs at /docs)", highlight=False)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
