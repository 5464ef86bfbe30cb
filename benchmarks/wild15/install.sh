#!/usr/bin/env bash
# Download the package archives whose data benchmarks/wild15/build.py reads without installing
# them, into a cache folder (PyPI: PyGithub's, python-kasa's, aioautomower's, ring_doorbell's,
# pyatmo's and apachelogs' source distributions, linearmodels' and HeartPy's wheels). build.py
# needs the standard library only. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD15_CACHE:-$HOME/.cache/datamap-wild15}
mkdir -p "$root"
. benchmarks/archives.sh
sdist 'PyGithub==2.10.0' pygithub-2.10.0.tar.gz
sdist 'python-kasa==0.12.0' python_kasa-0.12.0.tar.gz
sdist 'aioautomower==3.1.0' aioautomower-3.1.0.tar.gz
sdist 'ring_doorbell==0.9.14' ring_doorbell-0.9.14.tar.gz
sdist 'pyatmo==9.9.1' pyatmo-9.9.1.tar.gz
sdist 'apachelogs==0.6.1' apachelogs-0.6.1.tar.gz
wheel 'linearmodels==7.1' linearmodels-7.1-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.manylinux_2_28_x86_64.whl
wheel 'heartpy==1.2.7' heartpy-1.2.7-py3-none-any.whl
