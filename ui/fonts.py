"""The CJK font that ships with HallDesk, registered with Qt as a fallback.

Latin text keeps the system's user-interface font; any character that font
lacks (all of Chinese on a machine without Chinese fonts) comes from
WenQuanYi Micro Hei, so Chinese never shows as boxes.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from resources import resource_path

log = logging.getLogger(__name__)

CJK_FONT_FILE = ("fonts", "wqy-microhei.ttc")
CJK_FAMILY = "WenQuanYi Micro Hei"

_registered: str | None = None


def register_cjk_font() -> str:
    """Register the shipped font file with Qt (once) and return its family name."""
    global _registered
    if _registered is not None:
        return _registered
    path = resource_path(*CJK_FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not register the CJK font %s", path)
        _registered = ""
        return _registered
    # The .ttc holds the proportional face and a "Mono" one; prefer the former.
    _registered = CJK_FAMILY if CJK_FAMILY in families else families[0]
    return _registered


def with_fallback(font: QFont, family: str) -> QFont:
    """A copy of ``font`` that falls back to ``family`` for characters it lacks."""
    result = QFont(font)
    current = [f for f in (font.families() or [font.family()]) if f]
    if family and family not in current:
        result.setFamilies([*current, family])
    return result


def install_fonts(app: QGuiApplication) -> str:
    """Make the shipped CJK font a fallback of the application font; return its family."""
    family = register_cjk_font()
    if family:
        app.setFont(with_fallback(app.font(), family))
    return family
