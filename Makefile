# The two entry points of the README: `make train` and `make test`.
# Both create .venv if it is missing and install the project into it.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# The CPU build of torch; override e.g. with TORCH_SPEC="torch==2.13.0 --index-url <your CPU wheel index>".
TORCH_SPEC ?= torch==2.13.0
STAMP := $(VENV)/.installed

.PHONY: install train test corpus validate stats clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet $(TORCH_SPEC)
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

install: $(STAMP)

## The main job: validate the gold corpus, fine-tune configs/seed-default.yaml (embedded checkpoint,
## CPU) on the default split, evaluate on the held-out test article and print the report.
train: $(STAMP)
	$(BIN)/arabic-ie validate data/seed
	HF_HUB_OFFLINE=1 $(BIN)/python train/train.py configs/seed-default.yaml

test: $(STAMP)
	$(BIN)/python -m pytest -q

## Rebuild data/seed/*.ann from the annotation worksheets in data/worksheets/.
corpus: $(STAMP)
	$(BIN)/python -m arabic_ie.annotation build data/seed data/worksheets
	$(BIN)/arabic-ie validate data/seed

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist src/*.egg-info
