#!/bin/bash
# Idempotent set-up for `make demo` / `make test`: Debian packages, .venv, the plugin's dependency folder .deps
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES="python3-qgis qgis-providers qgis xvfb xauth poppler-utils fonts-noto-cjk fonts-noto-core \
libgeos-dev python3-dev python3-venv python3-pip gcc g++ make grass-core pyqt5-dev-tools qttools5-dev-tools chromium"

missing=()
for p in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" != 0 ]; then echo "setup: run as root (or install them: apt-get install ${missing[*]})" >&2; exit 1; fi
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

mkdir -p .stamps
if [ ! -x .venv/bin/python ]; then
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
req_hash=$(sha256sum requirements-dev.txt | cut -c1-16)
if [ "$(cat .stamps/venv 2>/dev/null)" != "$req_hash" ]; then
  echo "setup: installing test tools into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  echo "$req_hash" > .stamps/venv
fi

# The plugin's runtime dependencies, built exactly as the plugin builds them inside QGIS.
/usr/bin/python3 -m neaspec_planner.deps install --target "$PWD/.deps"
