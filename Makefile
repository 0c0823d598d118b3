# brief: developer targets. `make test` is what CI runs (through .ci/run).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS ?= seeds/

.PHONY: install bytecode brief demo test test-fast lint format eval-clean eval-first-sight eval-second-opinion eval-stories bench bench-scale bench-ray clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## Compile brief's bytecode up front, as pip does for regular installs: an editable install
## leaves it to the first import, which never writes it when PYTHONDONTWRITEBYTECODE is set
## (it is, on these machines), and then every run compiles every module again (~50 ms).
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q summarize

## Run the main job on the seeds with the real default models.
brief: bytecode
	$(BIN)/brief $(SEEDS) --lang en

## Run the main job with tiny locally-built models (no download needed).
demo: bytecode
	$(BIN)/python -m summarize.testing build /tmp/brief-tiny $(SEEDS)
	$(BIN)/brief $(SEEDS) --lang en --mt-model /tmp/brief-tiny/marian --sum-model /tmp/brief-tiny/mt5

test: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

test-fast: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check summarize tests bench
	$(BIN)/ruff format --check summarize tests bench
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format summarize tests bench
	$(BIN)/ruff check --fix summarize tests bench

## Content recall and boilerplate removal of the cleaner: real pages by site split (the measure), several real pages of a few sites (alone and as one folder), then the written unit-test pages.
eval-clean: $(STAMP)
	$(BIN)/python -m summarize.eval_clean tests/fixtures/news-pages
	$(BIN)/python -m summarize.eval_clean tests/fixtures/news-folders
	$(BIN)/python -m summarize.eval_clean tests/fixtures/pages --errors none

## Each batch's training pages cleaned by the package as it was when the batch came in (needs the git history; about 10 s).
eval-first-sight: $(STAMP)
	$(BIN)/python bench/first_sight.py

## A learned second opinion on the lines the rules keep at first sight, fitted batch by batch out of fold: what it would catch for each number of content lines lost (about 20 s).
eval-second-opinion: $(STAMP)
	$(BIN)/python -m bench.second_opinion

## Story grouping (B-cubed) and copy detection over the labelled real articles, tune and held-out stories.
eval-stories: $(STAMP)
	$(BIN)/python -m summarize.eval_stories tests/fixtures/stories/labels.tsv

## 100, 1,000 and 10,000 synthetic articles through every stage but the models (about 3 minutes).
bench-scale: bytecode
	$(BIN)/python bench/scale.py

## 1,000 synthetic articles with the tiny models, --runner local and --runner ray alternately (about 15 minutes).
bench-ray: bytecode
	$(BIN)/python bench/ray_bench.py

## Naive vs default vs --fast, with models of the real shapes; prints one summary line (about 11 min).
bench: bytecode
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
