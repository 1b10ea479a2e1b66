"""A deleted or expired draft leaves a tombstone and none of its parties' personal data: its
materials answer 410, the feed keeps only tombstones, stored idempotent answers no longer carry
the parties, and a scan of every row of every table finds no name, ID number or phone."""

from __future__ import annotations

import json
import random
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from contract_helpers import complete_terms, create_contract, problem
from live_registry import Actor, LiveRegistry, make_png, make_resident_id
from sqlalchemy import make_url, text

from zsdesk.registry.server.db import Base, import_all_models

C = "/api/v1/contracts"
_GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华"


@pytest.fixture(scope="module")
def staff(registry: LiveRegistry) -> Actor:
    return registry.staff_actor()


def _unique_name(rng: random.Random) -> str:
    return "欧阳" + "".join(rng.choice(_GIVEN) for _ in range(3))


def _unique_phone(rng: random.Random) -> str:
    return "137" + "".join(str(rng.randrange(10)) for _ in range(8))


def _personal_draft(registry: LiveRegistry, staff: Actor) -> tuple[dict[str, Any], dict[str, list[str]], str]:
    """A draft with a buyer, phones, a consent and a material named after the buyer; returns the
    contract, the personal values to look for, and the key its create was sent with."""
    rng = random.Random(uuid.uuid4().int)
    key = uuid.uuid4().hex
    contract = create_contract(registry, staff, key=key)
    terms = complete_terms(contract["terms"], buyer_name=_unique_name(rng))
    for party in [*terms["sellers"], *terms["buyers"]]:
        party["phone"] = _unique_phone(rng)
    terms["applicant"]["phone"] = _unique_phone(rng)
    buyer = terms["buyers"][0]
    buyer["id_number"] = terms["applicant"]["id_number"] = make_resident_id()
    r = registry.put(f"{C}/{contract['id']}", staff, json=terms, headers={"If-Match": f'"{contract["version"]}"'})
    assert r.status_code == 200, r.text
    r = registry.post(f"{C}/{contract['id']}/consents", staff, json={"role": "buyer", "party_name": buyer["name"]})
    assert r.status_code == 200, r.text
    up = registry.post(f"/api/v1/materials/contract/{contract['id']}", staff,
                       data={"name": "乙方身份证", "kind": "id_front"},
                       files={"file": (f"{buyer['name']}{buyer['id_number']}.png", make_png(), "image/png")},
                       headers={"Idempotency-Key": uuid.uuid4().hex})
    assert up.status_code == 201, up.text
    # A picture removed again while a draft: its feed rows still named the buyer.
    removed = registry.post(f"/api/v1/materials/contract/{contract['id']}", staff,
                            data={"name": "乙方户口本", "kind": "other"},
                            files={"file": (f"{buyer['name']}户口本.png", make_png(color=(9, 9, 9)), "image/png")})
    assert removed.status_code == 201, removed.text
    gone = registry.delete(f"/api/v1/materials/contract/{contract['id']}/{removed.json()['id']}", staff)
    assert gone.status_code == 200, gone.text
    contract = r.json()
    sellers = terms["sellers"]
    # Sellers' names and ID numbers are the register's own record (register_owners); everything
    # else about the parties came with the draft and must go with it.
    personal = {
        "anywhere": [buyer["name"], buyer["id_number"], terms["applicant"]["phone"],
                     *(p["phone"] for p in [*sellers, *terms["buyers"]])],
        "outside_register": [*(p["name"] for p in sellers), *(p["id_number"] for p in sellers)],
    }
    contract["_material"] = up.json()
    contract["_removed"] = removed.json()
    return contract, personal, key


def _variants(value: str) -> list[str]:
    # JSON columns may hold Chinese as \\uXXXX escapes.
    return [value, json.dumps(value)[1:-1]]


def _rows_holding(registry: LiveRegistry, values: list[str], skip: frozenset[str] = frozenset()) -> list[str]:
    import_all_models()
    found: list[str] = []
    with registry.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            for row in conn.execute(text(f'SELECT * FROM "{table.name}"')):
                raw = repr(tuple(row))
                found.extend(f"{table.name}: {v}" for v in values for form in _variants(v) if form in raw)
    return found


