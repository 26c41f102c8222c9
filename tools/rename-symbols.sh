#!/usr/bin/env bash
# tools/rename-symbols.sh — applies the renames of issue 11 item 4 (tools/rename-*.sed) to
# every C file under engine/ and tests/. Idempotent: run it again after merging a branch
# written before the renames, then build; tests/support/check_symbols.sh names anything left.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(find engine tests -name '*.[ch]')
for script in tools/rename-widgets.sed tools/rename-symbols.sed; do
  [ -e "$script" ] && sed -i -f "$script" $files
done
exit 0
