#!/usr/bin/env bash
# npm run bench: the figures of both shapes, one after the other, each on a fresh database and its own
# Temporal (the development server, then the cluster), then the two side by side. `npm run bench -- dev`
# or `-- cluster` runs one; `-- deliveries` only the outbox's delivery throughput (no Temporal, no browser).
# BENCH_PARTS=starts,queue,web,deliveries,reports (comma-separated) runs only those parts; memory is always printed.
# `reports` generates years of data (a million arrangements, ten million visits) and times every report on it;
# with BENCH_PARTS=reports BENCH_KEEP_REPORT_DATA=1 a database that already holds them is kept and migrated on.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

export DATABASE_URL="${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/luvn_bench}"
export TEMPORAL_TASK_QUEUE=arrangements-bench API_PORT=3155 NODE_ENV=test

ensure_node
ensure_deps
if [ "${1:-}" = deliveries ]; then
  ensure_postgres
  say "building (tsc)"
  npx tsc -p tsconfig.build.json || die "the TypeScript build failed: see the errors above"
  exec node dist/bench/deliveries.js
fi
ensure_temporal
export TEMPORAL_BIN="$TEMPORAL"
ensure_temporal_server
ensure_postgres
ensure_chromium
build
mkdir -p .data

modes=("${@:-dev}")
[ $# -gt 0 ] || modes=(dev cluster)
for mode in "${modes[@]}"; do
  case "$mode" in dev) port=7255 ;; cluster) port=7455 ;; *) die "unknown mode '$mode': say dev or cluster" ;; esac
  rm -f ".data/bench-$mode.json"
  TEMPORAL_ADDRESS="127.0.0.1:$port" node dist/bench/bench.js "$mode" || die "the $mode benchmark failed: see above"
done

node -e '
  const fs = require("fs");
  const modes = ["dev", "cluster"].filter((m) => fs.existsSync(`.data/bench-${m}.json`));
  const figures = Object.fromEntries(modes.map((m) => [m, JSON.parse(fs.readFileSync(`.data/bench-${m}.json`, "utf8"))]));
  const keys = [...new Set(modes.flatMap((m) => Object.keys(figures[m])))];
  console.log("\nSide by side\n");
  console.log(["figure".padEnd(46), ...modes.map((m) => (m === "dev" ? "development server" : "cluster").padEnd(30))].join(" "));
  for (const k of keys) console.log([k.padEnd(46), ...modes.map((m) => String(figures[m][k] ?? "-").padEnd(30))].join(" "));
'
