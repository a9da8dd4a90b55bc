# The two set-up commands of the README: `make run` and `make test`.
# Both create .venv when it is missing and install only when pyproject.toml changed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test clean

run: $(VENV)/.installed-run $(QM)
	$(PY) main.py

test: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Qt Linguist sources are committed; the compiled .qm files are built here (the install step).
resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed-run
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

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
	rm -rf $(VENV) build *.egg-info $(QM)
