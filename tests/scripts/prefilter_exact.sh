#!/usr/bin/env bash
# The packs' pattern scan (linter/src/packs/pattern_prefilter.h) must never rule out a
# pattern that matches: over every report text of the test suite, gklint with the scan
# in verify mode (every pattern run; abort when one ruled out matches) exits 0 or 1,
# and its output is byte for byte the output without the scan.
#   prefilter_exact.sh GKLINT SOURCE_DIR
set -uo pipefail
gklint="$1"
src="$2"
export XDG_CACHE_HOME
XDG_CACHE_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_CACHE_HOME"' EXIT
mapfile -t files < <(find "$src/examples" "$src/tests/fixtures" "$src/tests/model" -type f \
                         \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' \) | sort)
[[ ${#files[@]} -gt 100 ]] || { echo "prefilter_exact: only ${#files[@]} report files found under $src"; exit 1; }
run() {  # mode output-file
    local status=0
    GKLINT_PREFILTER="$1" "$gklint" -f gcc -j0 "${files[@]}" >"$2" 2>/dev/null || status=$?
    if [[ $status -gt 2 ]]; then
        echo "prefilter_exact: GKLINT_PREFILTER=$1 exited $status (a pattern ruled out by the scan matched?)"
        GKLINT_PREFILTER="$1" "$gklint" -f gcc "${files[@]}" 2>&1 >/dev/null | grep 'internal error' | head -5
        exit 1
    fi
}
out="$(mktemp -d)"
run verify "$out/verify"
run off "$out/off"
run on "$out/on"
cmp -s "$out/off" "$out/on" || { echo "prefilter_exact: output differs with the scan on"; diff "$out/off" "$out/on" | head -20; exit 1; }
cmp -s "$out/off" "$out/verify" || { echo "prefilter_exact: output differs in verify mode"; exit 1; }
echo "prefilter_exact: ${#files[@]} files, $(wc -l <"$out/on") lines of findings, identical with and without the scan"
rm -rf "$out"
