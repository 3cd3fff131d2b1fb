#!/usr/bin/env bash
# Builds the libFuzzer target (clang, ASan+UBSan) in build-fuzz/ and runs it.
#   scripts/fuzz.sh [SECONDS]      default 600
# Corpus: build-fuzz/corpus (seeded from examples/ and tests/fixtures/, kept between runs).
# Findings (crash-*, leak-*, timeout-*, oom-*): build-fuzz/findings. Exits non-zero on any finding.
# Environment: GKLINT_FUZZ_TARGET (model, default; html_reader, docx_reader or pdf_reader: gklint_<target>_fuzzer,
# each with its own seeds and corpus build-fuzz/corpus-<target>), GKLINT_FUZZ_CLANG_VERSION (default 16), GKLINT_FUZZ_BUILD_DIR (default build-fuzz), GKLINT_FUZZ_JOBS (default 1; parallel
# workers via -fork, use at most the number of cores), GKLINT_FUZZ_TIMEOUT (seconds per input, default 2),
# GKLINT_FUZZ_RSS_MB (memory limit, default 1024), GKLINT_FUZZ_ARGS (extra libFuzzer flags).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
build_dir="${GKLINT_FUZZ_BUILD_DIR:-build-fuzz}"
jobs="${GKLINT_FUZZ_JOBS:-1}"
target="${GKLINT_FUZZ_TARGET:-model}"
case "$target" in
  model | html_reader | docx_reader | pdf_reader) ;;
  *) echo "fuzz.sh: GKLINT_FUZZ_TARGET must be model, html_reader, docx_reader or pdf_reader, not '$target'" >&2; exit 2 ;;
esac

# Toolchain: clang with compiler-rt (libFuzzer and the sanitizer runtimes). Clang 16 by default:
# Debian 12's default clang (14) rejects lambdas capturing structured bindings (C++20 P1091),
# which the engine uses. Override with GKLINT_FUZZ_CLANG_VERSION=14 (or 15, 19 ...).
clang_version="${GKLINT_FUZZ_CLANG_VERSION:-16}"
need=()
for p in "clang-$clang_version" "libclang-rt-$clang_version-dev"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ "${#need[@]}" -gt 0 ]; then
  echo "fuzz.sh: installing ${need[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
./scripts/setup.sh

# A build dir configured with another compiler cannot be reconfigured in place.
if [ -f "$build_dir/CMakeCache.txt" ] &&
   ! grep -q "^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++-$clang_version\$" "$build_dir/CMakeCache.txt"; then
  rm -rf "$build_dir/CMakeCache.txt" "$build_dir/CMakeFiles"
fi
generator=()
command -v ninja >/dev/null && [ ! -f "$build_dir/Makefile" ] && generator=(-G Ninja)
CC="clang-$clang_version" CXX="clang++-$clang_version" cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGKLINT_BUILD_FUZZ=ON -DGKLINT_BUILD_TESTS=OFF >/dev/null
cmake --build "$build_dir" --target "gklint_${target}_fuzzer" -j "$(nproc)"
fuzzer="$build_dir/bin/gklint_${target}_fuzzer"

# Seed corpus: the model's, every sample report in each encoding we have, plus saved
# regressions; a reader's, the files of its format (HTML pages under fuzz/seeds/html, the
# DOCX and PDF fixtures) and its regressions. Each target keeps its own corpus.
regressions=(-name 'crash-*' -o -name 'timeout-*' -o -name 'leak-*' -o -name 'oom-*')
case "$target" in
  model)
    corpus="$build_dir/corpus"
    seed_sources=(examples tests/fixtures fuzz/regressions -type f \( -name '*.txt' -o "${regressions[@]}" \)
                  -not -path 'fuzz/regressions/html/*' -not -path 'fuzz/regressions/docx/*' -not -path 'fuzz/regressions/pdf/*') ;;
  html_reader) corpus="$build_dir/corpus-$target"; seed_sources=(fuzz/seeds/html fuzz/regressions/html -type f) ;;
  docx_reader) corpus="$build_dir/corpus-$target"
    seed_sources=(tests/fixtures/docx fuzz/regressions/docx -type f \( -name '*.docx' -o "${regressions[@]}" \)) ;;
  pdf_reader) corpus="$build_dir/corpus-$target"
    seed_sources=(tests/fixtures/pdf fuzz/regressions/pdf -type f \( -name '*.pdf' -o "${regressions[@]}" \)) ;;
