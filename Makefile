# festdoc: `make run` builds Content/ into Output/, `make test` runs every test.
SWIFT ?= swift
PREFIX ?= /usr/local
CONTENT ?= Content
OUTPUT ?= Output

.PHONY: run test build release install deps lint format clean theme

# cmark-gfm comes from Debian; install it (and pkg-config) only when it is missing.
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null; then \
	  echo "Installing cmark-gfm from Debian packages..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev >/dev/null; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: release
	$$($(SWIFT) build -c release --show-bin-path)/festdoc build $(CONTENT) --output $(OUTPUT)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

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
