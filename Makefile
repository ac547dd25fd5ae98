# The two set-up commands of the README:
#   make demo   installs bilingo and checks the demo article in corpus/ (writes out/report.html)
#   make test   installs bilingo with its test extras and runs the tests
# Both install the system packages they need (Apertium; Chromium for the browser tests) when missing.

VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export DEBIAN_FRONTEND := noninteractive

.PHONY: demo test install install-test system-deps system-deps-test eval bench fuzz clean

demo: install system-deps
	@mkdir -p out
	$(BIN)/bilingo check corpus/demo/asylum-russians.en.md corpus/demo/asylum-russians.es.md --html out/report.html || [ $$? -eq 1 ]
	$(BIN)/bilingo check corpus/elamerican-asylum-russians.txt
	@echo "HTML report: out/report.html"

test: install-test system-deps-test
	$(BIN)/pytest -n 2 -q

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

# torch is pinned to a CPU build first: an unpinned torch pulls a multi-GB CUDA build.
$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[marian,test]'
	touch $@

system-deps:
	@command -v apertium >/dev/null && [ -e /usr/share/apertium/modes/spa-eng.mode ] || \
	  ( $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq apertium apertium-eng-spa )

system-deps-test: system-deps
	@command -v chromium >/dev/null || \
	  ( $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver )

eval: install system-deps
	$(BIN)/bilingo eval

bench: install-test system-deps
	$(BIN)/python bench/run.py

fuzz: install
	$(BIN)/pip install -q -e '.[fuzz]'
	$(BIN)/python fuzz/fuzz_readers.py -max_total_time=300 -max_len=8192 -timeout=20 fuzz/corpus corpus tests/fixtures/inputs

clean:
	rm -rf $(VENV) out .pytest_cache
