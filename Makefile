# Berdaya — build, run and test.  `make run` and `make test` each do their own set-up.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
MAKEFLAGS += --no-builtin-rules

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: help venv translations run system lint test bench package screenshots clean

help:
	@echo "Berdaya — the two everyday commands:"
	@echo "  make run     set up (.venv, translations) and start the program"
	@echo "               (ARGS='--db PATH' picks another database; default: your data folder)"
	@echo "  make test    set up, install system packages if missing, lint, run all tests"
	@echo "Other targets:"
	@echo "  make venv          create .venv and install the project with its test tools"
	@echo "  make translations  build resources/translations/*.ts into .qm files"
	@echo "  make system        install the Debian packages the tests need (if missing)"
	@echo "  make lint          ruff, ruff format --check, mypy --strict (core), import-linter"
	@echo "  make bench         run tests/benchmarks (ONLY=NAME runs bench_NAME.py alone)"
	@echo "  make package       one-folder app (dist/berdaya/berdaya) and its Debian package (dist/*.deb)"
	@echo "  make screenshots   render docs/screenshots/*.png (overview, dashboard, timeline, wizards) from demo data"
	@echo "  make clean         remove build outputs and caches (keeps .venv)"

# --- set-up ---------------------------------------------------------------------------------

venv: $(STAMP)

# Re-installs only when pyproject.toml changes (or the venv is gone).
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --disable-pip-version-check -q -e '.[test]'
	@touch $@

translations: $(QM)

# Order-only on the venv: a new pyproject does not force every .qm to rebuild.
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

system:
	bash scripts/ensure-system.sh

# --- everyday -------------------------------------------------------------------------------

run: venv translations
	$(BIN)/berdaya $(ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy --strict desktop/core
	$(BIN)/mypy desktop/ui
	$(BIN)/lint-imports

# tests/benchmarks stays out of this run (pyproject: norecursedirs).
test: system venv translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests

bench: venv translations
	$(BIN)/python tests/benchmarks/run.py $(if $(ONLY),--only $(ONLY))

# --- deliverables ---------------------------------------------------------------------------

# dist/berdaya/ (the one-folder app), then dist/berdaya_<version>_<arch>.deb around it
package: venv translations
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/berdaya.spec
	$(BIN)/python packaging/build_deb.py --app dist/berdaya --out dist

screenshots: venv translations
	mkdir -p docs/screenshots
	TMP=$$(mktemp -d); trap 'rm -rf "$$TMP"' EXIT; \
	export QT_QPA_PLATFORM=offscreen; \
	$(BIN)/berdaya demo --db "$$TMP/demo.sqlite" --villages 12 --seed 7; \
	$(BIN)/berdaya screenshot --db "$$TMP/demo.sqlite" --view overview \
		--out docs/screenshots/overview.png; \
	$(BIN)/berdaya screenshot --db "$$TMP/demo.sqlite" --view overview --lang en \
		--out docs/screenshots/overview-en.png; \
	$(BIN)/berdaya screenshot --db "$$TMP/demo.sqlite" --view overview --size 1280x1660 \
		--out docs/screenshots/overview-full.png; \
	$(BIN)/berdaya screenshot --db "$$TMP/demo.sqlite" --view timeline \
		--out docs/screenshots/timeline.png; \
	$(BIN)/berdaya screenshot --db "$$TMP/demo.sqlite" --view dashboard --size 1366x768 \
		--out docs/screenshots/dashboard.png; \
	$(BIN)/berdaya screenshot --db "$$TMP/demo.sqlite" --view dashboard --size 1366x768 --lang en \
		--out docs/screenshots/dashboard-en.png; \
	for stage in persiapan pengkajian perencanaan formalisasi pelaksanaan evaluasi terminasi; do \
		$(BIN)/berdaya screenshot --db "$$TMP/demo.sqlite" --view wizard:$$stage \
			--out docs/screenshots/wizard-$$stage.png || exit 1; \
	done

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
	rm -f resources/translations/*.qm
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
