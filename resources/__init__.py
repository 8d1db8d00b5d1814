"""Data files shipped with HallDesk: fonts, translations, icons.

``resource_path`` finds them both in an installed package and inside a
PyInstaller bundle, where this package's files sit under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Absolute path of a shipped data file, e.g. ``resource_path("fonts", "x.ttc")``."""
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) / "resources" if bundle else Path(__file__).resolve().parent
    return base.joinpath(*parts)
