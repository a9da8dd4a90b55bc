# The two set-up commands of the README: `make run` and `make test`.
# Both create .venv when it is missing and install only when pyproject.toml changed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test clean

run: $(VENV)/.installed-run
	$(PY) main.py

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[test]'
	touch $(VENV)/.installed-run $@

clean:
	rm -rf $(VENV) build *.egg-info
