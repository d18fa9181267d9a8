"""Berdaya: running community empowerment programs in Indonesian villages, offline first."""

__version__ = "0.1.0"
