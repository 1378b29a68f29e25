#!/usr/bin/env bash
# npm test: lint, format and type checks, then every unit and system test against a real
# Temporal dev server (started for the run, in memory) and a real PostgreSQL (a fresh test database).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

export DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/luvn_test}"
export NODE_ENV=test

ensure_node
ensure_deps
ensure_temporal
ensure_postgres
export TEMPORAL_BIN="$TEMPORAL"

say "lint";        npx eslint . --max-warnings 0 || die "lint failed: see above (npx eslint . --fix mends some)"
say "format";      npx prettier --check . >/dev/null || die "formatting differs: run npm run format"
say "type-check";  npx tsc -p tsconfig.json --noEmit || die "type-check failed: see above"
build

mkdir -p .data
say "tests"
set +e
npx jest --ci --json --outputFile=.data/jest-results.json "$@"
status=$?
set -e
# A closing line any CI reads: 'N passed, N failed'.
node -e '
  const r = require("./.data/jest-results.json");
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' || true
exit $status
