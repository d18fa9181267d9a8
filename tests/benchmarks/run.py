"""Runs Berdaya's benchmarks: every ``tests/benchmarks/bench_*.py`` module's ``run()``.

Each module exposes ``def run() -> Iterable[tuple[str, float]]``, yielding named figures; this
prints one line ``name value`` per figure, the value rounded to 3 significant digits.

    python tests/benchmarks/run.py              # all benchmarks
    python tests/benchmarks/run.py --only merge # bench_merge.py alone
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
PREFIX = "bench_"


def format_value(value: float) -> str:
    """3 significant digits in plain decimal notation: 1234.5 -> 1230, 0.0012345 -> 0.00123."""
    if not math.isfinite(value):
        return str(value)
    rounded = Decimal(f"{value:.3g}")
    text = format(rounded, "f")
    return "0" if rounded.is_zero() else text


def discover(only: str | None = None) -> list[Path]:
    if only is not None:
        name = only.removeprefix(PREFIX).removesuffix(".py")
        path = HERE / f"{PREFIX}{name}.py"
        if not path.is_file():
            raise SystemExit(f"run.py: no benchmark {path.name} in {HERE}")
        return [path]
    return sorted(HERE.glob(f"{PREFIX}*.py"))


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"run.py: cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run Berdaya's benchmarks.")
    parser.add_argument("--only", metavar="NAME", help="run only bench_NAME.py")
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(HERE) not in sys.path:  # benchmarks may share helper modules beside them
        sys.path.insert(0, str(HERE))

    for path in discover(args.only):
        run: Callable[[], Iterable[tuple[str, float]]] | None = getattr(load(path), "run", None)
        if not callable(run):
            raise SystemExit(f"run.py: {path.name} has no run() function")
        for name, value in run():
            print(f"{name} {format_value(float(value))}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
