#!/usr/bin/env bash
# Installs what gklint needs to build and test on Debian 12, when it is missing.
# Runs apt-get as root, or through sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git ccache
  libyaml-cpp-dev libicu-dev libfmt-dev libcli11-dev nlohmann-json3-dev libpugixml-dev
  libgumbo-dev libzip-dev libpoppler-cpp-dev  # readers: HTML, DOCX, PDF
  libsqlite3-dev libxxhash-dev zlib1g-dev  # the audit: database, content hashes, the dashboard's data
  libhyperscan-dev  # the packs' one pattern scan (x86-64 with SSSE3)
  libcpp-httplib-dev  # gklint serve: the clerk's page on 127.0.0.1
  chromium  # tests/scripts/dashboard_browser.py: the audit dashboard in a real browser
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-yaml
  neovim  # tests/lsp: the language server in a real editor
  dpkg-dev lintian man-db  # tests/scripts/package_deb.sh: the .deb (cpack, dpkg-shlibdeps), lintian, man pages
  bash zsh fish  # tests/scripts/completions.sh: the completions in each shell
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
