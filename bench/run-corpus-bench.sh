#!/usr/bin/env bash
# Times the whole gklint binary over a 200-file corpus (the 5 samples x 40) next to
# textlint + textlint-rule-prh + textlint-rule-sentence-length (max 100) on the same files, and prints both and their ratio.
#
#   bench/run-corpus-bench.sh [-n RUNS] [--dry-run] [GKLINT_BINARY]
#
# GKLINT_BINARY defaults to build/bin/gklint. --dry-run prepares the corpus and
# textlint, checks both tools once and prints the commands without timing them.
# Environment: GKLINT_JOBS (gklint -j, default 1: both tools on one core; 0 = one
# per core), COPIES (default 40).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
corpus="$here/corpus"
textlint_dir="$here/textlint"
runs=5
dry_run=0
gklint="$repo/build/bin/gklint"
copies="${COPIES:-40}"
jobs="${GKLINT_JOBS:-1}"

usage() { sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
die() { echo "run-corpus-bench: $*" >&2; exit 2; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        -n) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "-n needs a positive number"; runs="$2"; shift 2 ;;
        --dry-run) dry_run=1; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) gklint="$1"; shift ;;
    esac
done
[[ "$copies" =~ ^[1-9][0-9]*$ ]] || die "COPIES must be a positive number"
[[ "$jobs" =~ ^[0-9]+$ ]] || die "GKLINT_JOBS must be a number"
[[ -f "$gklint" && -x "$gklint" ]] || die "no gklint binary at $gklint (build it, or pass its path)"
gklint="$(cd "$(dirname "$gklint")" && pwd)/$(basename "$gklint")"
for tool in node npm awk sort; do command -v "$tool" >/dev/null || die "$tool is not installed"; done

samples=("$repo"/examples/*.txt)
[[ ${#samples[@]} -gt 0 && -f "${samples[0]}" ]] || die "no samples in $repo/examples"

# --- corpus: every sample COPIES times, made afresh each time (cheap, never stale) ---
rm -rf "$corpus"
mkdir -p "$corpus"
for ((i = 1; i <= copies; i++)); do
    for s in "${samples[@]}"; do
        cp "$s" "$corpus/$(printf '%03d' "$i")_$(basename "$s")"
    done
done
files=("$corpus"/*.txt)
bytes=$(cat "${files[@]}" | wc -c)
echo "corpus: ${#files[@]} files, $bytes bytes in $corpus"

# --- textlint + textlint-rule-prh, installed locally from bench/textlint/package.json ---
textlint="$textlint_dir/node_modules/.bin/textlint"
if [[ ! -x "$textlint" || ! -d "$textlint_dir/node_modules/textlint-rule-prh" || ! -d "$textlint_dir/node_modules/textlint-rule-sentence-length" ]]; then
    echo "installing textlint, textlint-rule-prh and textlint-rule-sentence-length into $textlint_dir/node_modules"
    (cd "$textlint_dir" && npm install --no-audit --no-fund --loglevel=error) || die "npm install failed"
fi

gklint_cmd=("$gklint" --format gcc -j "$jobs" "${files[@]}")
textlint_cmd=("$textlint" --config "$textlint_dir/.textlintrc.json" --format unix "${files[@]}")

# Runs a command from `dir`, output to `out`; returns its exit status.
run_in() {
    local dir="$1" out="$2"
    shift 2
    (cd "$dir" && "$@") >"$out" 2>&1
}

# Both tools exit 1 when they find something; anything else is a failure.
check_once() {
    local name="$1" dir="$2" pattern="$3"
    shift 3
    local out status=0
    out="$(mktemp)"
    run_in "$dir" "$out" "$@" || status=$?
    if [[ $status -gt 1 ]]; then
        echo "run-corpus-bench: $name failed (exit $status):" >&2
        head -20 "$out" >&2
        rm -f "$out"
        exit 2
    fi
    local found
    found=$(grep -cE "$pattern" "$out" || true)
    rm -f "$out"
    echo "$name: exit $status, $found findings"
    [[ "$found" -gt 0 ]] || die "$name found nothing in the corpus: is it set up right?"
}

check_once gklint "$repo" '^[^ ].*:[0-9]+:[0-9]+: (error|warning|info): ' "${gklint_cmd[@]}"
check_once textlint "$textlint_dir" ':[0-9]+:[0-9]+: .*\[[A-Za-z]+/(prh|sentence-length)\]$' "${textlint_cmd[@]}"

if [[ $dry_run -eq 1 ]]; then
    echo "dry run; would time, $runs runs each after one warm-up, alternating:"
    echo "  A: (cd $repo && ${gklint_cmd[*]:0:5} <${#files[@]} files>)"
    echo "  B: (cd $textlint_dir && ${textlint_cmd[*]:0:5} <${#files[@]} files>)"
    exit 0
fi

# --- timing: whole processes, A and B in turn so a drifting machine affects both ---
now_ns() { date +%s%N; }
# Wall seconds of one run of a command (output discarded).
time_once() {
    local dir="$1"
    shift
    local start end
    start=$(now_ns)
    run_in "$dir" /dev/null "$@" || [[ $? -le 1 ]] || die "$1 failed while timing"
    end=$(now_ns)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f\n", (b - a) / 1e9 }'
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
spread() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s–%s", lo, hi }'; }

time_once "$repo" "${gklint_cmd[@]}" >/dev/null
time_once "$textlint_dir" "${textlint_cmd[@]}" >/dev/null
a_times=() b_times=() ratios=()
for ((r = 1; r <= runs; r++)); do
    a=$(time_once "$repo" "${gklint_cmd[@]}")
    b=$(time_once "$textlint_dir" "${textlint_cmd[@]}")
    a_times+=("$a")
    b_times+=("$b")
    ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.4f\n", a / b }')")
    echo "run $r: gklint ${a}s, textlint ${b}s"
done

a_med=$(printf '%s\n' "${a_times[@]}" | median)
b_med=$(printf '%s\n' "${b_times[@]}" | median)
r_med=$(printf '%s\n' "${ratios[@]}" | median)
echo
echo "wall seconds over ${#files[@]} files ($bytes bytes), median of $runs runs (min–max):"
printf '  gklint (-j %s)              %8s  (%s)\n' "$jobs" "$a_med" "$(printf '%s\n' "${a_times[@]}" | spread)"
printf '  textlint + prh + sent.-len. %8s  (%s)\n' "$b_med" "$(printf '%s\n' "${b_times[@]}" | spread)"
printf '  ratio gklint/textlint       %8s  (median of the pairwise ratios; %s)\n' "$r_med" \
    "$(printf '%s\n' "${ratios[@]}" | spread)"
awk -v r="$r_med" 'BEGIN { if (r > 0) printf "  gklint is %.1fx as fast as textlint on this corpus\n", 1 / r }'
