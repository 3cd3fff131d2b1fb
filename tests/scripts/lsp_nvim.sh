#!/usr/bin/env bash
# Acceptance test of `gklint lsp` with neovim (headless): diagnostics positions under
# utf-16 (nothing offered), utf-32 (general.positionEncodings) and utf-8 (clangd's
# offsetEncoding), and the quick fix applied through vim.lsp.buf.code_action.
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

status=0
for run in none:utf-16 utf-32:utf-32 utf-8-clangd:utf-8; do
  cp "$report" "$work/run.txt"
  GKLINT_BIN="$bin" GKLINT_REPORT="$work/run.txt" GKLINT_OFFER="${run%%:*}" GKLINT_EXPECT="${run##*:}" \
    HOME="$work" XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data" \
    timeout 30 nvim --headless --clean -n -u "$src/tests/lsp/init.lua" </dev/null || status=1
done
exit $status
