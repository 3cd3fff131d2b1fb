#!/usr/bin/env bash
# Builds gklint and runs every test: the suite in build/, then again under
# AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/ (the GoogleTest suite as
# sharded processes of the test binary, the script tests through CTest).
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
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
  # The GoogleTest suite as $jobs shards of the test binary (one process per test spends
  # most of its time starting up under ASan); the script tests through CTest.
  status=0
  for ((i = 0; i < jobs; i++)); do
    GKLINT_PREFILTER=verify GTEST_TOTAL_SHARDS="$jobs" GTEST_SHARD_INDEX="$i" ./build-asan/bin/gklint_tests --gtest_brief=1 \
      > "build-asan/gtest-shard-$i.log" 2>&1 &
  done
  for ((i = 0; i < jobs; i++)); do
    wait -n || status=1
  done
  for ((i = 0; i < jobs; i++)); do
    grep -E '^\[ *(PASSED|FAILED) *\]|tests? from .* ran' "build-asan/gtest-shard-$i.log" || true
    if grep -qE 'FAILED|ERROR: (Address|Leak|UndefinedBehavior)Sanitizer|runtime error' "build-asan/gtest-shard-$i.log"; then
      cat "build-asan/gtest-shard-$i.log"
      status=1
    fi
  done
  ctest --test-dir build-asan --output-on-failure -j "$jobs" -LE "gtest|scale|package|docs" || status=1
  exit "$status"
fi
