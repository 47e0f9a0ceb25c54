#!/usr/bin/env bash
# Installs what this repository needs on a fresh machine: pnpm (pinned in package.json), the
# dependencies (Node 22 itself among them: the `node` package the scripts run on), Java for
# DynamoDB Local and, with --test, Debian's Chromium for the end-to-end tests. As root it installs
# the system packages itself; otherwise it prints the exact command and stops.
# Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
if [ "${1:-}" = "--test" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]}…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing: ${missing[*]} (Java runs DynamoDB Local; Chromium runs the end-to-end tests)." >&2
    echo "Install them, for example on Debian/Ubuntu:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# pnpm at the version package.json pins, through corepack (its signature check does not know
# this registry's keys, hence the variable); npm's global install if corepack is unavailable.
if ! command -v pnpm >/dev/null 2>&1; then
  echo "Installing pnpm…"
  export COREPACK_INTEGRITY_KEYS=0 COREPACK_ENABLE_DOWNLOAD_PROMPT=0
  corepack enable 2>/dev/null && pnpm --version >/dev/null 2>&1 || npm install -g "pnpm@10" --silent
fi

# The lockfile is the truth; an install that would change it fails instead.
pnpm install --frozen-lockfile --reporter=append-only
