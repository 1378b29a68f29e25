#!/usr/bin/env bash
# npm run tour: walks the whole process over the API of the system `npm start` brought up (see
# apps/tour/src/main.ts); `npm run tour -- --markdown` prints the walk as a documentation page.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

export API_URL="${API_URL:-http://127.0.0.1:${API_PORT:-3000}}"

ensure_node
ensure_deps
# Compiled when missing, or when a source the build compiles is newer than the last build: the TypeScript
# only, not the workflow bundle or the web app, which a running `npm start` serves and must keep.
stale="$(find apps libs workflows bench -path apps/web -prune -o -name '*.ts' ! -name '*.spec.ts' -newer dist/.tsbuildinfo -print -quit 2>/dev/null || true)"
if [ ! -f dist/apps/tour/src/main.js ] || [ ! -f dist/.tsbuildinfo ] || [ -n "$stale" ]; then
  say "compiling (tsc)" >&2
  npx tsc -p tsconfig.build.json >&2 || die "the TypeScript build failed: see the errors above"
  touch dist/.tsbuildinfo # so that an unchanged source does not compile again on every run
fi
exec node dist/apps/tour/src/main.js "$@"
