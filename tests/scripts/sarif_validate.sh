#!/usr/bin/env bash
# Validates gklint's SARIF output with Microsoft's SARIF multitool (npm package
# @microsoft/sarif-multitool): the five sample reports in examples/ (default and
# --column-unit utf16, Chinese and English), a folder of every input format (.txt .md .html .docx
# .pdf) and every SARIF snapshot must give zero errors.
#   usage: sarif_validate.sh BUILD_DIR SOURCE_DIR
# The multitool is installed once into BUILD_DIR/sarif-multitool (npm cache in the build
# dir too). Node.js and npm are required: Debian's nodejs/npm packages are installed
# when they are missing and we are root; otherwise the test fails, it is never skipped.
set -euo pipefail
build="$(cd "$1" && pwd)"
source_dir="$(cd "$2" && pwd)"
version=5.7.0
tool_dir="$build/sarif-multitool"
work="$build/sarif-validate"

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "sarif_validate: installing nodejs and npm with apt-get" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >&2 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >&2; }
  fi
fi
command -v npm >/dev/null 2>&1 || { echo "sarif_validate: FAILED: node and npm are required (apt-get install nodejs npm)" >&2; exit 1; }

multitool="$tool_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$multitool" ]; then
  echo "sarif_validate: installing @microsoft/sarif-multitool@$version into $tool_dir" >&2
  mkdir -p "$tool_dir"
  npm_config_cache="$build/npm-cache" npm install --no-audit --no-fund --loglevel=error \
    --prefix "$tool_dir" "@microsoft/sarif-multitool@$version" >&2
  chmod u+x "$multitool"  # its postinstall does this; newer npm versions skip install scripts
fi

rm -rf "$work"
mkdir -p "$work"
gklint="$build/bin/gklint"
cd "$source_dir"
run_gklint() {  # exit 1 means findings, which the samples have
  local out="$1"; shift
  local rc=0
  "$gklint" --format sarif "$@" examples/*.txt > "$work/$out" || rc=$?
  [ "$rc" -le 1 ] || { echo "sarif_validate: FAILED: gklint $* exited $rc" >&2; exit 1; }
}
run_gklint samples.sarif
run_gklint samples-utf16-en.sarif --column-unit utf16 --lang en
# A folder of every input format, linted in one run (places, logical locations, no byte
# offsets for Word and PDF).
mixed="$work/mixed"
mkdir -p "$mixed"
cp examples/004_dc050822b7b0f109.txt tests/model/reports/2022_e_shiqiao_town.md \
   tests/fixtures/html/real/2023_pingtan_zhsyq.html tests/fixtures/html/real/2020_pingtan_zhsyq.html \
   tests/fixtures/docx/2021_a_qingshi_town.docx tests/fixtures/pdf/real/2024_huaian_szf.pdf "$mixed/"
for args in "" "--column-unit utf16 --lang en"; do
  rc=0
  # shellcheck disable=SC2086
  "$gklint" --format sarif $args "$mixed" > "$work/mixed${args:+-utf16-en}.sarif" || rc=$?
  [ "$rc" -le 1 ] || { echo "sarif_validate: FAILED: gklint on the mixed folder exited $rc" >&2; exit 1; }
done
python3 - "$work/mixed.sarif" <<'PY'
import json, sys
run = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]
types = sorted({a["mimeType"] for a in run["artifacts"]})
print("mixed folder: %d files (%s), %d results" % (len(run["artifacts"]), ", ".join(types), len(run["results"])))
if len(types) != 5:
    sys.exit("sarif_validate: FAILED: expected five input formats in the mixed folder")
PY
for snapshot in tests/snapshots/sarif/*.txt; do
  # Snapshots hold a placeholder for the version; put a real one back.
  sed "s/<gklint version>/$("$gklint" --version | cut -d' ' -f2)/" "$snapshot" > "$work/snapshot-$(basename "$snapshot" .txt).sarif"
done

cd "$work"
# DOTNET_CLI_TELEMETRY_OPTOUT: no telemetry; invariant globalization is not needed (libicu is present).
DOTNET_CLI_TELEMETRY_OPTOUT=1 "$multitool" validate --output "$work/report.sarif" --level "Error;Warning;Note" ./*.sarif > "$work/multitool.log" 2>&1 \
  || true  # it exits non-zero on findings; the report decides
python3 - "$work/report.sarif" "$work" <<'PY'
import json, pathlib, sys
report = json.load(open(sys.argv[1], encoding="utf-8-sig"))
levels = {}
for run in report["runs"]:
    for result in run.get("results", []):
        level = result.get("level", "warning")
        levels[level] = levels.get(level, 0) + 1
        if level == "error":
            where = result["locations"][0]["physicalLocation"]
            print("SARIF error:", result["ruleId"], where["artifactLocation"]["uri"],
                  where.get("region", {}), json.dumps(result["message"], ensure_ascii=False))
files = sorted(p.name for p in pathlib.Path(sys.argv[2]).glob("*.sarif") if p.name != "report.sarif")
print(f"sarif-multitool validated {len(files)} files: "
      + ", ".join(f"{n} {l}" for l, n in sorted(levels.items())) if levels else
      f"sarif-multitool validated {len(files)} files: no findings")
sys.exit(1 if levels.get("error", 0) else 0)
PY
