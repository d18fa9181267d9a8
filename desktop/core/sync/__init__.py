"""Sync between devices: keys and trust, the hybrid clock, change capture, bundles and merge."""
