"""Fuzz tests: generated files and roster edits never crash a service or leave half a write."""
