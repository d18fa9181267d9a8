"""Sync in the window: export and import bundles, review conflicts."""
