"""Per-PC settings (a TOML file in the platform's config folder) and where data lives.

Hall-wide settings (hall name, idle-lock minutes ...) are in the database
instead: see ``app.settings``.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "HallDesk"


def config_dir() -> Path:
    override = os.environ.get("HALLDESK_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    override = os.environ.get("HALLDESK_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def settings_file() -> Path:
    return config_dir() / "settings.toml"


def load() -> dict[str, Any]:
    """The per-PC settings; an unreadable file counts as empty rather than stopping the app."""
    path = settings_file()
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def save(values: dict[str, Any]) -> None:
    """Merge ``values`` into the settings file (written atomically)."""
    import tomli_w

    current = load()
    current.update({k: v for k, v in values.items() if v is not None})
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    # Owner-only before anything is written: the file may hold a PostgreSQL password.
    os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    tmp.chmod(0o600)
    tmp.write_text(tomli_w.dumps(current), encoding="utf-8")
    os.replace(tmp, path)


def default_database_url() -> str:
    return str(data_dir() / "halldesk.db")


def database_url(cli_value: str | None = None) -> str:
    """``--db``, else ``HALLDESK_DB``, else the settings file, else SQLite in the data folder."""
    return cli_value or os.environ.get("HALLDESK_DB") or load().get("database") or default_database_url()
