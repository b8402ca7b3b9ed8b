# The two entry points of the README: `make train` and `make test`.
# Both create .venv if it is missing and install the project into it.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# The CPU build of torch; override e.g. with TORCH_SPEC="torch==2.13.0 --index-url <your CPU wheel index>".
TORCH_SPEC ?= torch==2.13.0
STAMP := $(VENV)/.installed

.PHONY: install train test corpus news news-ann validate stats clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet $(TORCH_SPEC)
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

install: $(STAMP)

## The main job: validate the gold corpus, fine-tune configs/seed-default.yaml (from models/arabic-ie-news,
## CPU) on the default split, evaluate on the held-out test article and print the report.
train: $(STAMP)
	$(BIN)/arabic-ie validate data/seed
	HF_HUB_OFFLINE=1 $(BIN)/python train/train.py configs/seed-default.yaml

## The suite runs in TEST_WORKERS processes (pytest-xdist), one torch thread each so they do not oversubscribe the cores.
TEST_WORKERS ?= auto
test: $(STAMP)
	OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 $(BIN)/python -m pytest -q -n $(TEST_WORKERS)

## Rebuild data/seed/*.ann from the annotation worksheets in data/worksheets/.
corpus: $(STAMP)
	$(BIN)/python -m arabic_ie.annotation build data/seed data/worksheets
	$(BIN)/arabic-ie validate data/seed

## The held-out news articles (data/news): their texts are third-party and not in the repository. `make news`
## rebuilds the brat pairs from a SaudiNewsNet / ANT copy (CORPORA, default ../shared/data/corpora) into NEWS_DIR,
## checking each text's sha256; `make news-ann` recompiles data/news/ann/*.ann from the worksheets.
CORPORA ?= ../shared/data/corpora
NEWS_DIR ?= runs/news/brat
news: $(STAMP)
	$(BIN)/python -m arabic_ie.data.news_sample materialize data/news/manifest.json --corpora $(CORPORA) --ann data/news/ann --output $(NEWS_DIR)
	$(BIN)/arabic-ie validate $(NEWS_DIR)

news-ann: $(STAMP)
	$(BIN)/python -m arabic_ie.data.news_sample materialize data/news/manifest.json --corpora $(CORPORA) --output $(NEWS_DIR)
	$(BIN)/python -m arabic_ie.annotation build $(NEWS_DIR) data/news/worksheets
	mkdir -p data/news/ann && cp $(NEWS_DIR)/*.ann data/news/ann/
	$(BIN)/arabic-ie validate $(NEWS_DIR)

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist src/*.egg-info
