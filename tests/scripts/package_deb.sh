#!/usr/bin/env bash
# The Debian packages (issue 14): CPack builds gklint and gklint-dev from this build; lintian
# reports no error; unpacked with dpkg -x into a scratch folder, the installed gklint lints
# examples/ exactly as the build tree's does, its man pages render, its bash completion turns
# `gklint ex` into `explain`, its SARIF links open existing pages, and a third-party plugin
# (tests/third_party_plugin) builds against the unpacked gklint-dev with find_package(gklint)
# and reports. With GKLINT_TEST_DPKG_INSTALL=1 (CI, as root) the packages are also installed
# with dpkg -i, checked the same way from /usr, and removed with dpkg --purge, leaving nothing.
#
#   package_deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build_dir="$(cd "$1" && pwd)"
source_dir="$(cd "$2" && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

fail() { echo "package_deb: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps lintian man cmake; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup.sh installs it)"
done

# 1. Build the packages.
(cd "$build_dir" && cpack -G DEB -B "$scratch/debs" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
runtime_deb="$(ls "$scratch"/debs/gklint_*.deb)"
dev_deb="$(ls "$scratch"/debs/gklint-dev_*.deb)"
dpkg-deb -f "$runtime_deb" Depends | grep -q 'libicu' || fail "the runtime package declares no dependency on ICU"

# 2. lintian: no errors (warnings are printed for the record).
lintian --allow-root "$runtime_deb" "$dev_deb" >"$scratch/lintian.log" 2>&1 || true
cat "$scratch/lintian.log"
if grep -q '^E:' "$scratch/lintian.log"; then fail "lintian reports errors"; fi

reference="$scratch/reference.txt"
(cd "$source_dir" && "$build_dir/bin/gklint" --format gcc examples/ >"$reference" 2>&1) || true
[ -s "$reference" ] || fail "the build tree's gklint printed nothing on examples/"

# Checks one installation whose prefix is $1 (…/usr).
check_installation() {
  local prefix="$1" where="$2"
  local gklint="$prefix/bin/gklint"
  [ -x "$gklint" ] || fail "$where: no $gklint"

  local output="$scratch/output.txt"
  (cd "$source_dir" && "$gklint" --format gcc examples/ >"$output" 2>&1) || true
  diff -u "$reference" "$output" || fail "$where: the installed gklint's output differs from the build tree's"

  for page in "$prefix/share/man/man1/gklint.1.gz" "$prefix/share/man/zh_CN/man1/gklint.1.gz"; do
    [ -f "$page" ] || fail "$where: no man page $page"
    local rendered
    rendered="$(MANWIDTH=100 man -l "$page" 2>/dev/null)"
    grep -q 'gklint' <<<"$rendered" || fail "$where: man -l $page rendered nothing"
    grep -q -- '--fix-dry-run' <<<"$rendered" || fail "$where: $page lacks --fix-dry-run"
  done

  local completion="$prefix/share/bash-completion/completions/gklint"
  [ -f "$completion" ] || fail "$where: no bash completion"
  local words
  mkdir -p "$scratch/empty"  # the top level also completes file names: none here
  words="$(cd "$scratch/empty" && bash -c 'source "$1"; COMP_WORDS=(gklint ex); COMP_CWORD=1; _gklint; printf "%s\n" "${COMPREPLY[@]}"' _ "$completion")"
  [ "$words" = "explain" ] || fail "$where: bash completion of 'gklint ex' gave '$words', not 'explain'"
  words="$(PATH="$prefix/bin:$PATH" bash -c 'source "$1"; COMP_WORDS=(gklint explain article/wrong); COMP_CWORD=2; _gklint; printf "%s\n" "${COMPREPLY[@]}"' _ "$completion")"
  [ "$words" = "article/wrong-number" ] || fail "$where: bash completion of a rule id gave '$words'"
  [ -f "$prefix/share/zsh/vendor-completions/_gklint" ] || fail "$where: no zsh completion"
  [ -f "$prefix/share/fish/vendor_completions.d/gklint.fish" ] || fail "$where: no fish completion"

  # SARIF links: file:// URIs of installed pages that exist.
  local sarif="$scratch/out.sarif"
  (cd "$source_dir" && "$gklint" --format sarif examples/ >"$sarif") || true
  local uris
  uris="$(grep -o '"\(helpUri\|informationUri\)": "[^"]*"' "$sarif" | sed 's/.*: "\(.*\)"/\1/' | sort -u)"
  [ -n "$uris" ] || fail "$where: the SARIF output has no documentation links"
  while IFS= read -r uri; do
    case "$uri" in file://"$prefix"/share/gklint/docs/*) ;; *) fail "$where: link outside the installed docs: $uri" ;; esac
    [ -f "${uri#file://}" ] || fail "$where: $uri does not exist"
  done <<<"$uris"

  "$gklint" explain text/artifact | grep -q 'text/artifact' || fail "$where: gklint explain failed"

  # gklint serve: the web server module is installed and the page is served.
  local serve_log="$scratch/serve.log" port="" i
  "$gklint" serve --port 0 >"$serve_log" 2>&1 &
  local serve_pid=$!
  for ((i = 0; i < 100; i++)); do
    port="$(grep -o '127\.0\.0\.1:[0-9]*' "$serve_log" | head -1 | cut -d: -f2 || true)"
    [ -n "$port" ] && break
    sleep 0.05
  done
  [ -n "$port" ] || { kill "$serve_pid" 2>/dev/null; cat "$serve_log" >&2; fail "$where: gklint serve did not start"; }
  local page
  page="$(exec 3<>"/dev/tcp/127.0.0.1/$port"; printf 'GET / HTTP/1.0\r\nHost: 127.0.0.1:%s\r\n\r\n' "$port" >&3; cat <&3)"
  kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true
  grep -q '政府信息公开工作年度报告检查' <<<"$page" || fail "$where: gklint serve did not serve the page"
}

# 3. Unpacked into a scratch folder: relocatable.
root="$scratch/root"
dpkg-deb -x "$runtime_deb" "$root"
dpkg-deb -x "$dev_deb" "$root"
check_installation "$root/usr" "dpkg -x"

# 4. A third-party plugin against the unpacked gklint-dev.
cmake -S "$source_dir/tests/third_party_plugin" -B "$scratch/plugin" -DCMAKE_PREFIX_PATH="$root/usr" \
  -DCMAKE_BUILD_TYPE=Release >"$scratch/plugin.log" 2>&1 || { cat "$scratch/plugin.log" >&2; fail "configuring the plugin failed"; }
cmake --build "$scratch/plugin" >>"$scratch/plugin.log" 2>&1 || { cat "$scratch/plugin.log" >&2; fail "building the plugin failed"; }
plugin="$scratch/plugin/gklint-demo.so"
[ -f "$plugin" ] || fail "the plugin build made no gklint-demo.so"
"$root/usr/bin/gklint" --plugin "$plugin" rules --format ids | grep -qx 'demo/placeholder' || fail "demo/placeholder is not listed"
printf '一、总体情况\n本机关XX年度共主动公开信息10条。\n' >"$scratch/report.txt"
set +e
found="$("$root/usr/bin/gklint" --plugin "$plugin" --format gcc "$scratch/report.txt")"
set -e
grep -q 'report.txt:2:4: warning: 未填写的占位符“XX” \[demo/placeholder\]' <<<"$found" \
  || { echo "$found" >&2; fail "the third-party plugin did not report the placeholder"; }

# 5. Installed into the system and removed (CI only: it changes /usr).
if [ "${GKLINT_TEST_DPKG_INSTALL:-0}" = 1 ]; then
  [ "$(id -u)" -eq 0 ] || fail "GKLINT_TEST_DPKG_INSTALL=1 needs root"
  dpkg -i "$runtime_deb" "$dev_deb" >/dev/null
  if [ -f /usr/share/man/man1/gklint.1.gz ]; then
    man gklint 2>/dev/null | grep -q 'compliance linter' || fail "man gklint does not render"
  else
    echo "package_deb: /usr/share/man is excluded by this system's dpkg configuration; man -l checked above"
  fi
  check_installation /usr "dpkg -i"
  dpkg --purge gklint-dev gklint >/dev/null
  for left in /usr/bin/gklint /usr/lib/gklint /usr/share/gklint /usr/include/gklint /usr/lib/cmake/gklint \
              /usr/share/bash-completion/completions/gklint /usr/share/doc/gklint; do
    [ ! -e "$left" ] || fail "left after dpkg --purge: $left"
  done
  echo "package_deb: installed with dpkg -i, checked, purged"
fi
echo "package_deb: OK ($(basename "$runtime_deb"), $(basename "$dev_deb"))"
