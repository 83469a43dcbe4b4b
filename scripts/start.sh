#!/usr/bin/env bash
# The start command: installs what is missing, starts local servers whose URLs do not answer, builds and
# runs the API and the worker with demo data. Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/stack/main.ts start
