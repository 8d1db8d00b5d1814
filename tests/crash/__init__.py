"""Crash safety: operations killed with SIGKILL on a real SQLite file leave all of their work or none."""
