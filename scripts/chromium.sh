#!/usr/bin/env bash
# Installs Debian's Chromium (when missing) for the docs' browser tests, and prints its path, which the tests read
# from LDS_CHROMIUM. Needs root, as on the project's machines and CI.
set -euo pipefail
path=/usr/bin/chromium
if [ ! -x "$path" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
fi
echo "$path"
