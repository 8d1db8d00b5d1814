"""Project-wide checks: the layering contracts of DESIGN.md and the linter."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def test_import_layers():
    """ui → app → db; only ui/ imports Qt; db/ imports only peewee (import-linter contracts)."""
    result = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_clean():
    result = subprocess.run(
        [_tool("ruff"), "check", "--output-format", "concise", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("module", ["app.cli", "app.roster", "app.auth", "app.store", "ui.launch"])
def test_core_modules_load_without_qt(module):
    """The CLI and the rules run on a machine with no display: no Qt at import time."""
    code = f"import sys, {module}; bad = [m for m in sys.modules if m.startswith('PySide6')]; print(bad)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
