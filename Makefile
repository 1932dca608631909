# `make run`: set up .venv and run the pipeline on the bundled corpus.
# `make test`: set up .venv and run the whole test suite.
# `make notebook`: add JupyterLab to .venv and open notebooks/explore.ipynb.
# `make lock`: upgrade .venv within pyproject.toml's bounds and re-pin constraints.txt.

# The first Python >= 3.11 among these (or: make PYTHON=/path/to/python3.x).
PYTHONS := python3.11 python3.12 python3.13 python3
PYTHON ?= $(firstword $(foreach p,$(PYTHONS),$(shell command -v $(p) >/dev/null 2>&1 && \
	$(p) -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && echo $(p))))
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONSTRAINTS := constraints.txt

.PHONY: run test bench eval notebook lock which-python clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "need Python 3.11 or newer (looked for $(PYTHONS)); or: make PYTHON=/path/to/python3.x"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The exact versions of constraints.txt, for installs that match the tested ones.
$(STAMP): pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/vnie run corpus/articles --out outputs

test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

eval: $(STAMP)
	$(BIN)/vnie eval

bench: $(STAMP)
	$(BIN)/vnie bench --workers 1

notebook: $(STAMP)
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e '.[test,notebook]'
	test -d outputs/articles || $(BIN)/vnie run corpus/articles corpus/samples --out outputs
	$(BIN)/jupyter lab notebooks/explore.ipynb

lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade --upgrade-strategy eager -e '.[test]'
	{ echo "# Exact versions the test suite passed on (Python 3.11); \`make\` installs with -c $(CONSTRAINTS)."; \
	  echo "# Regenerate with \`make lock\` after changing pyproject.toml, then run \`make test\`."; \
	  $(BIN)/python -m pip freeze --exclude-editable; } > $(CONSTRAINTS)
	touch $(STAMP)

which-python:
	@echo $(PYTHON)

clean:
	rm -rf outputs/*/ outputs/*.html .pytest_cache
