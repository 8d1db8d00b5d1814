"""Start-up: process start to a usable main window with 300 staff, against a bare PySide6 window.

Target (issue: foundation): at most 1.5× the bare QMainWindow script, same run.
Run with: python -m pytest tests/benchmarks --benchmark-enable -m "slow or not slow"
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from tests.benchmarks.conftest import median_seconds

BARE = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    sys.exit(0)
    """
)


@pytest.fixture(scope="module")
def hall_300(tmp_path_factory):
    """A demo database with 300 staff, built once via the CLI."""
    folder = tmp_path_factory.mktemp("hall300")
    env = _env(folder)
    db = folder / "hall.db"
    subprocess.run(
        [sys.executable, "-m", "ui.launch", "demo", "--staff", "300", "--seed", "7", "--db", str(db)],
        env=env,
        check=True,
        capture_output=True,
    )
    return db, env


def _env(folder) -> dict:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HALLDESK_CONFIG_DIR=str(folder / "config"),
        HALLDESK_DATA_DIR=str(folder / "data"),
        HALLDESK_LANG="zh_CN",
    )
    return env


def test_startup_within_1_5x_bare_window(benchmark, hall_300):
    db, env = hall_300

    def bare() -> None:
        subprocess.run([sys.executable, "-c", BARE], env=env, check=True, capture_output=True)

    def halldesk() -> None:
        out = subprocess.run(
            [sys.executable, "-m", "ui.launch", "--smoke", "--db", str(db)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        assert "300" in out.stdout, out.stdout

    baseline = median_seconds(bare, rounds=7)
    benchmark.pedantic(halldesk, rounds=7, warmup_rounds=1)
    ours = benchmark.stats.stats.median
    benchmark.extra_info.update(
        bare_s=round(baseline, 3), halldesk_s=round(ours, 3), ratio=round(ours / baseline, 2)
    )
    assert ours <= 1.5 * baseline, f"start-up {ours:.3f}s vs bare window {baseline:.3f}s"
