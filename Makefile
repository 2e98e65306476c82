# Two commands on a fresh machine: `make demo` and `make test`. Everything is installed from this
# project's own files into .venv; nothing by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# the default store (settings db_path), so that the README's commands find it without --db
DEMO_DB := bilateral.duckdb

.PHONY: install demo test test-fast lint bench chromium clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,cluster]'
	touch $(STAMP)

install: $(STAMP)

# Debian's chromium for the browser test (never a browser download); skipped where apt-get is missing.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not installed and no apt-get: the browser test will skip"; fi; \
	fi

demo: install
	mkdir -p out
	$(BIN)/bilateral ingest "$$($(BIN)/bilateral samples)" --db $(DEMO_DB)
	@echo
	$(BIN)/bilateral summary --db $(DEMO_DB)
	@echo
	@echo "The most reported US-Rwanda events, with the sentences behind them:"
	$(BIN)/bilateral events --dyad USA RWA --db $(DEMO_DB) --sort importance --limit 8 --format brief
	$(BIN)/bilateral events --db $(DEMO_DB) --format jsonl -o out/events.jsonl
	$(BIN)/bilateral events --dyad USA RWA --db $(DEMO_DB) --format jsonl -o out/usa-rwa.jsonl
	$(BIN)/bilateral events --db $(DEMO_DB) --format csv -o out/events.csv
	$(BIN)/bilateral events --db $(DEMO_DB) --format phoenix -o out/events.tsv
	$(BIN)/bilateral timeline USA RWA --db $(DEMO_DB) --freq year --plot out/usa-rwa.png -o out/usa-rwa-timeline.txt
	$(BIN)/bilateral report USA RWA --db $(DEMO_DB) -o out/usa-rwa.html
	@echo
	@echo "Outputs:"
	@echo "  store:               $(DEMO_DB), the default store: bilateral events, timeline, serve... find it"
	@echo "  all events (JSONL):  out/events.jsonl"
	@echo "  all events (CSV):    out/events.csv   (columns: docs/codebook.md)"
	@echo "  all events (Phoenix): out/events.tsv"
	@echo "  US-Rwanda events:    out/usa-rwa.jsonl"
	@echo "  US-Rwanda timeline:  out/usa-rwa-timeline.txt and out/usa-rwa.png"
	@echo "  US-Rwanda report:    out/usa-rwa.html"

test: install chromium
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow and not browser and not distributed"

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) out *.egg-info src/*.egg-info
