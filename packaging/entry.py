"""PyInstaller's entry script for the frozen Berdaya (see berdaya.spec)."""

from desktop.app import main

raise SystemExit(main())
