# Two commands matter: `make run` and `make test`. Everything else is what they need.
# 3.12 or newer (see tools/find_python.sh for why not 3.11).
PYTHON ?= $(shell tools/find_python.sh)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
UI     := $(wildcard ui/*.ui)
PO     := $(wildcard resources/locale/*/LC_MESSAGES/usagebill.po)
MO     := $(PO:.po=.mo)
POT    := $(VENV)/usagebill.pot
export QT_QPA_PLATFORM ?=

.PHONY: run test setup system-libs lint typecheck contracts pytest forms translations \
        update-translations lock demo bench screenshots clean

run: setup
	$(BIN)/usagebill

test: setup lint contracts typecheck pytest

setup: system-libs $(STAMP) translations

system-libs:
	@tools/ensure_system_libs.sh

$(STAMP): pyproject.toml constraints.txt
	@test -n "$(PYTHON)" || { echo "usagebill: no Python 3.12 or newer found" >&2; exit 1; }
	@# A venv made by an older Python is made again.
	@if [ -x $(BIN)/python ] && ! $(BIN)/python -c 'import sys; raise SystemExit(sys.version_info < (3, 12))'; then rm -rf $(VENV); fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

translations: $(QM) $(MO)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# What people read outside the widgets (reasons, row notes, documents, the CLI): gettext.
resources/locale/%/LC_MESSAGES/usagebill.mo: resources/locale/%/LC_MESSAGES/usagebill.po $(STAMP)
	$(BIN)/pybabel -q compile -i $< -o $@

# After changing user-visible strings: refresh the .ts catalogues (widgets) and the .po
# catalogue (texts marked N_/NP_, see babel.cfg), then translate.
# English needs only its plural forms ("1 customer", "2 customers").
UI_SOURCES = $$(find usagebill_desktop/ui -name '*.py' -not -path '*/forms/*') $(UI)
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -no-obsolete -ts resources/translations/usagebill_es.ts
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -no-obsolete -pluralonly -ts resources/translations/usagebill_en.ts
	$(BIN)/pybabel -q extract -F babel.cfg --sort-output --add-location=file -o $(POT) usagebill_desktop
	$(BIN)/pybabel -q update -i $(POT) -d resources/locale -D usagebill -l es --ignore-obsolete --no-fuzzy-matching

# Designer forms are compiled and committed; tests check they are current.
forms: $(STAMP)
	@for f in $(UI); do \
	  n=$$(basename $$f .ui); \
	  $(BIN)/pyside6-uic $$f -o usagebill_desktop/ui/forms/ui_$$n.py; \
	done

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

contracts: $(STAMP)
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

# Re-pin the constraints after changing dependencies in pyproject.toml.
lock:
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/pip install -q -e '.[dev]'
	.lockenv/bin/pip freeze --exclude-editable | grep -v '^usagebill' > constraints.txt
	rm -rf .lockenv

demo: setup
	$(BIN)/usagebill demo --db demo.db

bench: setup
	$(BIN)/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev,bench]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# Every page and dialog in each language, to look at (screenshots/ is ignored by git).
screenshots: setup
	test -f screenshots/demo.db || $(BIN)/usagebill demo --db screenshots/demo.db
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py screenshots/demo.db screenshots es en

clean:
	rm -rf $(VENV) build dist $(QM) $(MO)
