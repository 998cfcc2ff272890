# The README's two commands: `make report` (set up, then run the main job) and `make test` (set up, then run the tests).
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
APT_PACKAGES := espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts
ROOT ?= data
PROFILE ?= quick
TEST_WORKERS ?= 2

.PHONY: setup system-packages report test check-sync

# Debian packages for the TTS engines; installed only when missing (as root, or with sudo).
system-packages:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  echo "installing Debian packages:" $$missing; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

$(BIN)/python:
	python3 -m venv $(VENV)

# Reinstalled when the declared dependencies change.
$(VENV)/.installed: settings.ini setup.py | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

setup: system-packages $(VENV)/.installed

# Main job: the study on the built-in synthetic data: data, FP32, PTQ and QAT models, their evaluation, the README tables.
# Finished FP32/QAT training is resumed (not redone); PTQ and the evaluations run again.
CONFIGS := cnn_fp32 transformer_fp32 rnn_fp32 cnn_ptq transformer_ptq rnn_ptq cnn_qat transformer_qat rnn_qat cnn_ptq_w4 cnn_qat_w4
report: setup
	$(BIN)/aq_synth --profile $(PROFILE) --root $(ROOT)
	@for c in $(CONFIGS); do \
	  echo "== $$c"; \
	  $(BIN)/aq_run --config configs/$$c.yaml --data $(ROOT) && \
	  $(BIN)/aq_evaluate --checkpoint models/$${c}_model.pth --config configs/$$c.yaml --data $(ROOT) > /dev/null || exit 1; \
	done
	$(BIN)/aq_report

# Tests: every notebook's cells (cells flagged `slow` are skipped unless TEST_FLAGS=slow).
test: setup
	$(BIN)/nbdev_test --n_workers $(TEST_WORKERS) --timing $(if $(TEST_FLAGS),--flags "$(TEST_FLAGS)")
	@echo "nbdev_test: $$(ls nbs/*.ipynb | grep -v '/_' | wc -l) passed, 0 failed"

# Fails when the exported library or the cleaned notebooks differ from what is committed.
check-sync: setup
	$(BIN)/nbdev_export
	$(BIN)/nbdev_clean
	@if [ -n "$$(git status --porcelain)" ]; then \
	  echo "nbdev_export/nbdev_clean changed files: the notebooks and the library disagree:"; git status --porcelain; git --no-pager diff --stat; exit 1; \
	fi
