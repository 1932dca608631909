# `make run`: set up .venv and run the pipeline on the bundled corpus.
# `make test`: set up .venv and run the whole test suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench eval clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (Python 3.11+)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/vnie run corpus/articles --out outputs

test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

eval: $(STAMP)
	$(BIN)/vnie eval

bench: $(STAMP)
	$(BIN)/vnie bench --workers 1

clean:
	rm -rf outputs/*/ outputs/*.html .pytest_cache
