# NEASPEC Planner — the only entry points. Every target that needs Python does its own idempotent set-up.
SHELL := /bin/bash
PY := $(CURDIR)/.venv/bin/python
export NEASPEC_PLANNER_DEPS := $(CURDIR)/.deps
export QT_QPA_PLATFORM := offscreen
export PYTHONPATH := $(CURDIR):/usr/share/qgis/python/plugins
export XDG_RUNTIME_DIR := /tmp/runtime-$(shell id -u)
PYTEST_ARGS ?= test

.PHONY: setup demo test zip deploy bench translations transcompile lint clean

setup:
	@bash scripts/setup.sh

demo: setup transcompile
	$(PY) -m neaspec_planner demo --out out/demo

test: setup transcompile
	$(PY) -m pytest $(PYTEST_ARGS)

zip: setup transcompile
	$(PY) scripts/build_zip.py --out dist/neaspec_planner.zip

deploy: zip
	$(PY) scripts/deploy.py dist/neaspec_planner.zip

bench: setup
	$(PY) bench/run_all.py

translations:
	@bash scripts/translations.sh update

transcompile:
	@bash scripts/translations.sh compile

lint: setup
	$(PY) -m ruff check neaspec_planner test scripts bench resources
	$(PY) scripts/check_qgis_rules.py neaspec_planner test scripts bench resources
	$(PY) -m mypy neaspec_planner/core

clean:
	rm -rf dist out .pytest_cache .mypy_cache .ruff_cache i18n/*.qm
