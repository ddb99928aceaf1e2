# eventwire: `make demo` and `make test` are the whole quick start (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= demo.duckdb
SHARED ?= ../shared
CACHE := .cache

.PHONY: demo test lint typecheck unit install bench lock clean

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

# The bundled examples, the seed article (from ../shared when present) and 300 real news articles (the Lee
# corpus, read out of the gensim 4.4.0 wheel from PyPI at demo time and cached; gensim is not installed).
demo: $(STAMP)
	$(BIN)/python scripts/fetch_lee.py --cache $(CACHE)
	$(BIN)/python scripts/seed_example.py --shared $(SHARED) --out $(CACHE)/seed.jsonl
	$(BIN)/eventwire run examples $(CACHE)/seed.jsonl $(CACHE)/lee/lee_background.jsonl --db $(DB)

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest -q

test: lint typecheck unit

bench: $(STAMP)
	$(BIN)/python scripts/fetch_lee.py --cache $(CACHE)
	$(BIN)/python bench/bench_run.py --corpus $(CACHE)/lee/lee_background.jsonl

# Re-pin the dependencies from the current venv (after changing pyproject.toml).
lock: $(STAMP)
	{ head -2 requirements.lock; $(BIN)/python -m pip freeze --exclude-editable | grep -vi '^en[-_]core'; } > requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) $(CACHE) $(DB) .pytest_cache .mypy_cache .ruff_cache
