#!/usr/bin/env bash
# Download the package archives whose data benchmarks/wild11/build.py reads without installing
# them, into a cache folder (PyPI: twython's, okta's, trailscraper's, django-helpdesk's and
# Pygments' source distributions; npm: @verii/sample-data; Debian: 389-ds-base and pci.ids,
# unpacked, not installed). build.py needs the standard library and PyYAML. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-.venv/bin/python}
root=${WILD11_CACHE:-$HOME/.cache/datamap-wild11}
mkdir -p "$root"
. benchmarks/archives.sh
sdist 'twython==3.9.1' twython-3.9.1.tar.gz
sdist 'okta==3.4.6' okta-3.4.6.tar.gz
sdist 'trailscraper==0.10.0' trailscraper-0.10.0.tar.gz
sdist 'django-helpdesk==2.6.1' django_helpdesk-2.6.1.tar.gz
sdist 'pygments==2.21.0' pygments-2.21.0.tar.gz
npm_pack '@verii/sample-data@1.2.1' verii-sample-data-1.2.1.tgz
deb 389-ds-base 389-ds-base
deb pci.ids pci.ids
