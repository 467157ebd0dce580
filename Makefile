# realpolitik — every target bootstraps .venv (with pip) when it is missing or stale.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB := examples/demo.duckdb

CHROMIUM := /usr/bin/chromium

.PHONY: demo test test-fast eval bench lint clean browser

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

## demo: ingest the bundled founding article, print its events, forecast the contest, write report.html
demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/realpolitik ingest examples/france_russia_mali_2021.txt --date 2021-09-20 --db $(DEMO_DB)
	$(BIN)/realpolitik db info --db $(DEMO_DB)
	$(BIN)/realpolitik analyze examples/france_russia_mali_2021.txt --date 2021-09-20
	$(BIN)/realpolitik simulate examples/mali_security_partner.yaml --model all --runs 1000 --format json > examples/forecast.json
	$(BIN)/realpolitik report --target MLI --powers FRA,RUS --db $(DEMO_DB) --forecast examples/forecast.json -o report.html
	@echo "report written: $$(pwd)/report.html"

## browser: Debian's Chromium for the browser tests (installed when missing; needs root or sudo)
browser:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else sudo -n apt-get update -qq && sudo -n DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; fi; } \
	  || echo "warning: could not install $(CHROMIUM); the browser tests will be skipped"

## test: the whole test suite (tests needing ../shared skip when it is absent)
test: $(STAMP) browser
	$(BIN)/python -m pytest -q

## test-fast: the suite without the slow tests
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

## eval: accuracy gate against the pinned baseline (needs ../shared)
eval: $(STAMP)
	$(BIN)/python -m bench.evaluate

## bench: speed and memory benchmarks, written to docs/BENCHMARKS.md
bench: $(STAMP)
	$(BIN)/python -m bench.run

lint: $(STAMP)
	$(BIN)/ruff check realpolitik tests bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache $(DEMO_DB) $(DEMO_DB).wal *.egg-info report.html examples/forecast.json
