#!/usr/bin/env bash
# npm start: brings the whole system up on this machine and keeps it running until Ctrl-C.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/luvn}"
export TEMPORAL_ADDRESS="${TEMPORAL_ADDRESS:-127.0.0.1:7233}"
API_PORT="${API_PORT:-3000}"
UI_PORT="${TEMPORAL_UI_PORT:-8233}"
export API_PORT TEMPORAL_UI_URL="${TEMPORAL_UI_URL:-http://127.0.0.1:$UI_PORT}"

ensure_node
ensure_deps
ensure_temporal
ensure_postgres
build
prepare_database

mkdir -p .data
pids=()
stop() {
  trap - EXIT INT TERM
  say "stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

TEMPORAL_PID=""
start_temporal "${TEMPORAL_ADDRESS##*:}" "$UI_PORT" .data/temporal.log .data/temporal.sqlite
[ -n "$TEMPORAL_PID" ] && pids+=("$TEMPORAL_PID")

if port_open 127.0.0.1 "$API_PORT"; then die "port $API_PORT is taken: stop what runs there or set API_PORT"; fi
node dist/apps/worker/src/main.js &
pids+=($!)
node dist/apps/api/src/main.js &
pids+=($!)
wait_port 127.0.0.1 "$API_PORT" "the API" 120

cat >&2 <<MSG

  LUVN service arranging is up.
    Web app        http://127.0.0.1:$API_PORT/   (sign in as any demo user from the list)
    API            http://127.0.0.1:$API_PORT
    OpenAPI docs   http://127.0.0.1:$API_PORT/docs
    Health         http://127.0.0.1:$API_PORT/health
    Temporal UI    $TEMPORAL_UI_URL
  Tokens for the demo users:  npm run token -- --all   (or: npm run token -- aino)
  Ctrl-C stops everything this command started.

MSG
wait -n "${pids[@]}"
die "a process stopped unexpectedly; see its output above"
