#!/usr/bin/env bash
# Prints every figure of the speed acceptance (issue 13) in one run: whole processes,
# medians of N runs, peak RSS from the kernel's accounting (GNU time).
#
#   bench/speed-acceptance.sh [-n RUNS] [--skip-textlint] [GKLINT_BINARY]
#
# GKLINT_BINARY defaults to build/bin/gklint; measure a Release build
# (cmake -DCMAKE_BUILD_TYPE=Release). Needs GNU time (/usr/bin/time); the textlint
# comparison also needs node and npm (bench/run-corpus-bench.sh installs textlint).
# Inputs are made afresh under bench/speed-inputs/ (not committed):
#   c200/   the 5 samples x 40 (1.6 MB)        c2000/  the 5 samples x 400 (16 MB)
#   one-line-0.84mb.txt, one-line-3.4mb.txt, one-line-60mb.txt: the 2019 Pingtan report
#     (tests/fixtures/real/2019_pingtan_zhsyq.txt): its title line, then its body with the
#     line breaks made spaces, 49 / 196 / 3,500 times on one line
#   parens-200k.txt: 200,000 unbalanced （ on one line
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
runs=5
textlint=1
gklint="$repo/build/bin/gklint"

die() { echo "speed-acceptance: $*" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        -n) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "-n needs a positive number"; runs="$2"; shift 2 ;;
        --skip-textlint) textlint=0; shift ;;
        -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) die "unknown option $1" ;;
        *) gklint="$1"; shift ;;
    esac
done
[[ -x "$gklint" ]] || die "no gklint binary at $gklint"
[[ -x /usr/bin/time ]] || die "GNU time (/usr/bin/time, Debian package 'time') is needed"

inputs="$here/speed-inputs"
rm -rf "$inputs"
mkdir -p "$inputs/c200" "$inputs/c2000"
samples=("$repo"/examples/*.txt)
for ((i = 1; i <= 400; ++i)); do
    for s in "${samples[@]}"; do
        name="$(printf '%03d' "$i")_$(basename "$s")"
        cp "$s" "$inputs/c2000/$name"
        ((i <= 40)) && cp "$s" "$inputs/c200/$name"
    done
done
pingtan="$repo/tests/fixtures/real/2019_pingtan_zhsyq.txt"
one_line() {  # copies, file
    local body
    body="$(tail -n +2 "$pingtan" | tr '\n' ' ')"
    { head -n 1 "$pingtan"; for ((k = 0; k < $1; ++k)); do printf '%s ' "$body"; done; echo; } >"$2"
}
one_line 49 "$inputs/one-line-0.84mb.txt"
one_line 196 "$inputs/one-line-3.4mb.txt"
one_line 3500 "$inputs/one-line-60mb.txt"
{ for ((k = 0; k < 200000; ++k)); do printf '（'; done; echo; } >"$inputs/parens-200k.txt"

# One run: "<wall seconds> <peak KiB>"; gklint exits 1 when it finds something.
once() {
    local tmp status=0
    tmp="$(mktemp)"
    /usr/bin/time -o "$tmp" -f '%e %M' "$@" >/dev/null 2>&1 || status=$?
    [[ $status -le 1 ]] || { rm -f "$tmp"; die "$* failed (exit $status)"; }
    tail -n 1 "$tmp"
    rm -f "$tmp"
}
# Median wall seconds and median peak MiB over the runs, after one warm-up.
measure() {
    once "$@" >/dev/null
    local walls=() peaks=() line
    for ((r = 0; r < runs; ++r)); do
        line="$(once "$@")"
        walls+=("${line% *}")
        peaks+=("${line#* }")
    done
    local wall peak
    wall="$(printf '%s\n' "${walls[@]}" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')"
    peak="$(printf '%s\n' "${peaks[@]}" | sort -g | awk '{v[NR]=$1} END {printf "%.1f", v[int((NR+1)/2)]/1024}')"
    echo "$wall $peak"
}
mb() { awk -v b="$(cat "$@" | wc -c)" 'BEGIN { printf "%.2f", b / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

echo "gklint: $gklint ($("$gklint" --version)); $(nproc) cores; median of $runs runs"
echo

echo "1. 200 files ($(mb "$inputs"/c200/*) MB), -j0, against textlint + prh + sentence-length"
if [[ $textlint -eq 1 ]]; then
    GKLINT_JOBS=0 "$here/run-corpus-bench.sh" -n "$runs" "$gklint" | tail -4 | sed 's/^/   /'
else
    read -r w p < <(measure "$gklint" -j0 -f gcc "$inputs"/c200/*)
    echo "   gklint ${w} s (textlint skipped)"
fi

read -r w2000 p2000 < <(measure "$gklint" -j0 -f gcc "$inputs"/c2000/*)
read -r w2000_1 _ < <(measure "$gklint" -j1 -f gcc "$inputs"/c2000/*)
size2000="$(mb "$inputs"/c2000/*)"
echo "2. 2,000 files (${size2000} MB), -j0: ${w2000} s = $(ratio "$size2000" "$w2000") MB/s" \
     "(target 30); -j1 ${w2000_1} s: -j0 is $(ratio "$w2000_1" "$w2000")x one core (target 1.8)"

read -r w004 _ < <(measure "$gklint" -f gcc "$repo/examples/004_dc050822b7b0f109.txt")
read -r wver _ < <(measure "$gklint" --version)
echo "3. sample 004 alone: $(awk -v s="$w004" 'BEGIN{printf "%.0f", s*1000}') ms (target 5);" \
     "--version: $(awk -v s="$wver" 'BEGIN{printf "%.0f", s*1000}') ms (target 2)" \
     "[GNU time has 10 ms resolution: farm-bench gives finer figures]"

read -r _ p200 < <(measure "$gklint" -j0 -f gcc "$inputs"/c200/*)
echo "4. peak RSS: 200 files ${p200} MiB, 2,000 files ${p2000} MiB (target 40, within 10 %: ratio $(ratio "$p2000" "$p200"))"

read -r w084 p084 < <(measure "$gklint" -f gcc "$inputs/one-line-0.84mb.txt")
read -r w34 p34 < <(measure "$gklint" -f gcc "$inputs/one-line-3.4mb.txt")
s084="$(mb "$inputs/one-line-0.84mb.txt")" s34="$(mb "$inputs/one-line-3.4mb.txt")"
per084="$(ratio "$w084" "$s084")" per34="$(ratio "$w34" "$s34")"
runs_saved=$runs; runs=1
read -r w60 p60 < <(measure "$gklint" -f gcc "$inputs/one-line-60mb.txt")
runs=$runs_saved
s60="$(mb "$inputs/one-line-60mb.txt")"
echo "5. one line: ${s084} MB ${w084} s (${p084} MiB), ${s34} MB ${w34} s (${p34} MiB; target 1 s);" \
     "per MB ${per34} vs ${per084} s: $(ratio "$per34" "$per084")x (target 1.5);" \
     "${s60} MB ${w60} s, ${p60} MiB = $(ratio "$p60" "$s60")x its size (target 10; one run)"

read -r wpar ppar < <(measure "$gklint" -f gcc "$inputs/parens-200k.txt")
echo "6. 200,000 unbalanced （ on one line: ${wpar} s, ${ppar} MiB (target 1 s); fuzzers: scripts/fuzz.sh (fuzz/README.md)"
echo "7. outputs: the test suite's snapshots and accuracy suites (README test command)"
