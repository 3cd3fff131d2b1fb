#!/usr/bin/env bash
# The shell completions of the build tree's gklint, run in the shells themselves:
# bash (the completion function with COMP_WORDS), fish (complete -C) and zsh (the
# completion function with the completion system's builtins stubbed).
#   completions.sh GKLINT_BINARY
set -euo pipefail
gklint="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "completions: $*" >&2; exit 1; }
for shell in bash zsh fish; do
  command -v "$shell" >/dev/null || fail "$shell is missing (scripts/setup.sh installs it)"
  "$gklint" completion "$shell" >"$scratch/gklint.$shell"
done
mkdir "$scratch/bin" "$scratch/empty"
ln -s "$gklint" "$scratch/bin/gklint"
export PATH="$scratch/bin:$PATH"
cd "$scratch/empty"  # the top level completes file names too: none here

expect() {  # shell, what was typed, expected candidates (one per line)
  [ "$3" = "$4" ] || fail "$1: '$2' completed to '$4', expected '$3'"
}

bash_complete() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _gklint; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$scratch/gklint.bash" "$@"
}
expect bash "gklint ex" "explain" "$(bash_complete gklint ex)"
expect bash "gklint explain article/wro" "article/wrong-number" "$(bash_complete gklint explain article/wro)"
expect bash "gklint explain ext" "extends" "$(bash_complete gklint explain ext)"
expect bash "gklint --format sa" "sarif" "$(bash_complete gklint --format sa)"
expect bash "gklint rules --format i" "ids" "$(bash_complete gklint rules --format i)"
expect bash "gklint completion z" "zsh" "$(bash_complete gklint completion z)"
expect bash "gklint --column-u" "--column-unit" "$(bash_complete gklint --column-u)"
expect bash "gklint explain --la" "--lang" "$(bash_complete gklint explain --la)"

fish_complete() { fish -c "source $scratch/gklint.fish; complete -C '$1'" | cut -f1; }
expect fish "gklint ex" "explain" "$(fish_complete 'gklint ex')"
expect fish "gklint explain article/wro" "article/wrong-number" "$(fish_complete 'gklint explain article/wro')"
expect fish "gklint explain docs" "docs-url" "$(fish_complete 'gklint explain docs')"
expect fish "gklint --format sa" "sarif" "$(fish_complete 'gklint --format sa')"
expect fish "gklint rules --format i" "ids" "$(fish_complete 'gklint rules --format i')"

zsh_complete() {
  zsh -c '
    compdef() { }
    source "$1"; shift
    _describe() { local item; for item in ${(P)4}; do print -r -- "${item%%:*}"; done }
    compadd() { [[ $1 == -- ]] && shift; print -rl -- "$@" }
    _files() { }
    words=("$@"); CURRENT=$#
    _gklint | grep -- "^${words[CURRENT]}"' _ "$scratch/gklint.zsh" "$@"
}
expect zsh "gklint ex" "explain" "$(zsh_complete gklint ex)"
expect zsh "gklint explain article/wro" "article/wrong-number" "$(zsh_complete gklint explain article/wro)"
expect zsh "gklint explain over" "overrides" "$(zsh_complete gklint explain over)"
expect zsh "gklint --format sa" "sarif" "$(zsh_complete gklint --format sa)"
expect zsh "gklint --column-u" "--column-unit" "$(zsh_complete gklint --column-u)"
echo "completions: bash, zsh and fish OK"
