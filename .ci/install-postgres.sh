#!/usr/bin/env bash
# A PostgreSQL server for the database tests (tests/conftest.py starts a throwaway cluster
# from these binaries). Idempotent: does nothing when initdb and pg_ctl are already there.
set -euo pipefail

have_postgres() {
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && return 0
  compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null
}

if have_postgres; then
  echo "postgresql: already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# the server binaries only: the tests start their own cluster, not the packaged service
$SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
have_postgres && echo "postgresql: installed $(ls /usr/lib/postgresql)"
