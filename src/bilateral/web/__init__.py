"""The HTTP API and the dashboard (FastAPI), served by ``bilateral serve``."""

from bilateral.web.app import create_app

__all__ = ["create_app"]
