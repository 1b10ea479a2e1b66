import subprocess
import sys

from zsdesk import __version__


def test_version_is_printed_by_console_script() -> None:
    out = subprocess.run([sys.executable, "-m", "zsdesk.cli", "--version"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"zsdesk {__version__}"
    assert __version__ != "0.0.0+src"


def test_doctor_reports_data_dir_under_zsdesk_home(zsdesk_home) -> None:
    out = subprocess.run([sys.executable, "-m", "zsdesk.cli", "doctor"],
                         capture_output=True, text=True, check=True)
    assert str(zsdesk_home / "data") in out.stdout
    assert "PySide6 6.11.3" in out.stdout
