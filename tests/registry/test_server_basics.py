"""The server's plumbing: health, problem+json for unknown routes and missing tokens."""

from __future__ import annotations

from live_registry import LiveRegistry


def test_health_reports_version_and_time(registry: LiveRegistry) -> None:
    r = registry.get("/api/v1/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["training"] is False
    assert "T" in body["server_time"]


def test_unknown_route_is_problem_json(registry: LiveRegistry) -> None:
    r = registry.get("/api/v1/no-such-thing")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "NOT_FOUND"


def test_changes_need_a_token(registry: LiveRegistry) -> None:
    r = registry.get("/api/v1/changes")
    assert r.status_code == 401
    assert r.json()["code"] == "UNAUTHORIZED"
    assert r.headers["www-authenticate"] == "Bearer"


def test_bad_token_is_refused(registry: LiveRegistry) -> None:
    r = registry.get("/api/v1/changes", headers={"Authorization": "Bearer nonsense"})
    assert r.status_code == 401
    assert r.json()["code"] == "UNAUTHORIZED"


def test_clock_offset_moves_server_time(clock: LiveRegistry) -> None:
    clock.set_clock_offset(86400 * 3)
    r = clock.get("/api/v1/_sandbox/clock")
    assert r.json()["offset_s"] == 86400 * 3
