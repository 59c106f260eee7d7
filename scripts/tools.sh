#!/usr/bin/env bash
# Installs, at pinned versions, whatever the build (and with `test`, the tests) need and is missing.
# Checks every tool's version, so a second run installs nothing.
# Usage: scripts/tools.sh [build|pdf|test] (pdf: the build's tools and Chromium, for `make proof`)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14          # 0.22 needs a newer rustc than the pinned 1.95
WASM_OPT_VERSION=132           # npm `binaryen`, pinned in package.json
ESBUILD_VERSION=0.28.2         # npm `esbuild`, pinned in package.json
purpose=${1:-build}

say() { echo "tools: $*"; }

# The wasm32 target of the toolchain pinned in rust-toolchain.toml.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk, the build tool.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes on two cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock (pinned with `=` in
# Cargo.toml). Without --locked: its own lock file names a crate release the registry does not serve.
bindgen_version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  echo "tools: cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ] ||
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# npm packages (wasm-opt from binaryen; the browser-test tooling), exactly as package-lock.json says.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-sum 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.lock-sum
fi
if ! wasm-opt --version | grep -q "version $WASM_OPT_VERSION\b"; then
  echo "tools: wasm-opt on PATH is not version $WASM_OPT_VERSION: $(command -v wasm-opt)" >&2
  exit 1
fi
# esbuild minifies the glue script (scripts/minify-glue.mjs); its native binary comes from npm too.
if [ "$(esbuild --version 2>/dev/null)" != "$ESBUILD_VERSION" ]; then
  echo "tools: esbuild on PATH is not version $ESBUILD_VERSION: $(command -v esbuild)" >&2
  exit 1
fi

if [ "$purpose" = test ] || [ "$purpose" = pdf ]; then
  # The browsers the tests drive, all from Debian: Chromium and its driver; Firefox ESR (driven over
  # WebDriver BiDi by puppeteer-core, no driver binary); WebKitGTK's WebDriver, the GTK bindings of
  # the small WebKit browser the tests start (tests/e2e/driver/engines/webkit-shell.py, run by
  # Debian's python3) and Xvfb for its window. nginx with the brotli_static module, to test the
  # production configuration (deploy/nginx/) as it runs. Java for the Nu HTML Checker (npm vnu-jar).
  # Poppler's pdftoppm for pictures of the printouts' first pages.
  packages=(chromium chromium-driver)
  [ "$purpose" = pdf ] || packages+=(firefox-esr webkit2gtk-driver gir1.2-webkit2-4.1 gir1.2-gtk-3.0 python3-gi xvfb xauth nginx libnginx-mod-http-brotli-static openjdk-17-jre-headless poppler-utils)
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian's ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y "${missing[@]}"
  fi
  browser_major=$(chromium --version 2>/dev/null | grep -Eo '[0-9]+' | head -n1)
  driver_major=$(chromedriver --version | grep -Eo '[0-9]+' | head -n1)
  if [ "$browser_major" != "$driver_major" ]; then
    echo "tools: chromium $browser_major and chromedriver $driver_major differ" >&2
    exit 1
  fi
  # Debian's security updates move these; the tests were made with these versions or later.
  at_least() { # PACKAGE VERSION
    local have
    have=$(dpkg-query -W -f='${Version}' "$1")
    if ! dpkg --compare-versions "$have" ge "$2"; then
      echo "tools: $1 is $have; the tests need $2 or later" >&2
      exit 1
    fi
  }
  at_least chromium 156
fi
if [ "$purpose" = test ]; then
  at_least firefox-esr 140
  at_least webkit2gtk-driver 2.50
  at_least gir1.2-webkit2-4.1 2.50
  at_least nginx 1.22.1
  at_least libnginx-mod-http-brotli-static 1.0.0~rc-3
  at_least openjdk-17-jre-headless 17
  # pdftoppm: the first pages of every PDF the tests write, as images beside the screenshots.
  at_least poppler-utils 22.02
  if ! /usr/bin/python3 -c 'import gi; gi.require_version("WebKit2", "4.1"); gi.require_version("Gtk", "3.0")' 2>/dev/null; then
    echo "tools: Debian's python3 cannot load WebKit2 4.1 and Gtk 3.0 (gir1.2-webkit2-4.1, python3-gi)" >&2
    exit 1
  fi
  firefox_version=$(dpkg-query -W -f='${Version}' firefox-esr | cut -d- -f1)
  webkit_version=$(dpkg-query -W -f='${Version}' webkit2gtk-driver | cut -d- -f1)
  nginx_version=$(dpkg-query -W -f='${Version}' nginx | cut -d- -f1)
fi
present="trunk $TRUNK_VERSION, wasm-bindgen $bindgen_version, wasm-opt $WASM_OPT_VERSION, esbuild $ESBUILD_VERSION"
[ -z "${browser_major:-}" ] || present+=", chromium $browser_major"
[ "$purpose" != test ] || present+=", firefox-esr $firefox_version, webkitgtk $webkit_version, nginx $nginx_version"
say "all tools present ($present)"
