#!/bin/sh
# Chạy lại ví dụ của hướng dẫn nhập số liệu / Re-run the data-entry guide's example:
#   sh docs/vi-du/chay-vi-du.sh
# Builds two data folders in a temporary directory from the project's reference files (data/units.csv,
# unit-aliases.csv, unit-changes.csv, metrics.csv) and the staff files in docs/vi-du/lan-1 (first try, with
# mistakes), lan-2 (after fixing what the first run reported) and lan-3 (corrected), then prints what
# `npm run validate` and `npm run diff` say about them.
# Paste the output into docs/huong-dan-nhap-so-lieu.md and docs/data-entry-guide.md when it changes.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
NODE="$ROOT/node_modules/.bin/node --experimental-strip-types"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for n in 1 2 3; do
  mkdir -p "$TMP/lan-$n/data"
  for f in units.csv unit-aliases.csv unit-changes.csv metrics.csv; do cp "$ROOT/data/$f" "$TMP/lan-$n/data/"; done
  cp -R "$ROOT/docs/vi-du/lan-$n/." "$TMP/lan-$n/data/"
done
# The folder before the new report: reference files only, and sources.csv without the new row.
mkdir -p "$TMP/lan-3/data-truoc"
for f in units.csv unit-aliases.csv unit-changes.csv metrics.csv; do cp "$ROOT/data/$f" "$TMP/lan-3/data-truoc/"; done
# (The last two rows are the sources of the registry's lineage edges: Hà Tây 2008, the ministries of 2025.)
{ head -n 2 "$ROOT/docs/vi-du/lan-3/sources.csv"; tail -n 2 "$ROOT/docs/vi-du/lan-3/sources.csv"; } > "$TMP/lan-3/data-truoc/sources.csv"

echo '=== lần 1 / first try: npm run validate'
(cd "$TMP/lan-1" && $NODE "$ROOT/scripts/validate.ts" --data data; echo "(exit $?)")
echo
echo '=== lần 2 / second try: npm run validate'
(cd "$TMP/lan-2" && $NODE "$ROOT/scripts/validate.ts" --data data; echo "(exit $?)")
echo
echo '=== lần 3 / corrected: npm run validate'
(cd "$TMP/lan-3" && $NODE "$ROOT/scripts/validate.ts" --data data; echo "(exit $?)")
echo
echo '=== lần 3 / corrected: npm run diff -- --base data-truoc'
(cd "$TMP/lan-3" && $NODE "$ROOT/scripts/diff.ts" --base data-truoc --head data; echo "(exit $?)")
echo
echo '=== sửa nhầm 150 → 15 / a typo 150 → 15: npm run diff -- --base data --head data-sua --format markdown'
cp -R "$TMP/lan-3/data" "$TMP/lan-3/data-sua"
sed -i.bak 's/,2114,150,/,2114,15,/' "$TMP/lan-3/data-sua/observations/dong-thap/sa-dec-2022-h1.csv" && rm "$TMP/lan-3/data-sua/observations/dong-thap/sa-dec-2022-h1.csv.bak"
(cd "$TMP/lan-3" && $NODE "$ROOT/scripts/diff.ts" --base data --head data-sua --format markdown; echo "(exit $?)")
