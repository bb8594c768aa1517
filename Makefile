# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB := db/quotes.db

.PHONY: demo test install browser serve clean

$(BIN)/quotes: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/quotes

install: $(BIN)/quotes

# Chromium drives the browser tests; install it where the machine allows (root + apt).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "chromium could not be installed: browser tests will be skipped"; \
	  else echo "chromium missing and not installable here: browser tests will be skipped"; fi; }

$(DB): install data/sample/* data/sample-metadata.jsonl
	mkdir -p db
	$(BIN)/quotes ingest data/sample --metadata data/sample-metadata.jsonl --db $(DB)

demo: $(DB)
	$(BIN)/quotes serve --db $(DB) --host 127.0.0.1 --port 8001

test: install browser
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) $(DB) test-output
