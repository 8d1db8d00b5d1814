"""Pinyin keys for searching Chinese names by initials (张三 ← "zs") or in full.

pypinyin's tables are large, so they load on the first call, not at start-up.
"""

from __future__ import annotations

from functools import cache
from itertools import islice, product

MAX_VARIANTS = 8


@cache
def _readings(char: str) -> tuple[str, ...]:
    from pypinyin import Style, pinyin

    if not ("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"):
        return (char.lower(),) if char.isalnum() else ()
    readings = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    found = tuple(dict.fromkeys(r for r in (readings[0] if readings else []) if r))
    return found[:3] or ()


def pinyin_key(name: str) -> str:
    """Space-separated search keys: initials and full spelling for each plausible reading.

    Surnames such as 曾 (zeng/ceng) or 单 (shan/dan) get both readings, so either
    spelling finds the person.
    """
    chars = [r for r in (_readings(c) for c in name.strip()) if r]
    if not chars:
        return ""
    keys: list[str] = []
    for combo in islice(product(*chars), MAX_VARIANTS):
        initials = "".join(part[0] for part in combo)
        full = "".join(combo)
        for key in (initials, full):
            if key not in keys:
                keys.append(key)
    return " ".join(keys)[:400]


def key_matches(key: str, query: str) -> bool:
    """True when ``query`` (lower case, no spaces) starts one of the keys in ``key``."""
    return any(part.startswith(query) for part in key.split())
