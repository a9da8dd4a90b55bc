# The two set-up commands of the README: `make run` and `make test`.
# Both create .venv when it is missing and install only when pyproject.toml changed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test dist clean

run: $(VENV)/.installed-run $(QM)
	$(PY) main.py

test: $(VENV)/.installed-test $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# A one-folder bundle for this system (installer/build.py: PyInstaller, then the Inno Setup script).
dist: $(VENV)/.installed-dist $(QM)
	$(PY) installer/build.py

$(VENV)/.installed-dist: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[dist]'
	touch $(VENV)/.installed-run $@

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
	rm -rf $(VENV) build dist *.egg-info $(QM)
