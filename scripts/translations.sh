#!/bin/bash
# update: refresh i18n/*.ts from the sources (pylupdate5, without line locations); compile: build i18n/*.qm (lrelease).
set -euo pipefail
cd "$(dirname "$0")/.."
LOCALES="$(python3 -c 'import sys; sys.path.insert(0, "."); from neaspec_planner.languages import LOCALES; print(" ".join(LOCALES))')"
case "${1:-compile}" in
  update)
    mapfile -t sources < <(find neaspec_planner -name '*.py' -o -name '*.ui' | sort)
    ts=(); for l in $LOCALES; do ts+=("i18n/neaspec_planner_$l.ts"); done
    pylupdate5 -noobsolete "${sources[@]}" -ts "${ts[@]}"
    # no <location> lines: a string moving to another line must not change the .ts (lrelease does not need them)
    sed -i '/^[[:space:]]*<location [^>]*\/>$/d' "${ts[@]}"
    ;;
  compile)
    shopt -s nullglob
    files=(i18n/*.ts)
    if [ ${#files[@]} -gt 0 ]; then lrelease -silent "${files[@]}"; fi
    ;;
esac
