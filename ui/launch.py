"""The ``halldesk`` entry point: a command runs without Qt; no command opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(argv)
    if getattr(args, "command", None):
        return cli.run(args)
    from ui.application import run_gui  # Qt is imported only from here on

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
