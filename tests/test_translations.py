"""Every user-facing string has a Simplified Chinese translation, and the .qm is current."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import i18n_tool

TS = i18n_tool.I18N / "halldesk_zh_CN.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source", ""))] = msg.find("translation")
    return out


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict:
    """The strings the source holds right now, extracted with lupdate."""
    target = tmp_path_factory.mktemp("ts") / "fresh.ts"
    target.write_bytes(TS.read_bytes())
    i18n_tool.extract(target)
    return _messages(target)


def test_every_string_is_translated(fresh):
    missing = [
        f"{ctx}: {src}"
        for (ctx, src), tr in fresh.items()
        if tr is None
        or tr.get("type") in ("unfinished", "vanished", "obsolete")
        or not (tr.text or "").strip()
    ]
    assert not missing, f"{len(missing)} strings without a Chinese translation:\n" + "\n".join(missing[:50])


def test_placeholders_survive_translation(fresh):
    wrong = [
        f"{ctx}: {src!r} -> {tr.text!r}"
        for (ctx, src), tr in fresh.items()
        if tr is not None
        and tr.text
        and sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text))
    ]
    assert not wrong, "\n".join(wrong)


def test_compiled_catalogue_is_current(tmp_path):
    built = tmp_path / "check.qm"
    i18n_tool.release(TS, built)
    assert QM.exists() and built.read_bytes() == QM.read_bytes(), "run: python -m ui.i18n_tool release"


def test_cli_layer_reads_the_same_catalogue():
    from app import i18n

    i18n.set_language("zh_CN")
    try:
        assert i18n.translate("Roles", "duty officer") != "duty officer"
    finally:
        i18n.set_language("en")
