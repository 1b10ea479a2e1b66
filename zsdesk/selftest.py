"""`zsdesk selftest`: runs the parts a frozen bundle loses first, end to end, in a throw-away folder.

A PyInstaller bundle fails at run time, not at build time, when a data file or a dynamically
imported module was left out: the Alembic scripts (loaded from files), the shipped fonts and
contract template (importlib.resources), keyring's backends (entry points), uvicorn's protocol
modules (imported by name), argon2's cffi binding. Each check below touches one of them for real;
the command exits non-zero when any fails, so CI and support staff get a plain yes or no.
Nothing here touches the user's data directory or keyring.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path

from zsdesk import __version__

Check = Callable[[Path], str]

RESOURCE_FILES = (
    ("gui", "style.qss"),
    ("gui", "app.svg"),
    ("documents", "contract.toml"),
    ("fonts", "BabelStoneHan-BMP.ttf.xz"),
    ("fonts", "BabelStoneHan-ExtB.ttf.xz"),
    ("fonts", "LICENSE-BabelStoneHan.txt"),
    ("guide", "guide_zh.txt"),
    ("guide", "quickstart_zh.md"),
)


def check_version(_tmp: Path) -> str:
    # "0.0.0+src" means the package metadata (dist-info) did not make it into the bundle.
    if __version__.endswith("+src"):
        raise RuntimeError(f"package metadata missing (version {__version__})")
    return __version__


def check_resources(_tmp: Path) -> str:
    root = resources.files("zsdesk.resources")
    sizes = []
    for folder, name in RESOURCE_FILES:
        data = root.joinpath(folder, name).read_bytes()
        if not data:
            raise RuntimeError(f"resource {folder}/{name} is empty")
        sizes.append(len(data))
    return f"{len(sizes)} files, {sum(sizes) // 1024} KiB"


def check_cache(tmp: Path) -> str:
    """Creates a cache database: every migration script runs, then the encrypted round trip."""
    from sqlalchemy import text

    from zsdesk.store.database import head_revision, known_revisions, open_cache

    cache = open_cache(tmp / "cache.sqlite3", tmp / "config", master_key=secrets.token_bytes(32))
    try:
        with cache.engine.connect() as conn:
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        if current != head_revision():
            raise RuntimeError(f"cache at {current}, expected {head_revision()}")
        blob = cache.cipher.encrypt("selftest", "selftest")
        if cache.cipher.decrypt(blob, "selftest") != "selftest":
            raise RuntimeError("field cipher round trip failed")
    finally:
        cache.close()
    return f"schema {current} ({len(known_revisions())} revisions)"


def check_keyring(_tmp: Path) -> str:
    """Backends are found through entry points and imported by name; list them without using one."""
    import importlib

    import keyring.backend

    for name in ("SecretService", "Windows", "macOS", "chainer", "fail", "kwallet", "libsecret"):
        importlib.import_module(f"keyring.backends.{name}")
    names = sorted({type(k).__module__.rsplit(".", 1)[-1] for k in keyring.backend.get_all_keyring()})
    if "chainer" not in names and "fail" not in names:
        raise RuntimeError(f"keyring found no backends through its entry points: {names}")
    if sys.platform == "win32" and "Windows" not in names:
        raise RuntimeError(f"Windows Credential Manager backend not usable (pywin32-ctypes missing?): {names}")
    from zsdesk.store.keys import backend_name

    return f"default {backend_name()}; viable {', '.join(names)}"


def check_documents(_tmp: Path) -> str:
    """A contract copy with an Extension B name: template, both shipped font subsets, QR code."""
    from zsdesk.documents.contract_copy import render_contract
    from zsdesk.domain.contract import Contract, Owner, Party, Payment, Property
    from zsdesk.domain.enums import IdType, PartyRole

    owner_name = "吉\U00020bb7"
    contract = Contract(
        property=Property(unit_no="442000006001GB00123F00010012", address="石岐街道民族东路1号",
                          floor_area=Decimal("89.56"), owners=[Owner(owner_name, IdType.RESIDENT_ID, "")]),
        sellers=[Party(PartyRole.SELLER, owner_name)],
        buyers=[Party(PartyRole.BUYER, "王喆")],
        payment=Payment(total_price=Decimal("1000000")),
        contract_no="ZS-SELFTEST",
    )
    result = render_contract(contract, printed_at=datetime(2024, 1, 1, 9, 0), agent_name="自检")
    if not result.pdf.startswith(b"%PDF") or result.page_count < 1:
        raise RuntimeError("contract PDF not produced")
    if result.warnings:
        raise RuntimeError("; ".join(result.warnings))
    # reportlab falls back to pure Python silently when its C speedups (reportlab[accel]) are missing.
    from reportlab.lib import rl_accel

    slow = sorted(getattr(rl_accel, "_py_funcs", {}))
    if slow:
        raise RuntimeError(f"reportlab C accelerator missing (pure Python: {', '.join(slow)})")
    return f"{result.page_count} pages, {len(result.pdf) // 1024} KiB, rl_accel"


def check_sandbox(tmp: Path) -> str:
    """Starts the training registry as the app does — a child process of this program (`zsdesk
    sandbox-serve`; uvicorn, FastAPI, argon2) — logs in a demo account, stops it."""
    from zsdesk.services.registry_access import RegistryAccess
    from zsdesk.services.sandbox_process import SandboxProcess

    sandbox = SandboxProcess(tmp / "sandbox.sqlite3", tmp / "sandbox.log")
    started = time.monotonic()
    url = sandbox.start()
    try:
        access = RegistryAccess(url)
        try:
            health = access.health()
            if not health.get("training"):
                raise RuntimeError(f"sandbox health does not say training: {health}")
            demo = [a for a in access.demo_accounts() if a.ready]
            if not demo:
                raise RuntimeError("sandbox offered no demo account")
            token = access.post("/auth/login", {"login": demo[0].uid_account, "password": demo[0].password},
                                authenticated=False)
            if not token.get("access_token"):
                raise RuntimeError("demo login returned no token")
        finally:
            access.close()
    finally:
        process = sandbox._proc
        sandbox.stop()
    if process is None or process.returncode != 0:
        raise RuntimeError(f"sandbox process did not stop cleanly ({None if process is None else process.returncode})")
    return f"{url} up, health and demo login in {(time.monotonic() - started) * 1000:.0f} ms, stopped"


def check_qt(_tmp: Path) -> str:
    from zsdesk.gui.qt_selftest import check

    return check()


CHECKS: tuple[tuple[str, Check], ...] = (
    ("version", check_version),
    ("resources", check_resources),
    ("cache", check_cache),
    ("keyring", check_keyring),
    ("documents", check_documents),
    ("sandbox", check_sandbox),
    ("qt", check_qt),
)


def run(only: list[str] | None = None, out: Callable[[str], None] = print) -> int:
    """Runs the checks (all, or those named); prints one line each; 0 when all pass, 1 otherwise."""
    wanted = [(n, c) for n, c in CHECKS if not only or n in only]
    unknown = set(only or ()) - {n for n, _ in CHECKS}
    if unknown:
        out(f"unknown check(s): {', '.join(sorted(unknown))}")
        return 2
    failures = 0
    with tempfile.TemporaryDirectory(prefix="zsdesk-selftest-", ignore_cleanup_errors=True) as tmp:
        for name, check in wanted:
            folder = Path(tmp) / name
            folder.mkdir()
            started = time.monotonic()
            try:
                detail = check(folder)
            except Exception as exc:
                failures += 1
                out(f"FAIL {name:<10} {type(exc).__name__}: {exc}")
                out(traceback.format_exc().rstrip())
                continue
            out(f"ok   {name:<10} {detail} [{(time.monotonic() - started) * 1000:.0f} ms]")
    out("selftest: " + ("all checks passed" if not failures else f"{failures} check(s) failed"))
    return 1 if failures else 0
