#!/usr/bin/env bash
# Acceptance test of `gklint lsp` with neovim (headless): diagnostics positions under
# utf-16 (nothing offered), utf-32 (general.positionEncodings) and utf-8 (clangd's
# offsetEncoding), and the quick fix applied through vim.lsp.buf.code_action; in a text
# buffer and in an HTML buffer (positions in the page's own lines, the fix in its text node).
# usage: lsp_nvim.sh GKLINT_BINARY SOURCE_DIR
set -euo pipefail
bin=$1 src=$2
if ! command -v nvim >/dev/null; then
  echo "lsp_nvim: skipped: nvim not found (Debian: apt-get install neovim; scripts/setup.sh installs it)" >&2
  exit 77
fi
work=$(mktemp -d /tmp/gklint-nvim-XXXXXX)
trap 'rm -rf "$work"' EXIT
report="$work/报告.txt"
# Line 45 of sample 004 is the table 二 caption "第二十六条第（六）项": put 𠀀 and an emoji before it.
sed '45s/^\t第二十六条/\t𠀀😀第二十六条/' "$src/examples/004_dc050822b7b0f109.txt" > "$report"
grep -q $'^\t𠀀😀第二十六条第（六）项$' "$report"

# The same report as a web page: one <p> per line (text escaped), the caption on line 47.
page="$work/报告.html"
python3 - "$report" "$page" <<'PY'
import html, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
out = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>年度报告</title></head><body>']
out += ["<p>" + html.escape(l.strip(), quote=False) + "</p>" for l in lines]
out += ["</body></html>", ""]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
PY
grep -q '^<p>𠀀😀第二十六条第（六）项</p>$' "$page"

status=0
run_nvim() {  # FILE LINE LEAD EDIT_AT TAIL OFFER:EXPECT
  GKLINT_BIN="$bin" GKLINT_REPORT="$1" GKLINT_LINE="$2" GKLINT_LEAD="$3" GKLINT_EDIT_AT="$4" GKLINT_TAIL="$5" \
    GKLINT_OFFER="${6%%:*}" GKLINT_EXPECT="${6##*:}" \
    HOME="$work" XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data" \
    timeout 120 nvim --headless --clean -n -u "$src/tests/lsp/init.lua" </dev/null || status=1
}
for run in none:utf-16 utf-32:utf-32 utf-8-clangd:utf-8; do
  cp "$report" "$work/run.txt"
  run_nvim "$work/run.txt" 44 $'\t𠀀😀' 1 "" "$run"
  cp "$page" "$work/run.html"
  run_nvim "$work/run.html" 46 '<p>𠀀😀' 3 "</p>" "$run"
done
exit $status