def _cursor(registry: LiveRegistry, staff: Actor) -> int:
    since = 0
    while True:
        page = registry.get("/api/v1/changes", staff, params={"since": since, "limit": 500}).json()
        since = page["next_cursor"]
        if not page["has_more"]:
            return int(since)


def _assert_gone(registry: LiveRegistry, staff: Actor, contract: dict[str, Any], personal: dict[str, list[str]],
                 key: str, reason: str, cursor: int) -> None:
    cid, material = contract["id"], contract["_material"]
    # A client that had read everything before the deletion still meets the tombstones after its
    # cursor (the purge must not hand out ids below it).
    later = registry.get("/api/v1/changes", staff, params={"since": cursor, "limit": 500}).json()["items"]
    assert {(i["entity"], i["entity_id"], i["op"]) for i in later} >= {
        ("contract", cid, "delete"), ("material", str(material["id"]), "delete")}
    problem(registry.get(f"/api/v1/materials/contract/{cid}/{material['id']}/content", staff), 410,
            "DRAFT_EXPIRED")
    problem(registry.get(f"/api/v1/materials/contract/{cid}", staff), 410, "DRAFT_EXPIRED")
    # The feed: one tombstone for the contract and one for its material, nothing else of them.
    feed, since = [], 0
    while True:
        page = registry.get("/api/v1/changes", staff, params={"since": since, "limit": 500}).json()
        feed += page["items"]
        since = page["next_cursor"]
        if not page["has_more"]:
            break
    removed = str(contract["_removed"]["id"])
    mine = [(i["entity"], i["entity_id"], i["op"], i["data"]) for i in feed
            if (i["entity"], i["entity_id"]) in {("contract", cid), ("material", str(material["id"])),
                                                 ("material", removed)}]
    assert sorted(mine[:2], key=lambda m: int(m[1])) == [("material", str(material["id"]), "delete", None),
                                                          ("material", removed, "delete", None)]
    assert mine[2:] == [("contract", cid, "delete", {"reason": reason, "status": "expired",
                                                     "contract_no": contract["contract_no"]})]
    # A repeat of the create with its key replays a 410, not the draft's first content.
    again = registry.post(C, staff, json={"verification_id": contract["verification_id"]},
                          headers={"Idempotency-Key": key})
    assert again.headers.get("Idempotent-Replayed") == "true"
    problem(again, 410, "DRAFT_EXPIRED", "contract_id")
    assert _rows_holding(registry, personal["anywhere"]) == []
    assert _rows_holding(registry, personal["outside_register"], frozenset({"register_owners"})) == []
    if registry.backend == "sqlite":
        assert _in_file_bytes(registry, personal["anywhere"]) == []


def _in_file_bytes(registry: LiveRegistry, values: list[str]) -> list[str]:
    """The SQLite file itself, -wal included: secure_delete zeroes deleted rows, and once the log
    is checkpointed no older page image of them is left either."""
    database = Path(make_url(registry.db.url).database or "")
    conn = sqlite3.connect(database, isolation_level=None, timeout=30)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    assert busy is not None and busy[0] == 0, busy
    data = b"".join(p.read_bytes() for p in (database, database.with_name(database.name + "-wal")) if p.exists())
    return [v for v in values for form in _variants(v) if form.encode() in data]


def test_deleted_draft_leaves_no_personal_data(registry: LiveRegistry, staff: Actor) -> None:
    contract, personal, key = _personal_draft(registry, staff)
    assert _rows_holding(registry, personal["anywhere"][:1]), "the scan must see the draft while it exists"
    cursor = _cursor(registry, staff)
    r = registry.delete(f"{C}/{contract['id']}", staff)
    assert r.status_code == 200, r.text
    _assert_gone(registry, staff, contract, personal, key, "deleted", cursor)


def test_expired_draft_leaves_no_personal_data(clock: LiveRegistry, staff: Actor) -> None:
    registry = clock
    contract, personal, key = _personal_draft(registry, staff)
    cursor = _cursor(registry, staff)
    registry.advance_clock(24 * 3600 + 1)
    assert registry.post("/api/v1/_sandbox/tick").status_code == 200   # the periodic sweep deletes it
    staff = registry.login(staff.login, staff.password)   # tokens live 8 hours
    problem(registry.get(f"{C}/{contract['id']}", staff), 410, "DRAFT_EXPIRED", "contract_id")
    _assert_gone(registry, staff, contract, personal, key, "expired", cursor)
