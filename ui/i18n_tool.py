"""Keep the translation files in step with the source (a developer's tool).

    python -m ui.i18n_tool update    # pyside6-lupdate: app/ and ui/ strings → resources/i18n/*.ts
    python -m ui.i18n_tool release   # pyside6-lrelease: .ts → .qm (what Qt loads)

The Qt-free layer reads the same .ts directly (app.i18n), so one file
translates the window, the CLI and the documents.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN",)


def sources() -> list[str]:
    files = sorted(p for pkg in ("app", "ui") for p in (ROOT / pkg).rglob("*.py"))
    return [str(p.relative_to(ROOT)) for p in files]


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else (shutil.which(name) or name)


def extract(ts_file: Path, *, no_obsolete: bool = True) -> None:
    """Run lupdate over the sources into ``ts_file`` (existing translations are kept)."""
    args = [_tool("pyside6-lupdate"), *sources(), "-ts", str(ts_file)]
    if no_obsolete:
        args.insert(1, "-no-obsolete")
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True)


def release(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    for lang in LANGUAGES:
        ts = I18N / f"halldesk_{lang}.ts"
        if command == "update":
            extract(ts)
            print(f"updated {ts.relative_to(ROOT)}")
        elif command == "release":
            release(ts, ts.with_suffix(".qm"))
            print(f"compiled {ts.with_suffix('.qm').relative_to(ROOT)}")
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
