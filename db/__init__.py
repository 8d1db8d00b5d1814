"""HallDesk's store: Peewee models (db.models), opening a database from a URL
(db.connection) and numbered migrations (db.migrate).

Only peewee and the standard library are imported here (see DESIGN.md).
"""
