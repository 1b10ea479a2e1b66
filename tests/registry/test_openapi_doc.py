"""docs/registry-api.json is the protocol's published document: it must match the code."""

from __future__ import annotations

import json
from pathlib import Path

from zsdesk.registry.server.app import create_app
from zsdesk.registry.server.cli import main, openapi_text
from zsdesk.registry.server.settings import ServerSettings

DOC = Path(__file__).resolve().parents[2] / "docs" / "registry-api.json"


def _current() -> str:
    app = create_app(ServerSettings(db_url="sqlite://", create_tables=False))
    return openapi_text(app.openapi())


def test_exported_openapi_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == _current(), (
        "docs/registry-api.json is stale: run `uv run --frozen zsdesk-registry openapi > docs/registry-api.json`")


def test_cli_prints_the_same_document(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["openapi"]) == 0
    assert capsys.readouterr().out == _current()


def test_errors_are_documented_as_problem_json() -> None:
    doc = json.loads(DOC.read_text(encoding="utf-8"))
    assert "/api/v1/_sandbox/clock" not in doc["paths"]
    login = doc["paths"]["/api/v1/auth/login"]["post"]["responses"]
    assert set(login["401"]["content"]) == {"application/problem+json"}
    assert login["401"]["content"]["application/problem+json"]["schema"] == {"$ref": "#/components/schemas/Problem"}
    assert "HTTPValidationError" not in doc["components"]["schemas"]
