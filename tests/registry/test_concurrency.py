"""Races over loopback against the real sandbox registry (SQLite, and PostgreSQL when set up):
many threads send the same command at the same moment; exactly one may take effect, the others
get a clean 4xx (or the replay of the winner's answer for the same Idempotency-Key), never a 5xx.

Threads are bounded (at most 16) and every wait has a deadline, so a deadlock fails the test
instead of hanging it.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import requests
from contract_helpers import consent_all, create_contract, filed_contract, fill, fresh_property
from live_registry import Actor, LiveRegistry, make_resident_id, make_uscc
from sqlalchemy import select

from zsdesk.registry.server.models.contracts import ContractRecord
from zsdesk.registry.server.models.feed import Change

C = "/api/v1/contracts"
THREADS = 12
DEADLINE_S = 60.0


class Answer:
    """What one racer got back (status, problem code, body), kept after the connection closed."""

    def __init__(self, r: requests.Response) -> None:
        self.status = r.status_code
        self.body: dict[str, Any] = r.json()
        self.replayed = r.headers.get("Idempotent-Replayed") == "true"
        self.code = self.body.get("code", "") if self.status >= 400 else ""
        if self.status >= 400:
            assert r.headers["content-type"].startswith("application/problem+json"), r.text

    def __repr__(self) -> str:
        return f"{self.status} {self.code or ''}{' replayed' if self.replayed else ''}"


def race(registry: LiveRegistry, calls: list[tuple[Actor | None, str, dict[str, Any]]]) -> list[Answer]:
    """POST all `calls` (actor, path, requests kwargs) at once: each thread its own connection,
    released together by a barrier."""
    barrier = threading.Barrier(len(calls), timeout=DEADLINE_S)

    def one(actor: Actor | None, path: str, kw: dict[str, Any]) -> Answer:
        headers = {**({"Authorization": f"Bearer {actor.token}"} if actor else {}), **kw.pop("headers", {})}
        with requests.Session() as http:
            barrier.wait()
            return Answer(http.post(registry.url(path), headers=headers, timeout=DEADLINE_S, **kw))

    with ThreadPoolExecutor(max_workers=min(len(calls), 16)) as pool:
        futures = [pool.submit(one, actor, path, dict(kw)) for actor, path, kw in calls]
        answers = [f.result(timeout=DEADLINE_S) for f in futures]
    assert all(a.status < 500 for a in answers), answers
    return answers


def _key() -> dict[str, Any]:
    return {"headers": {"Idempotency-Key": uuid.uuid4().hex}}


def _ready_draft(registry: LiveRegistry, staff: Actor, prop: Any = None) -> dict[str, Any]:
    return consent_all(registry, staff, fill(registry, staff, create_contract(registry, staff, prop)))


def _filings(registry: LiveRegistry, property_unit_no: str) -> list[ContractRecord]:
    """The contracts of one property that hold a filing number, read straight from the database."""
    with registry.db.session() as s:
        rows = s.scalars(select(ContractRecord).where(ContractRecord.filing_no != "")).all()
        return [r for r in rows if (r.property_doc or {}).get("unit_no") == property_unit_no]


def _feed_versions(registry: LiveRegistry, contract_id: str) -> list[int]:
    with registry.db.session() as s:
        rows = s.scalars(select(Change).where(Change.entity_id == contract_id).order_by(Change.id)).all()
        return [int((r.data or {}).get("version", 0)) for r in rows]


@pytest.fixture(scope="module")
def staff(registry: LiveRegistry) -> Actor:
    return registry.staff_actor()


@pytest.fixture(scope="module")
def rival(registry: LiveRegistry) -> Actor:
    """A staff member of another agency."""
    return registry.staff_actor()


def test_one_draft_submitted_by_many_threads_with_different_keys_is_filed_once(
        registry: LiveRegistry, staff: Actor) -> None:
    prop = fresh_property()
    draft = _ready_draft(registry, staff, prop)
    answers = race(registry, [(staff, f"{C}/{draft['id']}/submit", _key()) for _ in range(THREADS)])
    winners = [a for a in answers if a.status == 200]
    assert len(winners) == 1, answers
    assert Counter(a.code for a in answers if a.status != 200) == {"INVALID_STATE": THREADS - 1}, answers
    filings = _filings(registry, prop.unit_no)
    assert [f.filing_no for f in filings] == [winners[0].body["filing_no"]]
    assert registry.get(f"{C}/{draft['id']}", staff).json()["version"] == winners[0].body["version"]


def test_one_draft_submitted_by_many_threads_with_one_key_is_filed_once(
        registry: LiveRegistry, staff: Actor) -> None:
    prop = fresh_property()
    draft = _ready_draft(registry, staff, prop)
    key = uuid.uuid4().hex
    answers = race(registry, [(staff, f"{C}/{draft['id']}/submit", {"headers": {"Idempotency-Key": key}})
                              for _ in range(THREADS)])
    # A retry of the same command gets the first answer, whether it came before or during the filing.
    assert all(a.status == 200 for a in answers), answers
    assert sum(not a.replayed for a in answers) == 1, answers
    assert len({a.body["filing_no"] for a in answers}) == 1
    filings = _filings(registry, prop.unit_no)
    assert [f.filing_no for f in filings] == [answers[0].body["filing_no"]]


def test_drafts_of_two_agencies_for_one_property_submitted_at_once_file_one(
        registry: LiveRegistry, staff: Actor, rival: Actor) -> None:
    for _round in range(3):
        prop = fresh_property()
        drafts = [(who, _ready_draft(registry, who, prop)) for who in (staff, rival, staff, rival)]
        answers = race(registry, [(who, f"{C}/{d['id']}/submit", _key()) for who, d in drafts])
        winners = [a for a in answers if a.status == 200]
        assert len(winners) == 1, answers
        assert Counter(a.code for a in answers if a.status != 200) == {"PROPERTY_UNDER_CONTRACT": 3}, answers
        assert [f.filing_no for f in _filings(registry, prop.unit_no)] == [winners[0].body["filing_no"]]
        # the losers are still drafts, untouched
        for (who, d), a in zip(drafts, answers, strict=True):
            if a.status != 200:
                now = registry.get(f"{C}/{d['id']}", who).json()
                assert (now["status"], now["version"], now["filing_no"]) == ("draft", d["version"], "")


def test_concurrent_cancellation_requests_take_effect_once(registry: LiveRegistry, staff: Actor) -> None:
    filed = filed_contract(registry, staff)
    body: Callable[[], dict[str, Any]] = lambda: {"json": {"reason": "买卖双方协商一致解除合同"}, **_key()}  # noqa: E731
    answers = race(registry, [(staff, f"{C}/{filed['id']}/cancellation", body()) for _ in range(THREADS)])
    winners = [a for a in answers if a.status == 200]
    assert len(winners) == 1, answers
    assert Counter(a.code for a in answers if a.status != 200) == {"INVALID_STATE": THREADS - 1}, answers
    assert winners[0].body["version"] == filed["version"] + 1
    now = registry.get(f"{C}/{filed['id']}", staff).json()
    assert (now["status"], now["version"]) == ("cancellation_pending", filed["version"] + 1)
    versions = _feed_versions(registry, filed["id"])
    assert versions.count(filed["version"] + 1) == 1, versions


def test_center_completes_one_cancellation_once_when_two_reviewers_click_together(
        registry: LiveRegistry, staff: Actor) -> None:
    prop = fresh_property()
    filed = filed_contract(registry, staff, prop)
    r = registry.post(f"{C}/{filed['id']}/cancellation", staff, json={"reason": "协商解除"}, **_key())
    assert r.status_code == 200, r.text
    pending = r.json()
    center = registry.center()
    answers = race(registry, [(center, f"/api/v1/center/cancellations/{filed['id']}/complete", {})
                              for _ in range(THREADS)])
    winners = [a for a in answers if a.status == 200]
    assert len(winners) == 1, answers
    assert Counter(a.code for a in answers if a.status != 200) == {"INVALID_STATE": THREADS - 1}, answers
    assert winners[0].body["status"] == "cancelled"
    assert winners[0].body["version"] == pending["version"] + 1
    versions = _feed_versions(registry, filed["id"])
    assert versions.count(pending["version"] + 1) == 1, versions
    # the property is free again: a new contract for it can be filed
    again = filed_contract(registry, staff, prop)
    assert again["filing_no"] != filed["filing_no"]


def _login_race(registry: LiveRegistry, login: str) -> list[Answer]:
    barrier = threading.Barrier(16, timeout=DEADLINE_S)

    def one(_n: int) -> Answer:
        with requests.Session() as http:
            barrier.wait()
            return Answer(http.post(registry.url("/api/v1/auth/login"), timeout=DEADLINE_S,
                                    json={"login": login, "password": "guess-guess"}))

    with ThreadPoolExecutor(max_workers=16) as pool:
        answers = [f.result(timeout=DEADLINE_S) for f in [pool.submit(one, n) for n in range(16)]]
    assert all(a.status < 500 for a in answers), answers
    return answers


def test_parallel_guessing_gets_no_more_tries_than_serial_guessing(registry: LiveRegistry) -> None:
    """16 wrong passwords at once, for a real and for an unknown name: 4 refusals with a countdown
    then the lock, as one after the other (no lost counts, no duplicate-row 500 for a new name)."""
    real, _pw = registry.register_unified(uscc=make_uscc(), company_name="中山市某某贸易有限公司")
    for login in (real, f"nobody{uuid.uuid4().hex[:8]}"):
        answers = _login_race(registry, login)
        assert Counter(a.status for a in answers) == {401: 4, 423: 12}, answers
        assert sorted(a.body["detail_text"]["params"]["left"] for a in answers if a.status == 401) == [1, 2, 3, 4]


def test_one_netsign_account_bound_by_many_unified_accounts_at_once_binds_one(registry: LiveRegistry) -> None:
    agency = registry.new_agency()
    callers = [registry.login(*registry.register_unified(uscc=agency["uscc"], company_name=agency["name"]))
               for _ in range(THREADS)]
    answers = race(registry, [(c, "/api/v1/auth/bind", {"json": {"netsign_login": agency["name"],
                                                                  "netsign_password": "123456"}})
                              for c in callers])
    assert Counter(a.status for a in answers) == {200: 1, 409: THREADS - 1}, answers
    assert {a.code for a in answers if a.status == 409} == {"BINDING_TAKEN"}
    winner = next(c for c, a in zip(callers, answers, strict=True) if a.status == 200)
    assert registry.login(winner.login, winner.password).role == "agency"
    assert all(registry.login(c.login, c.password).role == "unified" for c in callers if c is not winner)


def test_one_login_registered_many_times_at_once_is_registered_once(registry: LiveRegistry) -> None:
    login = f"race{uuid.uuid4().hex[:8]}"
    body = {"login": login, "password": "Pa55word!", "company_name": "中山市某某贸易有限公司", "uscc": make_uscc(),
            "address": "广东省中山市东区", "legal_rep_name": "李四", "legal_rep_id_number": make_resident_id()}
    answers = race(registry, [(None, "/api/v1/auth/register", {"json": body}) for _ in range(THREADS)])
    assert Counter(a.status for a in answers) == {201: 1, 409: THREADS - 1}, answers
    assert {a.code for a in answers if a.status == 409} == {"LOGIN_TAKEN"}
