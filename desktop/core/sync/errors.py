"""The one exception sync raises for the person at the screen: its message is one sentence.

Each error keeps the English ``template`` it was made from and the ``values`` put into it, as a
stage rule's :class:`desktop.core.errors.Issue` does, so that a window can show the sentence
in the interface's language (``desktop.ui.vocabulary.issue_text``); ``str(error)`` is the
English sentence itself, for the command line and the logs."""

from __future__ import annotations


class SyncError(Exception):
    """A refusal or failure of sync; ``str(error)`` is one plain sentence for a facilitator.

    ``SyncError("“{file}” does not exist.", file="a.berdaya")``: the template names its values;
    without values the template is the sentence as it is (braces and all)."""

    def __init__(self, template: str, /, **values: object) -> None:
        shown = {key: str(value) for key, value in values.items()}
        super().__init__(template.format(**shown) if shown else template)
        self.template = template
        self.values: tuple[tuple[str, str], ...] = tuple(sorted(shown.items()))


class BundleRefused(SyncError):
    """A bundle that must not be imported (damaged, forged, out of scope, out of order)."""


class HardDeleteRefused(SyncError):
    """A synced row was deleted from the database instead of being tombstoned."""
