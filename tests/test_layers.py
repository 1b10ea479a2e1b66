"""The layer rules of DESIGN.md, checked on the source: domain imports nothing of the project
and no I/O frameworks; nothing outside zsdesk/gui imports Qt; the GUI reaches data only through
services (no requests or SQLAlchemy in gui/)."""

from __future__ import annotations

import ast
from pathlib import Path

import zsdesk

ROOT = Path(zsdesk.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(sub: str = "") -> list[Path]:
    base = ROOT / sub if sub else ROOT
    return [p for p in base.rglob("*.py") if "forms" not in p.relative_to(ROOT).parts[:2]]


def _violations(paths: list[Path], banned: tuple[str, ...]) -> list[str]:
    found = []
    for p in paths:
        for name in _imports(p):
            if any(name == b or name.startswith(b + ".") for b in banned):
                found.append(f"{p.relative_to(ROOT)} imports {name}")
    return sorted(found)


def test_domain_is_pure() -> None:
    banned = ("zsdesk.store", "zsdesk.registry", "zsdesk.sync", "zsdesk.documents", "zsdesk.services",
              "zsdesk.gui", "PySide6", "sqlalchemy", "requests", "fastapi", "reportlab", "keyring")
    assert _violations(_modules("domain"), banned) == []


def test_only_gui_imports_qt() -> None:
    outside = [p for p in _modules() if p.relative_to(ROOT).parts[0] != "gui"]
    assert len(outside) > 50
    assert _violations(outside, ("PySide6", "shiboken6")) == []


def test_gui_reaches_data_only_through_services() -> None:
    banned = ("requests", "sqlalchemy", "zsdesk.store", "zsdesk.registry.transport", "zsdesk.sync.engine")
    assert _violations(_modules("gui"), banned) == []


def test_lower_layers_do_not_import_services_or_gui() -> None:
    lower = [p for sub in ("store", "registry", "sync", "documents") for p in _modules(sub)]
    assert _violations(lower, ("zsdesk.services", "zsdesk.gui")) == []


def test_only_the_sandbox_services_import_the_server() -> None:
    """The client takes the registry's rules from the shared protocol package (`zsdesk.registry.rules`,
    `zsdesk.registry.schemas`); only the services that start the sandbox know the server exists."""
    outside = [p for p in _modules() if p.relative_to(ROOT).parts[:2] != ("registry", "server")
               and not (p.parent.name == "services" and p.name.startswith("sandbox"))]
    assert _violations(outside, ("zsdesk.registry.server",)) == []


def test_shared_registry_packages_do_not_import_the_server() -> None:
    shared = [p for p in _modules("registry") if p.relative_to(ROOT).parts[1] != "server"]
    assert len(shared) > 5
    assert _violations(shared, ("zsdesk.registry.server",)) == []
