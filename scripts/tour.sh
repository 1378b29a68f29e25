#!/usr/bin/env bash
# npm run tour: walks the whole process over the API of the system `npm start` brought up (see
# apps/tour/src/main.ts); `npm run tour -- --markdown` prints the walk as a documentation page.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

export API_URL="${API_URL:-http://127.0.0.1:${API_PORT:-3000}}"

ensure_node
ensure_deps
# Built when missing, or when a source file is newer than the last build (the web app is not needed here).
stale="$(find apps libs workflows -path apps/web -prune -o -name '*.ts' -newer dist/.tsbuildinfo -print -quit 2>/dev/null || true)"
if [ ! -f dist/apps/tour/src/main.js ] || [ ! -f dist/.tsbuildinfo ] || [ -n "$stale" ]; then build >&2; fi
exec node dist/apps/tour/src/main.js "$@"
