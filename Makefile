# report: commands for a fresh Debian machine with Swift 6 installed.
#   make site      builds the tool and the site into site/
#   make install   puts the tool on PATH as PREFIX/bin/report
#   make test      runs every test
SWIFT ?= swift
# /usr/local for root, ~/.local for anyone else (both are on PATH on Debian).
PREFIX ?= $(shell [ "$$(id -u)" -eq 0 ] && echo /usr/local || echo "$$HOME/.local")
BUILD_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev
TEST_PACKAGES := tidy libxml2-utils chromium fonts-noto-cjk
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
# The Swift runtime and Foundation are linked into the release binary: it starts in about 60%
# of the time (no binding of symbols across twenty shared libraries), and the binary `make
# install` copies runs on a machine without a Swift toolchain (it needs libcmark-gfm only).
RELEASE := -c release --static-swift-stdlib

.PHONY: site test build check deps test-deps screenshots bench fuzz install clean

site: build
	"$$($(SWIFT) build $(RELEASE) --show-bin-path)/report" build

check: build
	"$$($(SWIFT) build $(RELEASE) --show-bin-path)/report" check

build: deps
	$(SWIFT) build $(RELEASE) --product report

install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 "$$($(SWIFT) build $(RELEASE) --show-bin-path)/report" "$(DESTDIR)$(PREFIX)/bin/report"
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/report"

test: deps test-deps
	$(SWIFT) test

# Installs the Debian packages that are missing, and only those.
deps:
	@$(call install,$(BUILD_PACKAGES))

test-deps:
	@$(call install,$(TEST_PACKAGES))

screenshots: site
	scripts/screenshot-charts

bench: deps
	scripts/bench

# libFuzzer targets for the YAML loader, the CSV reader, the templates and Markdown; each runs
# FUZZ_SECONDS (default 60). Crashing inputs are kept under Tests/Fixtures/fuzz/ for `make test`.
fuzz: deps
	scripts/fuzz

clean:
	rm -rf .build .build-fuzz site

define install
missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
if [ -n "$$missing" ]; then \
  echo "Installing Debian packages:$$missing"; \
  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
fi
endef
