# festdoc: `make run` builds Content/ into Output/, `make test` runs every test.
SWIFT ?= swift
PREFIX ?= /usr/local
CONTENT ?= Content
OUTPUT ?= Output

.PHONY: run test build release install deps browser-deps validator-deps lint format clean theme bench bench-deps fuzz screenshots

# cmark-gfm comes from Debian; install it (and pkg-config) only when it is missing.
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null; then \
	  echo "Installing cmark-gfm from Debian packages..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev >/dev/null; \
	fi

# The browser tests drive Debian's Chromium through Debian's chromedriver and python3-selenium.
browser-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
	  || ! /usr/bin/python3 -c "import selenium" 2>/dev/null; then \
	  echo "Installing Chromium, chromedriver and python3-selenium from Debian packages..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    chromium chromium-driver python3-selenium >/dev/null; \
	fi

# The export tests validate with PyPI's openapi-spec-validator and the jsonschema it brings, in a
# virtual environment of its own under .build/; without them those two tests are skipped and say why.
validator-deps:
	@if [ ! -x .build/test-venv/bin/openapi-spec-validator ]; then \
	  echo "Installing openapi-spec-validator from PyPI into .build/test-venv..."; \
	  if ! /usr/bin/python3 -c "import ensurepip" 2>/dev/null; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; \
	  fi; \
	  (mkdir -p .build && /usr/bin/python3 -m venv .build/test-venv \
	    && .build/test-venv/bin/pip install -q openapi-spec-validator) \
	    || echo "openapi-spec-validator could not be installed: the OpenAPI validation test is skipped"; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: release
	$$($(SWIFT) build -c release --show-bin-path)/festdoc build $(CONTENT) --output $(OUTPUT)

test: deps browser-deps validator-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	FESTDOC_BIN=$$($(SWIFT) build --show-bin-path) /usr/bin/python3 Tests/Browser/browser_test.py

# The README's screenshots: the browser tests write them under .build/screenshots/, copied to docs/images/.
screenshots: deps browser-deps
	$(SWIFT) build
	FESTDOC_BIN=$$($(SWIFT) build --show-bin-path) /usr/bin/python3 Tests/Browser/browser_test.py \
	  SiteInBrowser.test_screenshots
	mkdir -p docs/images
	cp .build/screenshots/*.png docs/images/

# Benchmarks beside cmark-gfm, Hugo, Graphviz and dagre (BENCHMARKS.md). Not part of `make test`.
bench-deps:
	@for tool in cmark-gfm hugo dot pypy3; do command -v $$tool >/dev/null || NEED=1; done; \
	[ -d /usr/share/nodejs/dagre ] || NEED=1; \
	if [ -n "$$NEED" ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    cmark-gfm hugo graphviz node-dagre-layout pypy3 >/dev/null; \
	fi
	@python3 -c "import mermaidx" 2>/dev/null || pip install --quiet --break-system-packages mermaidx \
	  || echo "mermaidx (mermaid in QuickJS, from PyPI) did not install: the chart table leaves mermaid out"

bench: deps bench-deps
	$(SWIFT) build -c release
	python3 Scripts/bench.py $(BENCH_ARGS)

# libFuzzer over the parsers and the renderer (Fuzz/, a package of its own); FUZZ_TIME seconds each.
fuzz: deps
	Scripts/fuzz.sh $(FUZZ_TARGETS)

install: release
	install -d $(PREFIX)/bin
	install -m 755 $$($(SWIFT) build -c release --show-bin-path)/festdoc $(PREFIX)/bin/festdoc

# Compile Themes/default/ into the binary's copy of the theme.
theme:
	python3 Scripts/embed-theme.py

lint:
	$(SWIFT) format lint -r Sources Tests

format:
	$(SWIFT) format -i -r Sources Tests

clean:
	rm -rf .build $(OUTPUT)
