#!/usr/bin/env bash
# strace: the no-network test counts connect() calls of every command (tests/safety/test_no_network.py);
# unshare (util-linux) makes the network namespace. Idempotent.
set -euo pipefail
if command -v strace >/dev/null && command -v unshare >/dev/null; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq strace util-linux >/dev/null
