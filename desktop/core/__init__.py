"""Everything that needs no screen: the domain model, storage, stages, sync and reports."""
