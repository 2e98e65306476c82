"""schemathesis against the OpenAPI schema: generated requests to every operation find no 500."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from bilateral.settings import load_settings
from bilateral.web import create_app
from tests.conftest import build_event
from tests.reliability.conftest import populate

pytestmark = pytest.mark.slow

_DB = Path(tempfile.mkdtemp(prefix="bilateral-st-")) / "st.duckdb"
populate(_DB, build_event)
_APP = create_app(load_settings(overrides={"db_path": str(_DB), "api_token": "s3cret"}))
schema = schemathesis.openapi.from_asgi("/openapi.json", _APP)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_schemathesis_no_server_errors(case) -> None:
    response = case.call()
    assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:300])
