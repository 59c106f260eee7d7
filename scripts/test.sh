#!/usr/bin/env bash
# `make test`: installs what is missing, then runs every check and test in order, stopping at the
# first failure. Ends with one line `tests: N passed, N failed`; exits non-zero on any failure.
# A check that is not a test suite (fmt, clippy, the build, ...) counts as one test.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

passed=0
failed=0
logs=target/test-logs
mkdir -p "$logs"

summary() { echo "tests: $passed passed, $failed failed"; }

# stage NAME KIND COMMAND...
#   KIND: check (pass/fail of the command), cargo (counts from `test result:` lines),
#   node (counts from the TAP report the command writes to $logs/NAME.tap)
stage() {
  local name=$1 kind=$2
  shift 2
  echo "== $name: $*"
  "$@" 2>&1 | tee "$logs/$name.log"
  local status=${PIPESTATUS[0]} p=0 f=0
  case $kind in
    check) if [ "$status" -eq 0 ]; then p=1; else f=1; fi ;;
    cargo)
      read -r p f < <(grep -E '^test result:' "$logs/$name.log" | awk '{p += $4; f += $6} END {print p + 0, f + 0}') ;;
    node)
      p=$(awk '/^# pass / {print $3}' "$logs/$name.tap" 2>/dev/null | tail -n1)
      f=$(awk '/^# fail / {print $3}' "$logs/$name.tap" 2>/dev/null | tail -n1)
      p=${p:-0} f=${f:-0} ;;
  esac
  # A failure that ran no test (a compile error, a crash) still counts as one failure.
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$status" -ne 0 ]; then
    echo "FAILED: $name (log: $logs/$name.log)"
    summary
    exit 1
  fi
}

browser_tests() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test -p nap1325-browser-tests --target wasm32-unknown-unknown
}

e2e_tests() {
  node --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$logs/e2e.tap" \
    tests/e2e/
}

stage tools check scripts/tools.sh test
stage fmt check cargo fmt --all --check
stage clippy-native check cargo clippy --workspace --all-targets -- -D warnings
stage clippy-wasm check cargo clippy -p nap1325-widget -p nap1325-browser-tests --target wasm32-unknown-unknown --all-targets -- -D warnings
stage check-data check cargo run --quiet -p xtask -- check-data
stage native-tests cargo cargo test --workspace
stage browser-tests cargo browser_tests
stage build check trunk build --release --offline
stage e2e node e2e_tests
summary
