# The two everyday commands: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
ARGS ?=
PYTEST_ARGS ?=

.PHONY: run test demo lint translations bench clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.run-installed
	$(BIN)/mentor-desktop $(ARGS)

demo: $(VENV)/.run-installed
	$(BIN)/mentor-desktop --demo $(ARGS)

test: $(VENV)/.test-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.test-installed
	$(BIN)/ruff check mentor_desktop tests
	$(BIN)/ruff format --check mentor_desktop tests

# Refresh the translation sources from the code, then compile them.
translations: $(VENV)/.test-installed
	$(BIN)/python -m mentor_desktop.i18n_tools update

# Speed against bare-SQL floors on a ten-year demo centre (made once in bench/data).
bench: $(VENV)/.run-installed
	$(BIN)/python bench/run.py $(ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info
