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


def _server_import_graph() -> dict[str, set[str]]:
    """Module → the registry-server modules it imports, at the top or inside a function (a deferred
    import is a circle all the same, only postponed)."""
    base = ROOT / "registry" / "server"
    mods: dict[str, Path] = {}
    for p in base.rglob("*.py"):
        parts = ("zsdesk", *p.relative_to(ROOT).with_suffix("").parts)
        mods[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = p
    graph: dict[str, set[str]] = {}
    for name, p in mods.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    deps.add(full if full in mods else node.module)
            elif isinstance(node, ast.Import):
                deps.update(a.name for a in node.names)
        graph[name] = {d for d in deps if d in mods and d != name}
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each import circle once, as the modules along it (depth-first search for back edges)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}   # 1: on the current path, 2: done
    path: list[str] = []

    def visit(mod: str) -> None:
        state[mod] = 1
        path.append(mod)
        for dep in sorted(graph[mod]):
            if state.get(dep) == 1:
                found.append([*path[path.index(dep):], dep])
            elif dep not in state:
                visit(dep)
        path.pop()
        state[mod] = 2

    for mod in sorted(graph):
        if mod not in state:
            visit(mod)
    return found


def test_registry_server_has_no_import_circle() -> None:
    """Registrations at import time (periodic tasks, pending-review sources) made circles here;
    `create_app` is given them instead, and a module lower down never imports one above it."""
    graph = _server_import_graph()
    assert len(graph) > 30 and graph["zsdesk.registry.server.app"]
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]   # the check itself works
    assert _circles(graph) == []
