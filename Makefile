# Two front doors: `make run` and `make test`. Both work on a fresh Debian machine.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install system-deps node-deps lint bench clean-db

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade "pip>=25.1"
	$(PIP) install -q -e ".[dev]"
	touch $@

install: $(VENV)/.installed system-deps

# Chromium and its driver come from Debian; Selenium Manager cannot download here.
system-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		echo "Installing Debian chromium and chromium-driver"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	fi

# The Nu HTML Checker (vnu-jar) is pinned in package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

node-deps: node_modules/.installed

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py collectstatic --noinput -v 0
	$(PY) manage.py ensure_admin
	@echo "Site:  http://$(HOST):$(PORT)/   Admin: http://$(HOST):$(PORT)/admin/"
	@trap 'kill 0' EXIT; \
		$(PY) manage.py db_worker & \
		$(PY) manage.py runserver $(HOST):$(PORT)

test: install node-deps
	$(VENV)/bin/ruff check .
	$(PY) manage.py makemigrations --check --dry-run --settings=cms.settings.test
	$(VENV)/bin/pytest -n 2 --dist loadfile

lint:
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

bench: install
	for f in bench/*.py; do $(PY) $$f; done
