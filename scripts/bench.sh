#!/usr/bin/env bash
# npm run bench: starts its own Temporal server, database, worker and API, then prints figures.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

export DATABASE_URL="${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/luvn_bench}"
export TEMPORAL_ADDRESS=127.0.0.1:7255 TEMPORAL_TASK_QUEUE=arrangements-bench API_PORT=3155 NODE_ENV=test

ensure_node
ensure_deps
ensure_temporal
ensure_postgres
ensure_chromium
build
node -e '
  require("./dist/libs/persistence/database.js").dropDatabase(process.env.DATABASE_URL).catch((e) => { console.error(e.message); process.exit(1); });
'
prepare_database

mkdir -p .data
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
TEMPORAL_PID=""
start_temporal 7255 8255 .data/bench-temporal.log
[ -n "$TEMPORAL_PID" ] && pids+=("$TEMPORAL_PID")
node dist/apps/worker/src/main.js 2>.data/bench-worker.log &
BENCH_WORKER_PID=$!
pids+=("$BENCH_WORKER_PID")
node dist/apps/api/src/main.js 2>.data/bench-api.log &
BENCH_API_PID=$!
pids+=("$BENCH_API_PID")
# The same API with the access log off, only to measure what the log costs a queue page.
API_PORT=3156 ACCESS_LOG=off node dist/apps/api/src/main.js 2>.data/bench-api-nolog.log &
pids+=($!)
wait_port 127.0.0.1 3155 "the API" 120
wait_port 127.0.0.1 3156 "the API without the access log" 120
BENCH_TEMPORAL_PID="${TEMPORAL_PID:-0}"
export BENCH_API_PID BENCH_WORKER_PID BENCH_TEMPORAL_PID
node dist/bench/bench.js
