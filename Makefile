# EST plugin: set-up, demo, tests, packaging. Run `make help` for the list.
SHELL := /bin/bash
PLUGIN := est_trygghet
SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PYTHON := $(VENV)/bin/python
HEADLESS := QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-$$(id -u)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian/Ubuntu packages: QGIS with its Python bindings, the science stack in the same
# interpreter, Qt translation tools, a virtual display and PDF tools for later report checks.
APT_PACKAGES := qgis python3-qgis qgis-providers \
	python3-gdal python3-numpy python3-scipy python3-pandas python3-pyproj python3-openpyxl \
	python3-geopandas python3-shapely python3-rtree python3-sklearn python3-statsmodels python3-networkx python3-jinja2 \
	python3-venv python3-pip pyqt5-dev-tools qttools5-dev-tools xvfb xauth poppler-utils zip make faketime

.PHONY: help setup venv demo test test-calendar test-matrix test-newest test-unit test-qgis lint transup transcompile package deploy bench screenshots clean

help:
	@echo "make setup     install QGIS and every dependency (Debian/Ubuntu, as root) and the test venv"
	@echo "make demo      run the whole chain headless on the bundled sample; results in out/"
	@echo "make test      unit tests (no QGIS) and QGIS tests (offscreen); PYTEST_ARGS=... runs a subset"
	@echo "make test-calendar  the suite on 2027-03-10 in America/Vancouver (faketime, TZ)"
	@echo "make test-newest  the core's tests on pandas 3 / numpy 2.4 (PyPI packages in .venv-newest)"
	@echo "make test-matrix  setup and tests in Debian chroots, one leg per suite (LEGS=\"$(LEGS)\")"
	@echo "make deploy    install and enable the plugin in the default QGIS profile"
	@echo "make package   build dist/$(PLUGIN)-<version>.zip for 'Install from ZIP'"
	@echo "make bench     speed against QGIS's own algorithms (uses ../shared/data if present)"
	@echo "make screenshots  the dock pictures in docs/ (virtual display, Swedish interface)"
	@echo "make lint | transup | transcompile | clean"

setup:
	$(SUDO) apt-get update
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $(APT_PACKAGES)
	$(MAKE) venv transcompile

venv:
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PYTHON) -m pip install --upgrade-strategy only-if-needed -r requirements-dev.txt

demo: transcompile
	$(HEADLESS) $(SYSTEM_PYTHON) scripts/demo.py --out out

PYTEST_ARGS ?= tests
test: transcompile
	$(HEADLESS) $(PYTHON) -m pytest $(PYTEST_ARGS)

# One leg per Debian suite (trixie: QGIS 3.40, forky: QGIS 3.44) in a chroot, as root; see
# scripts/ci/chroot_leg.sh. Goes on after a failed leg, fails at the end if any failed.
LEGS ?= trixie forky
test-matrix:
	@sums=$$(mktemp -d); failed=""; \
	for leg in $(LEGS); do EST_SUMMARY_FILE=$$sums/$$leg scripts/ci/chroot_leg.sh $$leg || failed="$$failed $$leg"; done; \
	echo "== test matrix: leg, QGIS, pytest's closing line, seconds, exit =="; \
	for leg in $(LEGS); do cat $$sums/$$leg 2>/dev/null || echo "$$leg: no summary"; done; \
	rm -rf $$sums; if [ -n "$$failed" ]; then echo "failed legs:$$failed"; exit 1; fi

test-unit:
	$(PYTHON) -m pytest tests/unit

# The whole suite on another day and in another time zone than the machine's: no test may depend on
# either (the tests pin est_plugin.core.clock; this proves nothing else reads the calendar).
# (libfaketime's FAKETIME_DONT_FAKE_MONOTONIC would break Python's time.sleep: EINVAL.)
CALENDAR_DAY ?= 2027-03-10 12:00:00
CALENDAR_TZ ?= America/Vancouver
test-calendar: transcompile
	TZ=$(CALENDAR_TZ) faketime '$(CALENDAR_DAY)' \
		env $(HEADLESS) $(PYTHON) -m pytest $(PYTEST_ARGS) -p no:cacheprovider

# The core's tests on pandas 3 / numpy 2.4 (what recent Windows QGIS installers ship), in a venv of
# PyPI packages (scripts/ci/requirements-newest.txt) beside the distribution's stack.
NEWEST_VENV := .venv-newest
test-newest:
	[ -x $(NEWEST_VENV)/bin/python ] || $(SYSTEM_PYTHON) -m venv $(NEWEST_VENV)
	$(NEWEST_VENV)/bin/python -m pip install -q -r scripts/ci/requirements-newest.txt
	$(NEWEST_VENV)/bin/python -m pytest tests/unit -p no:cacheprovider

test-qgis: transcompile
	$(HEADLESS) $(PYTHON) -m pytest tests/qgis

# Bandit over the runtime Python files (what scripts/plugin_files.py packages: __init__.py and
# est_plugin/) with every test and every severity: plugins.qgis.org blocks a version on any finding.
# The configuration ([tool.bandit] in pyproject.toml) skips nothing.
lint:
	$(PYTHON) -m ruff check .
	$(PYTHON) -m bandit -c pyproject.toml -q -r __init__.py est_plugin

# The plugin repository's blocking checks (bandit, detect-secrets) on the unpacked zip of `make package`.
.PHONY: lint-package
lint-package: package
	$(PYTHON) scripts/lint_package.py --name $(PLUGIN)

transup:
	pylupdate5 -noobsolete $$(find est_plugin -name '*.py' | sort) -ts i18n/est_sv.ts

transcompile:
	lrelease -silent i18n/est_sv.ts -qm i18n/est_sv.qm

package: transcompile
	$(SYSTEM_PYTHON) scripts/plugin_files.py package --name $(PLUGIN) --dist dist

deploy: transcompile
	$(SYSTEM_PYTHON) scripts/plugin_files.py deploy --name $(PLUGIN)

bench:
	$(HEADLESS) $(SYSTEM_PYTHON) scripts/bench.py
	$(HEADLESS) $(SYSTEM_PYTHON) scripts/bench_hotspots.py $(BENCH_ARGS)
	$(HEADLESS) $(SYSTEM_PYTHON) scripts/bench_factors.py

screenshots: transcompile
	XDG_RUNTIME_DIR=/tmp/runtime-$$(id -u) xvfb-run -a -s "-screen 0 1600x1200x24" $(SYSTEM_PYTHON) scripts/dock_screenshot.py --out docs --language sv

clean:
	rm -rf out dist .pytest_cache i18n/*.qm
	find . -name __pycache__ -prune -exec rm -rf {} +
