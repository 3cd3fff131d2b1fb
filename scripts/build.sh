#!/usr/bin/env bash
# Configures and builds gklint into build/ (or $GKLINT_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
"./scripts/setup.sh"
build_dir="${GKLINT_BUILD_DIR:-build}"
generator=()
command -v ninja >/dev/null && [ ! -f "$build_dir/Makefile" ] && generator=(-G Ninja)
cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE="${GKLINT_BUILD_TYPE:-RelWithDebInfo}" "$@" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
