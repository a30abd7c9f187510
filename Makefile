# `make run` sets everything up and serves the demo site; `make test` runs the suite.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
PYTEST_ARGS ?=

# The first interpreter >= 3.12: .python-version asks pyenv for 3.13.
BOOTSTRAP_PYTHON := $(shell for candidate in python3.13 python3.12 python3; do \
	if $$candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then \
		command -v $$candidate; break; fi; done)

.PHONY: run test lint format messages browser-tools prod prod-check

$(INSTALLED): requirements.lock
	@if [ ! -x $(PY) ]; then \
		if [ -z "$(BOOTSTRAP_PYTHON)" ]; then \
			echo "Python 3.12 or newer is required (3.13 recommended, see .python-version)." >&2; \
			echo "Install it (e.g. 'pyenv install 3.13') and run make again." >&2; exit 1; fi; \
		echo "Creating $(VENV) with $(BOOTSTRAP_PYTHON)"; \
		$(BOOTSTRAP_PYTHON) -m venv $(VENV); fi
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

run: $(INSTALLED)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py ensure_admin
	$(PY) manage.py runserver 127.0.0.1:8000

# The production profile on this machine: PostgreSQL, Redis, gunicorn and nginx
# with TLS on https://127.0.0.1:8443/ (deploy/local-prod.sh).
prod: $(INSTALLED)
	deploy/local-prod.sh

# Start that stack, fetch a page, a static file and a rendition through nginx, stop.
prod-check: $(INSTALLED)
	deploy/local-prod.sh --check

test: $(INSTALLED)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(INSTALLED)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(INSTALLED)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

# Maintainers: refresh and compile translations (needs gettext's msgfmt).
# Browser-suite tools (axe-core, vnu-jar) from package-lock.json.
browser-tools:
	npm ci --no-audit --no-fund --loglevel=error

messages: $(INSTALLED)
	$(PY) manage.py makemessages --locale id --locale en --ignore '.venv/*' --ignore 'var/*' --ignore 'node_modules/*' --ignore 'tests/*'
	$(PY) manage.py compilemessages --ignore '.venv/*'
