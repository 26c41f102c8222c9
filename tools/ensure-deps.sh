#!/usr/bin/env bash
# Installs the Debian packages Rapport needs to build and test, but only those missing
# (python3 reads the classroom test's CSV export back with a real CSV parser; the install
# tests validate the menu entry and metainfo with desktop-file-utils and appstream, format
# the man page with man-db, and take the .deb apart with dpkg-dev and binutils' objdump;
# CPack's .deb generator needs `file` to find the binaries whose libraries it declares;
# self-voicing speaks through libspeechd or espeak-ng, whose voices are espeak-ng-data, and
# its test against a live daemon runs speech-dispatcher with its espeak-ng module;
# libcrypt-dev hashes the teacher's PIN; the printable-page test renders HTML to PDF with
# weasyprint and counts and rasterises its pages with poppler-utils).
# As root it installs directly, otherwise through sudo; failing both it prints the exact
# apt-get line to run and stops with status 1.
set -euo pipefail

packages=(build-essential cmake pkg-config libsdl2-dev libsdl2-ttf-dev liblua5.4-dev
          libsqlite3-dev libcmocka-dev fonts-dejavu-core python3
          desktop-file-utils appstream man-db dpkg-dev binutils file
          libspeechd-dev libespeak-ng-dev espeak-ng-data
          speech-dispatcher speech-dispatcher-espeak-ng
          libcrypt-dev weasyprint poppler-utils)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "rapport: installing missing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if [[ $(id -u) -eq 0 ]]; then
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo apt-get update -q
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "rapport: these packages are missing and I cannot install them without root." >&2
  echo "Run this, then try again:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
