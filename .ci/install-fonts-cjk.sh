#!/bin/sh
# CJK fonts for the Chinese report test (tests/catalog/test_report_browser.py renders
# `datamap report --lang zh` in headless Chromium): without them Han characters draw as boxes.
# Idempotent: does nothing when fontconfig already knows a Chinese font.
set -eu
if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends fonts-noto-cjk fontconfig >/dev/null
fc-list :lang=zh | head -n 1
