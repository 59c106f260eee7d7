# The two commands: `make serve` and `make test`. Both install whatever is missing first.
SHELL := /usr/bin/env bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

PORT ?= 8080

.PHONY: serve test tools build check-data geometry bench sizes dev clean islands proof vocabulary

## Build the release widget and serve it at http://127.0.0.1:$(PORT) under the production headers.
serve: build
	node scripts/serve.mjs --dir dist --port $(PORT)

## Every check and test; ends with `tests: N passed, N failed`.
test:
	scripts/test.sh

## Install the pinned tools that are missing (the build's; `scripts/tools.sh test` adds Chromium).
tools:
	scripts/tools.sh build

## Release build into dist/.
build: tools
	trunk build --release --offline

## Benchmarks (prints figures; see README "Benchmarks"). Needs Chromium, as the tests do.
bench:
	scripts/tools.sh test
	trunk build --release --offline
	node scripts/bench.mjs

## Where the bytes go: each built file raw, gzip and Brotli; the wasm's code by crate and function
## after optimisation (APART=1: single-caller functions kept apart, to name the parts). See docs/wasm-size.md.
sizes: build
	node scripts/sizes.mjs dist
	node scripts/wasm-sizes.mjs --top 40 $(if $(APART),--apart,)

## Validate the data files; prints every problem with file, JSON path and reason.
check-data:
	cargo run --quiet -p xtask -- check-data

## The proof sheet for the content owner's sign-off: target/proof/proefblad.html and .pdf. With
## SINCE=<an earlier export.nl.json or a git revision>, it marks what changed since.
proof:
	scripts/tools.sh pdf
	cargo run --quiet -p xtask -- proof "$(SINCE)"
	node scripts/proof-pdf.mjs target/proof/proefblad.html

## Regenerate scripts/vocabulary.mjs (the hook names for the tests and scripts) after
## core/src/hooks.rs changes; `cargo test` says when it is needed.
vocabulary:
	cargo run --quiet -p xtask -- vocabulary

## Regenerate the map geometry (assets/world.svg, core/src/map/shapes.rs, style/map-pins.css) after
## countries.json changes.
geometry:
	cargo run --quiet -p xtask -- geometry

## Development server with rebuild on save (no CSP headers; use `make serve` to see the real thing).
dev: tools
	trunk serve --offline --port $(PORT)

clean:
	cargo clean
	rm -rf dist

## Measure the widget's interactive parts built as Leptos islands beside the product (docs/islands.md).
islands: build
	experiments/islands/measure.sh
