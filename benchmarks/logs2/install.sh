#!/usr/bin/env bash
# Download the package archives benchmarks/logs2/build.py reads (none is installed): Debian's
# fail2ban and golang-github-euank-go-kmsg-parser-dev (.deb, read with dpkg-deb), PyPI's zat and
# pylogsparser source distributions, npm's couchdb-log-parse. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${LOGS2_CACHE:-$HOME/.cache/datamap-logs2}
mkdir -p "$root"
deb() {  # package, archive glob
  compgen -G "$root/$2" >/dev/null || (cd "$root" && apt-get download -q "$1" >/dev/null)
}
sdist() {  # name==version, the archive it lands as
  [ -f "$root/$2" ] || "$PYTHON" -m pip download -q --no-deps --no-binary :all: --no-build-isolation -d "$root" "$1"
}
deb fail2ban 'fail2ban_*.deb'
deb golang-github-euank-go-kmsg-parser-dev 'golang-github-euank-go-kmsg-parser-dev_*.deb'
sdist 'zat==0.4.7' zat-0.4.7.tar.gz
sdist 'pylogsparser==0.8' pylogsparser-0.8.tar.gz
[ -f "$root/couchdb-log-parse-0.0.4.tgz" ] || (cd "$root" && npm pack -q couchdb-log-parse@0.0.4 >/dev/null)
