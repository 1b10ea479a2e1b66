"""Where zsdesk keeps its files on Windows, worked out here with platformdirs' Windows rules, and the
installer's promise that follows from it: everything the app writes is under %LOCALAPPDATA%\\zsdesk,
the folder the uninstaller offers to delete, and nothing of it is inside the program folder."""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

import platformdirs
import pytest
from platformdirs.windows import Windows

from zsdesk.paths import app_paths

LOCAL = r"C:\Users\阿明\AppData\Local"
ISS = Path(__file__).resolve().parents[2] / "installer" / "zsdesk.iss"


@pytest.fixture
def windows_dirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZSDESK_HOME", raising=False)
    monkeypatch.setattr(platformdirs, "PlatformDirs", Windows)
    # platformdirs' documented override; a real Windows resolves the same folder via SHGetKnownFolderPath.
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", LOCAL)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\阿明\AppData\Roaming")


def _win(path: Path) -> PureWindowsPath:
    return PureWindowsPath(str(path))


@pytest.mark.usefixtures("windows_dirs")
def test_windows_paths_are_per_user_local_appdata() -> None:
    paths = app_paths()
    root = PureWindowsPath(LOCAL, "zsdesk", "zsdesk")
    assert _win(paths.data_dir) == root
    assert _win(paths.config_dir) == root          # not roaming: the cache key file stays on this PC
    assert _win(paths.log_file) == root / "Logs" / "zsdesk.log"
    assert _win(paths.database) == root / "cache.sqlite3"
    assert _win(paths.sandbox_database) == root / "sandbox-registry.sqlite3"
    assert _win(paths.settings_file) == root / "settings.json"


def _iss_constant(pattern: str) -> str:
    match = re.search(pattern, ISS.read_text(encoding="utf-8-sig"), re.MULTILINE)
    assert match, pattern
    return match.group(1)


@pytest.mark.usefixtures("windows_dirs")
def test_uninstaller_data_folder_holds_every_user_file_and_not_the_program() -> None:
    data_folder = _iss_constant(r"^#define UserDataDir \"(.+)\"$")
    install_dir = _iss_constant(r"^DefaultDirName=(.+)$")
    assert data_folder == r"{localappdata}\zsdesk"
    assert install_dir == r"{localappdata}\Programs\zsdesk"
    user_root = PureWindowsPath(data_folder.replace("{localappdata}", LOCAL))
    program = PureWindowsPath(install_dir.replace("{localappdata}", LOCAL))
    paths = app_paths()
    for path in (paths.data_dir, paths.config_dir, paths.log_dir, paths.database, paths.settings_file):
        assert user_root in _win(path).parents
        assert program not in _win(path).parents
    assert user_root not in program.parents and program not in user_root.parents


def test_installer_is_per_user_and_asks_before_deleting_data() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.MULTILINE)
    # Start-menu shortcut to the GUI exe (the console twin is for doctor/selftest only).
    assert '#define AppExe "zsdesk.exe"' in text
    assert re.search(r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', text, re.MULTILINE)
    # Inno Setup reads a UTF-8 script as such only with a byte-order mark (Chinese messages).
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")
    # The data folder is deleted only after a question whose default answer is No, never when silent.
    assert "UninstallSilent" in text and "MB_DEFBUTTON2" in text
    assert re.search(r"DelTree\(ExpandConstant\('\{#UserDataDir\}'\)", text)
