#!/usr/bin/env bash
# The test command: installs what is missing, runs the static checks (typecheck, lint, format check), starts local
# servers whose URLs do not answer, runs every test (unit, end-to-end, benchmark smoke) against them, and stops what
# it started.
set -euo pipefail
cd "$(dirname "$0")/.."
WITH_BROWSER=1 bash scripts/bootstrap.sh # the browser tests drive Debian's chromium, with CJK fonts
exec node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/stack/main.ts test "$@"
