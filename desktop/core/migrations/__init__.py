"""Alembic migrations of the Berdaya schema (script_location ``desktop.core:migrations``)."""
