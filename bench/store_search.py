"""Contract-list searches on a 100,000-contract cache vs the same SQL on raw sqlite3.

Seeds a fresh encrypted cache (bulk inserts, personal numbers encrypted, blind indexes and masked
copies computed as the ORM would), copies the file with VACUUM INTO so the baseline has the very
same rows and indexes, then times each list query through `zsdesk.store.search.search_contracts`
(one open session, as the list view keeps) against hand-written SQL through the sqlite3 module.
Targets: each query at most 2x its baseline and at most 20 ms median.

    uv run --frozen python bench/store_search.py [--contracts N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from zsdesk.domain.enums import ContractStatus
from zsdesk.domain.masking import mask_id
from zsdesk.domain.property_numbers import normalize_cert_no, normalize_unit_no, number_tail_key
from zsdesk.store.database import Cache, open_cache
from zsdesk.store.events import derived_values
from zsdesk.store.models import Contract, ContractParty
from zsdesk.store.search import search_contracts

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文辉鹏飞宇浩然子轩欣怡梓涵"
T0 = datetime(2024, 1, 1, tzinfo=UTC)
STATUSES = [ContractStatus.SIGNED] * 7 + [ContractStatus.DRAFT, ContractStatus.EXPIRED, ContractStatus.CANCELLED]
TOP = "\U0010ffff"


def resident_id(rng: random.Random) -> str:
    body = f"{rng.choice(['110105', '442000', '440101', '430102'])}{rng.randint(1950, 2005)}" \
           f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def seed(cache: Cache, n: int, rng: random.Random) -> dict[str, Any]:
    """Bulk-inserts n contracts with 1 seller and 1-2 buyers each; returns a few known values to query."""
    cipher = cache.cipher
    probe: dict[str, Any] = {}
    batch = 5000
    with cache.engine.begin() as conn:
        for start in range(0, n, batch):
            contracts: list[dict[str, Any]] = []
            parties: list[dict[str, Any]] = []
            for i in range(start, min(n, start + batch)):
                local_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                created = T0 + timedelta(minutes=i * 10 + rng.randint(0, 9))
                title = f"粤（{created.year}）中山市不动产权第{i:07d}号"
                people = [("sellers", "seller", 0), ("buyers", "buyer", 0)]
                if rng.random() < 0.4:
                    people.append(("buyers", "buyer", 1))
                firsts: dict[str, tuple[str, str]] = {}
                for slot, role, ordinal in people:
                    values = {"name": name(rng), "id_number": resident_id(rng),
                              "phone": f"1{rng.choice('3456789')}{rng.randint(0, 999999999):09d}"}
                    parties.append({"contract_id": local_id, "slot": slot, "ordinal": ordinal, "role": role,
                                    "id_type": "resident_id", **values,
                                    **derived_values(ContractParty, values, cipher)})
                    firsts.setdefault(slot, (values["name"], values["id_number"]))
                unit = f"442000{rng.randint(1, 20):03d}{rng.randint(1, 20):03d}GB{i % 99999:05d}F{i:08d}"
                contracts.append({
                    "local_id": local_id, "contract_no": f"ZS{i:09d}", "status": rng.choice(STATUSES).value,
                    "version": 1, "revision": 1, "created_at": created, "updated_at": created,
                    "staff_account": f"agent{rng.randint(0, 39):02d}", "agency_name": "中山市示例房地产代理有限公司",
                    "unit_no": unit, "unit_no_tail": number_tail_key(normalize_unit_no(unit)),
                    "title_cert_no": title, "title_cert_key": normalize_cert_no(title),
                    "title_cert_tail": number_tail_key(title),
                    "address": f"中山市{rng.choice(['石岐', '东区', '西区', '南区', '小榄', '古镇'])}某路{i}号",
                    "seller_name": firsts["sellers"][0], "seller_id_masked": mask_id(firsts["sellers"][1]),
                    "buyer_name": firsts["buyers"][0], "buyer_id_masked": mask_id(firsts["buyers"][1]),
                    "payload": {"payment": {"total_price": str(rng.randint(300_000, 5_000_000))}},
                    "private_payload": {"applicant": {"phone": "13800000000"}},
                })
                if i == n // 2:
                    probe = {"id_number": firsts["buyers"][1], "name_prefix": firsts["sellers"][0][:2],
                             "cert_no": title, "cert_serial": f"{i:07d}", "unit_tail": unit[-9:]}
            conn.execute(insert(Contract), contracts)
            conn.execute(insert(ContractParty), parties)
    with cache.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
        # steady state of a cache in use: the bulk load is checkpointed out of the WAL
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return probe


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    result = fn()  # warm-up (statement caches, pages)
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples), result


LIST = ("local_id, contract_no, filing_no, status, created_at, expires_at, staff_account, unit_no, title_cert_no,"
        " property_cert_no, address, seller_name, seller_id_masked, buyer_name, buyer_id_masked, local_dirty")
PAGE = " ORDER BY created_at DESC, local_id DESC LIMIT 50 OFFSET 0"


# The same statement the store runs for part of a number: each index range collected, then sorted.
_NUMBER_SQL = (f"SELECT {LIST} FROM contract WHERE local_id IN ("
               + " UNION ALL ".join(f"SELECT local_id FROM contract WHERE {c} >= ? AND {c} < ?" for c in (
                   "title_cert_key", "property_cert_key", "unit_no_tail", "title_cert_tail", "property_cert_tail"))
               + f"){PAGE}")


def _number_args(text: str) -> tuple[str, ...]:
    key, tail = normalize_cert_no(text), number_tail_key(text)
    return (key, key + TOP, key, key + TOP, *[tail, tail + TOP] * 3)


def _counted_number(raw: sqlite3.Connection, text: str) -> list[Any]:
    args = _number_args(text)
    for i, column in enumerate(("title_cert_key", "property_cert_key", "unit_no_tail", "title_cert_tail",
                                "property_cert_tail")):
        raw.execute(f"SELECT count(*) FROM (SELECT 1 FROM contract WHERE {column} >= ? AND {column} < ? LIMIT 2000)",
                    args[2 * i:2 * i + 2]).fetchone()
    return raw.execute(_NUMBER_SQL, args).fetchall()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contracts", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    rng = random.Random(20261124)
    with tempfile.TemporaryDirectory(prefix="zsdesk-bench-") as tmp:
        root = Path(tmp)
        cache = open_cache(root / "data" / "cache.sqlite3", root / "config", master_key=os.urandom(32))
        t = time.perf_counter()
        probe = seed(cache, args.contracts, rng)
        seed_s = time.perf_counter() - t
        raw_path = root / "raw.sqlite3"
        with cache.engine.connect() as conn:
            conn.exec_driver_sql(f"VACUUM INTO '{raw_path}'")
        if os.environ.get("ZSDESK_BENCH_KEEP"):
            import shutil
            shutil.copy(raw_path, os.environ["ZSDESK_BENCH_KEEP"])
        raw = sqlite3.connect(raw_path)
        cipher = cache.cipher
        month_from = T0 + timedelta(minutes=args.contracts * 5)   # the middle of the seeded span
        month_to = month_from + timedelta(days=30)
        fmt = "%Y-%m-%d %H:%M:%S.%f"

        cases: dict[str, tuple[dict[str, Any], Callable[[], list[Any]]]] = {
            "name_prefix": (
                {"text": probe["name_prefix"]},
                lambda: raw.execute(
                    f"SELECT {LIST} FROM contract WHERE local_id IN (SELECT contract_id FROM contract_party"
                    f" WHERE name >= ? AND name < ?){PAGE}", (probe["name_prefix"], probe["name_prefix"] + TOP),
                ).fetchall(),
            ),
            # Worst realistic case: one character matches thousands of parties. The store counts (bounded)
            # and then walks the date index; the baseline issues the same two statements.
            "surname_prefix": (
                {"name": probe["name_prefix"][:1]},
                lambda: (
                    raw.execute("SELECT count(*) FROM (SELECT 1 FROM contract_party WHERE name >= ? AND name < ?"
                                " LIMIT 2000)", (probe["name_prefix"][:1], probe["name_prefix"][:1] + TOP)).fetchone(),
                    raw.execute(
                        f"SELECT {LIST} FROM contract WHERE EXISTS (SELECT 1 FROM contract_party"
                        f" WHERE contract_id = contract.local_id AND name >= ? AND name < ?){PAGE}",
                        (probe["name_prefix"][:1], probe["name_prefix"][:1] + TOP),
                    ).fetchall(),
                )[1],
            ),
            "id_blind_index": (
                {"text": probe["id_number"]},
                lambda: raw.execute(
                    f"SELECT {LIST} FROM contract WHERE local_id IN (SELECT contract_id FROM contract_party"
                    f" WHERE id_number_bidx = ?){PAGE}", (cipher.blind_index(probe["id_number"]),),
                ).fetchall(),
            ),
            "cert_no": (
                {"text": probe["cert_no"]},
                lambda: raw.execute(_NUMBER_SQL, _number_args(probe["cert_no"])).fetchall(),
            ),
            # Part of a number: a certificate's serial (the end of the number, typed without 粤（…）…第),
            # found through the numbers stored backwards; the baseline runs the same statements.
            "cert_serial": ({"text": probe["cert_serial"]}, lambda: _counted_number(raw, probe["cert_serial"])),
            # The end of a 不动产单元号 (F + the 8-digit fixture unit; the search box would take it for a
            # passport number, the 证书号/单元号 scope searches it as a number), and 4 digits, the shortest
            # tail searched while the agent types on: a few dozen matches, collected and sorted.
            # (a number without its closing 号 may be the start of many: the store counts, bounded, first)
            "unit_tail": ({"cert_no": probe["unit_tail"]}, lambda: _counted_number(raw, probe["unit_tail"])),
            "number_tail_4": ({"text": "0001"}, lambda: _counted_number(raw, "0001")),
            "status_date_page50": (
                {"status": ContractStatus.SIGNED, "date_from": month_from, "date_to": month_to},
                lambda: raw.execute(
                    f"SELECT {LIST} FROM contract WHERE status = ? AND created_at >= ? AND created_at < ?{PAGE}",
                    ("signed", month_from.replace(tzinfo=None).strftime(fmt),
                     month_to.replace(tzinfo=None).strftime(fmt)),
                ).fetchall(),
            ),
        }
        metrics: dict[str, float] = {}
        baseline: dict[str, float] = {}
        rows_out = []
        with cache.sessions() as session:
            for label, (criteria, raw_fn) in cases.items():
                ms, got = timed(lambda c=criteria: search_contracts(session, **c), args.repeat)  # type: ignore[misc]
                base_ms, base_got = timed(raw_fn, args.repeat)
                ids = [r.local_id for r in got]  # type: ignore[attr-defined]
                if ids != [r[0] for r in base_got] or not ids:  # type: ignore[attr-defined]
                    print(f"{label}: store and baseline disagree ({len(ids)} vs {len(base_got)} rows)")  # type: ignore[arg-type]
                    return 1
                metrics[label + "_ms"] = round(ms, 3)
                baseline[label + "_ms"] = round(base_ms, 3)
                rows_out.append((label, len(ids), ms, base_ms))
        cache.close()
        raw.close()

    print(f"store_search: {args.contracts:,} contracts seeded in {seed_s:.1f} s; median of {args.repeat} runs")
    print(f"{'query':<22}{'rows':>6}{'store ms':>11}{'raw ms':>10}{'ratio':>8}  targets (<=2x, <=20 ms)")
    ok = True
    for label, n, ms, base_ms in rows_out:
        ratio = ms / base_ms
        good = ratio <= 2 and ms <= 20
        ok &= good
        print(f"{label:<22}{n:>6}{ms:>11.3f}{base_ms:>10.3f}{ratio:>8.2f}  {'ok' if good else 'MISSED'}")
    metrics["seed_s"] = round(seed_s, 2)
    print(json.dumps({"bench": "store_search", "metrics": metrics, "baseline": baseline}, ensure_ascii=False))
    return 0 if ok else 2


if __name__ == "__main__":
    sys.exit(main())
