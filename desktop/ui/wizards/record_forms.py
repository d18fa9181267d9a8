"""What the record forms of the early-stage wizards share: the form's values as the operations
take them, and an amount left empty written as no amount (None), not Rp 0."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.ui.wizards.bindings import widget_value

if TYPE_CHECKING:
    from desktop.ui.context import Operation
    from desktop.ui.wizards.record_list import RecordList


def form_values(records: RecordList) -> dict[str, Any]:
    """A record form's inputs by name."""
    return {name: widget_value(widget) for name, widget in records.inputs.items()}


def add_with_amount(
    operation: Operation,
    arguments: dict[str, Any] | None,
    amount: str,
    typed: str,
    **fixed: Any,
) -> tuple[Operation, dict[str, Any]] | None:
    """``operation`` adding the form's record (``arguments`` None: the form was refused);
    ``typed`` is the amount's text, empty for no amount, while a typed Rp 0 is zero."""
    if arguments is None:
        return None
    if not typed:
        arguments[amount] = None
    return operation, {**fixed, **arguments}


def update_with_amount(
    operation: Operation, arguments: dict[str, Any] | None, amount: str, **fixed: Any
) -> tuple[Operation, dict[str, Any]] | None:
    """``operation`` writing a record's values back, an empty amount as no amount."""
    if arguments is None:
        return None
    arguments[amount] = arguments[amount] or None
    return operation, {**fixed, **arguments}
