#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): minify the wasm-bindgen glue, render the report into the
# built pages, write each file's Brotli and gzip forms (as served), then report the sizes of what
# was built. One script, because Trunk runs the hooks of a stage side by side.
set -euo pipefail
node scripts/minify-glue.mjs "$TRUNK_STAGING_DIR"
cargo run --offline --quiet -p xtask -- prerender "$TRUNK_STAGING_DIR"
node scripts/precompress.mjs "$TRUNK_STAGING_DIR"
node scripts/sizes.mjs "$TRUNK_STAGING_DIR"
