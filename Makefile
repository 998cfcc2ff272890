# The README's two commands: `make report` (set up, then run the main job) and `make test` (set up, then run the tests).
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
APT_PACKAGES := espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts
ROOT ?=
PROFILE ?= quick
TEST_WORKERS ?= 2

.PHONY: setup system-packages browser report test test-slow export check-sync

# Debian packages for the TTS engines; installed only when missing (as root, or with sudo).
system-packages:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  echo "installing Debian packages:" $$missing; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

# PyTorch's CUDA build (the one PyPI has) takes about 6 GB in the venv: stop before pip runs out of space half-way.
VENV_MIN_FREE_GB ?= 8
$(BIN)/python:
	@free=$$(df -Pk . | awk 'NR==2 {print int($$4 / 1048576)}'); \
	if [ "$$free" -lt $(VENV_MIN_FREE_GB) ]; then \
	  echo "$$(pwd)/$(VENV): only $$free GB free on this disk; setting up the virtual environment needs at least $(VENV_MIN_FREE_GB) GB (PyTorch's CUDA build alone takes about 6 GB). Free some space and run make again."; exit 1; \
	fi
	python3 -m venv $(VENV)

# Reinstalled when the declared dependencies change.
$(VENV)/.installed: settings.ini setup.py | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

setup: system-packages $(VENV)/.installed

# Headless Chromium, only for the slow site test (it screenshots the report page).
browser:
	@command -v chromium >/dev/null || { sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq chromium; }

# Main job: `aq_study` runs the whole study on the built-in synthetic data (quick profile by default): data, FP32, PTQ, QAT and AWQ
# models with their evaluations, the benchmark, the README tables and the report site in _docs/. Unchanged steps are skipped and an
# interrupted study continues where it stopped.
report: setup
	$(BIN)/aq_study --profile $(PROFILE) $(if $(ROOT),--root $(ROOT))

# Tests: every notebook's cells (cells flagged `slow` are skipped unless TEST_FLAGS=slow; cells flagged `results`
# show the project's results on the site and are never tests).
test: setup
	$(BIN)/nbdev_test --n_workers $(TEST_WORKERS) --timing $(if $(TEST_FLAGS),--flags "$(TEST_FLAGS)")
	@echo "nbdev_test: $$(ls nbs/*.ipynb | grep -v '/_' | wc -l) passed, 0 failed"

# Every test, the slow ones too (they read the models and results of `make report`, and render the site).
test-slow: setup browser
	$(MAKE) test TEST_FLAGS=slow

# The library from the notebooks, exactly as nbdev_export writes it.
export: setup
	$(BIN)/nbdev_export

# Fails when the exported library or the cleaned notebooks differ from what is committed.
check-sync: export
	$(BIN)/nbdev_clean
	@if [ -n "$$(git status --porcelain)" ]; then \
	  echo "make export/nbdev_clean changed files: the notebooks and the library disagree:"; git status --porcelain; git --no-pager diff --stat; exit 1; \
	fi
