# textclean developer tasks. Needs only Python >= 3.11 and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: run test test-fast test-slow lint typecheck score clean fuzz fuzz-short bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_DEV): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(STAMP_RUN)

## run: create .venv, install textclean, clean the example corpus and show the result
run: $(STAMP_RUN)
	$(BIN)/textclean clean-files --format txt examples/corpus/*.txt

## test: install the dev extras, run ruff, mypy and the whole test suite (slow tests included)
test: $(STAMP_DEV) lint typecheck
	$(BIN)/python -m pytest -q

## test-fast: the suite without the slow tests
test-fast: $(STAMP_DEV)
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP_DEV)
	$(BIN)/ruff check textclean tests examples benchmarks

typecheck: $(STAMP_DEV)
	$(BIN)/mypy

## score: score the command against the shared gold corpus
score: $(STAMP_RUN)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python ../shared/tools/score_gold.py ../shared/corpus/seeds ../shared/corpus/gold --verbose

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis

STAMP_BENCH := $(VENV)/.installed-bench
$(STAMP_BENCH): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $@ $(STAMP_RUN)

## bench: throughput and accuracy benchmarks against peers, measured in the same run
bench: $(STAMP_BENCH)
	$(BIN)/python -m benchmarks.run

## fuzz: coverage-guided fuzzing of clean() and clean_html() (1,000,000 executions)
fuzz: $(STAMP_DEV)
	$(BIN)/python fuzz/make_seeds.py
	mkdir -p fuzz/corpus-work
	$(BIN)/python fuzz/fuzz_clean.py -runs=1000000 -timeout=3600 -rss_limit_mb=4096 -artifact_prefix=fuzz/ fuzz/corpus-work fuzz/seeds

## fuzz-short: about a minute of fuzzing with a fixed seed (CI runs this so the harness cannot rot)
fuzz-short: $(STAMP_DEV)
	$(BIN)/python fuzz/make_seeds.py
	$(BIN)/python fuzz/fuzz_clean.py -runs=6000 -seed=1 -max_total_time=180 -rss_limit_mb=4096 fuzz/seeds

## test-slow: only the slow tests (100,000-example properties, 4 MB adversarial inputs)
test-slow: $(STAMP_DEV)
	$(BIN)/python -m pytest -q -m slow
