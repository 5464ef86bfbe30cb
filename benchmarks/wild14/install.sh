#!/usr/bin/env bash
# Download the package archives whose data benchmarks/wild14/build.py reads without installing
# them, into a cache folder (PyPI: bimmer_connected's, zEpid's, dbt-tests-adapter's,
# PrintAudit's and python-hl7's source distributions, scikit-learn's wheel; Debian:
# golang-github-xanzy-go-gitlab-dev and golang-github-prometheus-procfs-dev, unpacked, not
# installed). build.py needs the standard library only. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD14_CACHE:-$HOME/.cache/datamap-wild14}
mkdir -p "$root"
. benchmarks/archives.sh
sdist 'bimmer_connected==0.17.4' bimmer_connected-0.17.4.tar.gz
sdist 'zepid==0.9.1' zepid-0.9.1.tar.gz
sdist 'dbt-tests-adapter==1.20.0' dbt_tests_adapter-1.20.0.tar.gz
sdist 'printaudit==0.9.0' printaudit-0.9.0.tar.gz
sdist 'hl7==0.4.5' hl7-0.4.5.tar.gz
wheel 'scikit-learn==1.7.2' scikit_learn-1.7.2-cp311-cp311-manylinux2014_x86_64.manylinux_2_17_x86_64.whl
deb golang-github-xanzy-go-gitlab-dev=0.73.1-2 deb/golang-github-xanzy-go-gitlab-dev
deb golang-github-prometheus-procfs-dev=0.8.0-3 deb/golang-github-prometheus-procfs-dev
