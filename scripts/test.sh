#!/usr/bin/env bash
# Builds gklint and runs every test: the suite in build/, then again under
# AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/.
#   --quick   skip the sanitizer run
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
[ "${1:-}" = "--quick" ] && quick=1

jobs="$(nproc)"
GKLINT_BUILD_DIR=build ./scripts/build.sh
ctest --test-dir build --output-on-failure -j "$jobs"

if [ "$quick" -eq 0 ]; then
  GKLINT_BUILD_DIR=build-asan GKLINT_BUILD_TYPE=Debug ./scripts/build.sh -DGKLINT_SANITIZE=ON
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" \
    ctest --test-dir build-asan --output-on-failure -j "$jobs"
fi
