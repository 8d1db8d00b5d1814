"""The audit trail's refusal is an integrity error on PostgreSQL too.

0001's trigger function raised a plain exception, which the driver reports
as an internal error; on SQLite the same refusal is a constraint failure.
With SQLSTATE 23001 (restrict_violation) both engines report one kind of
error, so the program treats a refused change the same way on each.
"""


def up(migrator, db):
    from peewee import PostgresqlDatabase

    if isinstance(db, PostgresqlDatabase):
        db.execute_sql(
            "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'audit trail is append-only' USING ERRCODE = 'restrict_violation'; "
            "END; $$ LANGUAGE plpgsql"
        )