esac
findings="$build_dir/findings"
mkdir -p "$corpus" "$findings"
while IFS= read -r -d '' seed; do
  cp -f "$seed" "$corpus/seed-$(sha1sum <"$seed" | cut -c1-16)"
done < <(find "${seed_sources[@]}" -print0 2>/dev/null)
if [ "$target" = docx_reader ]; then
  # Also each fixture's XML parts, unzipped, in the fuzzer's own input form (docx_reader_fuzzer.cpp);
  # of styles.xml only the styles that carry numbering or are the default, to stay under -max_len.
  python3 - "$corpus" tests/fixtures/docx/*.docx <<'PY'
import hashlib, pathlib, re, sys, zipfile
parts = ["word/document.xml", "word/numbering.xml", "word/styles.xml", "word/comments.xml"]
def small_styles(xml):
    kept = [s for s in re.findall(rb"<w:style .*?</w:style>", xml, re.S) if b"numPr" in s or b'w:default="1"' in s]
    root = re.search(rb"<w:styles[^>]*>", xml).group(0)
    return root + b"".join(kept) + b"</w:styles>"
for docx in sys.argv[2:]:
    with zipfile.ZipFile(docx) as z:
        names = set(z.namelist())
        xml = {p: z.read(p) if p in names else b"" for p in parts}
    xml["word/styles.xml"] = small_styles(xml["word/styles.xml"])
    seed = b"\n=====\n".join(xml[p] for p in parts)
    (pathlib.Path(sys.argv[1]) / ("seed-xml-" + hashlib.sha1(seed).hexdigest()[:16])).write_bytes(seed)
PY
fi

list_findings() { find "$findings" -type f -printf '%f\n' | sort; }
before="$(list_findings)"
log="$build_dir/fuzz.log"; [ "$target" = model ] || log="$build_dir/fuzz-$target.log"
# Tight limits: an input of up to 64 KB that takes over 2 s or 1 GB is a finding (issue 13).
args=(-max_len=65536 -timeout="${GKLINT_FUZZ_TIMEOUT:-2}" -rss_limit_mb="${GKLINT_FUZZ_RSS_MB:-1024}" -max_total_time="$seconds"
      -artifact_prefix="$findings/" -print_final_stats=1)
[ "$jobs" -gt 1 ] && args+=(-fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
# shellcheck disable=SC2206
args+=(${GKLINT_FUZZ_ARGS:-})
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
for s in "llvm-symbolizer-$clang_version" llvm-symbolizer; do
  if command -v "$s" >/dev/null; then export ASAN_SYMBOLIZER_PATH="${ASAN_SYMBOLIZER_PATH:-$(command -v "$s")}"; break; fi
done
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
echo "fuzz.sh: running $fuzzer for ${seconds}s (full log: $log)" >&2
set +e +o pipefail
"$fuzzer" "${args[@]}" "$corpus" 2>&1 | tee "$log" |
  grep --line-buffered -E '^#[0-9]+[[:space:]]+(INITED|pulse|DONE)|ERROR|SUMMARY|runtime error|^[a-z_]+_fuzzer:|^stat::|^MS:|Test unit written'
status="${PIPESTATUS[0]}"
set -e -o pipefail

new="$(comm -13 <(echo "$before") <(list_findings) | sed '/^$/d')"
if [ -n "$new" ] || [ "$status" -ne 0 ]; then
  echo "fuzz.sh: FINDINGS (fuzzer exit $status); new in $findings:" >&2
  echo "${new:-(none saved)}" >&2
  exit 1
fi
echo "fuzz.sh: no findings in ${seconds}s" >&2
