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
    allow_host: Annotated[list[str] | None, typer.Option(
        help="Another name this server answers to (a proxy's); requests naming others get 400.")] = None,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs) and the dashboard (at /)."""
    import uvicorn

    from bilateral.web import create_app
    from bilateral.web.guard import served_hosts

    settings = settings_from(config, db)
    out.print(f"serving {settings.db_path} on http://{host}:{port}/ (API docs at /docs)", highlight=False)
    app = create_app(settings, hosts=served_hosts(host, allow_host or ()))
    uvicorn.run(app, host=host, port=port, log_level="warning")
