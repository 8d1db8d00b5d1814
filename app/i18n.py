"""Translations for the Qt-free layer (services, CLI).

The window uses Qt's translator on the compiled ``.qm``; this module reads the
same catalogue from its ``.ts`` source, so one translation serves both.
Source strings are English. ``translate(context, text)`` is what
``pyside6-lupdate`` extracts; ``QT_TRANSLATE_NOOP`` marks strings that are
translated later (table headers, role names).
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable
from functools import cache

from resources import resource_path

SUPPORTED = ("zh_CN", "en")
_current = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, for lupdate
    """Mark ``text`` for extraction without translating it now."""
    return text


def system_language() -> str:
    """The language the system locale asks for: zh_CN for any Chinese locale, else en."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "zh_CN" if loc.lower().startswith("zh") else "en"


def normalise(lang: str | None) -> str:
    """Map user spellings (zh, zh-CN, chinese, en_US ...) to a supported language."""
    if not lang:
        return system_language()
    low = lang.strip().lower().replace("-", "_")
    if low.startswith("zh") or low in ("chinese", "cn", "中文"):
        return "zh_CN"
    return "en"


def set_language(lang: str | None) -> str:
    """Choose the language for this process; returns the one chosen."""
    global _current
    _current = normalise(lang)
    return _current


def language() -> str:
    return _current


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    # Only the command line reads the .ts (the window has Qt's catalogue): the XML parser loads here.
    import xml.etree.ElementTree as ET

    path = resource_path("i18n", f"halldesk_{lang}.ts")
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            source = msg.findtext("source", "")
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                table[(name, source)] = tr.text
    return table


def join(items) -> str:
    """A list as the current language writes it in a sentence: 甲、乙、丙 or a, b, c."""
    return ("、" if _current == "zh_CN" else ", ").join(str(i) for i in items)


_backend: Callable[[str, str], str] | None = None


def set_backend(backend: Callable[[str, str], str] | None) -> None:
    """Let the window's loaded catalogue answer instead of reading the .ts again.

    The window has the same translations compiled in memory (Qt's translator);
    using them saves parsing the .ts on start. The CLI never sets one.
    """
    global _backend
    _backend = backend


def translate(context: str, text: str) -> str:
    """``text`` in the current language (English source strings are the fallback)."""
    if _current == "en":
        return text
    if _backend is not None:
        return _backend(context, text)
    return _catalogue(_current).get((context, text), text)
