#!/usr/bin/env bash
# Installs what the two commands need on a fresh Debian machine: npm dependencies, and, when running as
# root and a server URL is not given, the Debian packages of the local servers. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
have_pg() { ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; }
[ -n "${DATABASE_URL:-}" ] || have_pg || need_apt+=(postgresql)
[ -n "${REDIS_URL:-}" ] || command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
if [ "${WITH_BROWSER:-0}" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
  [ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto | grep -qi cjk || need_apt+=(fonts-noto-cjk)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian packages: ${need_apt[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
    # Debian starts its own cluster/server on install; ours run on their own ports, theirs can stay or go.
  else
    echo "Missing: ${need_apt[*]}. Install them (apt-get install ${need_apt[*]}) or set DATABASE_URL / REDIS_URL." >&2
    exit 1
  fi
fi

stamp=node_modules/.installed-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "Installing npm dependencies (npm install)…"
  npm install --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
