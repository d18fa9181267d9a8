#!/usr/bin/env bash
# Installs, with Debian's apt-get, the system packages Berdaya's tests and build need, but only
# those that are missing: when everything is there it checks and exits without touching apt.
#   postgresql          throwaway PostgreSQL servers for the tests (tests/conftest.py)
#   fonts-dejavu-core   a font, so offscreen Qt renders readable text in screenshots
#   libegl1 ...         shared libraries the PySide6 wheels load for the offscreen/xcb platforms
#                       (the libxcb-* ones are for the xcb plugin, which a packaged app bundles)
#   binutils            objdump, which PyInstaller uses to find a binary's dependencies
#   desktop-file-utils  desktop-file-validate, appstream  appstreamcli: the package test checks
#                       the Debian package's menu entry and metainfo with them
set -euo pipefail

missing=()

# PostgreSQL server binaries (any version) from Debian's packages
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    missing+=(postgresql)
fi

# A DejaVu font that fontconfig can see (fc-list comes with fontconfig; ask dpkg without it)
if command -v fc-list >/dev/null 2>&1; then
    # (grep reads everything: with pipefail an early exit of grep -q could fail the pipeline)
    fc-list : family 2>/dev/null | grep -i 'dejavu' >/dev/null || missing+=(fonts-dejavu-core)
else
    status=$(dpkg-query -W -f='${Status}' fonts-dejavu-core 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=(fonts-dejavu-core)
fi

# Libraries Qt needs at run time
for pkg in libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$pkg")
done

# objdump for PyInstaller
command -v objdump >/dev/null 2>&1 || missing+=(binutils)

# Validators for the Debian package's menu entry and metainfo (tests/test_packaging.py)
command -v desktop-file-validate >/dev/null 2>&1 || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || missing+=(appstream)

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-system: these Debian packages are missing: ${missing[*]}" >&2
    echo "ensure-system: install them as root, e.g.:" >&2
    echo "    sudo apt-get install ${missing[*]}" >&2
    exit 1
fi

echo "ensure-system: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
