"""Dialogs of the main window: new program, settings, about."""
