#!/usr/bin/env bash
# `cmake --install` produces a working layout: bin/gklint finds its rules, config,
# docs and plugins relative to itself, away from the source and build trees.
set -euo pipefail
build_dir="$1"
source_dir="$2"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build_dir" --prefix "$prefix" >/dev/null
for path in bin/gklint lib/gklint/plugins/gklint-article.so share/gklint/rules/text.yaml \
            share/gklint/config/default.yaml share/gklint/docs/rules/article/wrong-number.md \
            include/gklint/plugin.h include/gklint/plugin.hpp; do
  [ -e "$prefix/$path" ] || { echo "missing after install: $path" >&2; exit 1; }
done

cd "$prefix"
set +e
out="$("$prefix/bin/gklint" --format gcc "$source_dir/examples/004_dc050822b7b0f109.txt")"
rc=$?
set -e
[ "$rc" -eq 1 ] || { echo "expected exit 1, got $rc" >&2; exit 1; }
grep -q '004_dc050822b7b0f109.txt:45:2: error: .* \[article/wrong-number\]$' <<<"$out" \
  || { echo "installed gklint did not report article/wrong-number at 45:2:" >&2; echo "$out" >&2; exit 1; }
"$prefix/bin/gklint" explain text/artifact | grep -q 'text/artifact' || { echo "explain failed" >&2; exit 1; }
echo "install layout OK"
