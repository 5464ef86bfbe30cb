#!/usr/bin/env bash
# Download the package archives whose data benchmarks/wild18/build.py reads without installing
# them, into a cache folder: PyPI source distributions of pyomop, ansible-core, py-dmidecode,
# pyTelegramBotAPI, hl7apy and teslajsonpy (through pip), the pvlib wheel, and Debian's
# smartmontools (apt-get download, unpacked with dpkg-deb). build.py needs the standard library
# only. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD18_CACHE:-$HOME/.cache/datamap-wild18}
mkdir -p "$root"
. benchmarks/archives.sh
# sdist of one package only: its build backend may come as a wheel
sdist_only() {
  [ -f "$root/$2" ] || "$PYTHON" -m pip download -q --no-deps --no-binary "${1%%==*}" -d "$root" "$1"
}
sdist_only 'pyomop==6.4.0' pyomop-6.4.0.tar.gz
sdist_only 'ansible-core==2.19.14' ansible_core-2.19.14.tar.gz
sdist_only 'py-dmidecode==0.1.3' py_dmidecode-0.1.3.tar.gz
sdist_only 'pyTelegramBotAPI==4.37.1' pytelegrambotapi-4.37.1.tar.gz
sdist_only 'hl7apy==1.3.5' hl7apy-1.3.5.tar.gz
sdist_only 'teslajsonpy==3.14.0' teslajsonpy-3.14.0.tar.gz
wheel 'pvlib==0.16.1' pvlib-0.16.1-py3-none-any.whl
deb smartmontools=7.3-1+b1 deb/smartmontools
