#!/usr/bin/env bash
# Installs what this repository needs on a fresh machine: pnpm (pinned in package.json),
# the dependencies, and checks Java for DynamoDB Local. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pnpm >/dev/null 2>&1; then
  echo "Installing pnpm…"
  npm install -g "pnpm@10" --silent
fi

if ! command -v java >/dev/null 2>&1; then
  echo "Java 17 (or newer) is needed to run DynamoDB Local. Install it, for example on Debian/Ubuntu:" >&2
  echo "  sudo apt-get install -y openjdk-17-jre-headless" >&2
  exit 1
fi

# The lockfile is the truth; an install that would change it fails instead.
pnpm install --frozen-lockfile --reporter=append-only
