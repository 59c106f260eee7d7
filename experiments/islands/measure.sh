#!/usr/bin/env bash
# Builds the islands spike (server render and wasm) and measures it beside the product's build:
# wasm size, first view, time to interactive with the real report and with 2,000 results.
# Needs the product's tools (make tools) and its release build in dist/ (make build).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_DIR="$root/target/islands"
out="$CARGO_TARGET_DIR/out"
cargo build --release --features ssr --bin render
cargo build --release --lib --features hydrate --target wasm32-unknown-unknown
"$CARGO_TARGET_DIR/release/render" "$out"
pkg="$out/pkg"
rm -rf "$pkg"
wasm-bindgen --target web --out-dir "$pkg" --out-name islands_spike \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/islands_spike.wasm"
wasm-opt -Oz "$pkg/islands_spike_bg.wasm" -o "$pkg/islands_spike_bg.wasm"
for site in site-real site-2000; do
  rm -rf "$out/$site/pkg"
  cp -r "$pkg" "$out/$site/pkg"
  cp loader.js "$out/$site/loader.js"
done
# The product's synthetic site (the benchmarks' 2,000 results) beside its real one.
rm -rf "$root/target/islands/product-2000"
cp -r "$root/dist" "$root/target/islands/product-2000"
(cd "$root" && cargo run --offline --quiet -p xtask -- synthetic target/islands/product-2000)
node measure.mjs "$out" "$root/dist" "$root/target/islands/product-2000" "$@"
