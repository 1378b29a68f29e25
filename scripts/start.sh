#!/usr/bin/env bash
# npm start (development server) and npm run start:cluster (a Temporal cluster on PostgreSQL): brings
# the whole system up on this machine and keeps it running, restarting what stops, until Ctrl-C.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

MODE="${1:-dev}"
case "$MODE" in dev | cluster) ;; *) die "unknown mode '$MODE': say dev or cluster" ;; esac

export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/luvn}"
export TEMPORAL_ADDRESS="${TEMPORAL_ADDRESS:-127.0.0.1:7233}"
export API_PORT="${API_PORT:-3000}"
export TEMPORAL_UI_PORT="${TEMPORAL_UI_PORT:-8233}"
# The development-only API (/dev-api/…): on for this machine's own system, never in production.
export DEV_API="${DEV_API:-on}"
if [ "$MODE" = dev ]; then export TEMPORAL_UI_URL="${TEMPORAL_UI_URL:-http://127.0.0.1:$TEMPORAL_UI_PORT}"; fi

ensure_node
ensure_deps
ensure_temporal
export TEMPORAL_BIN="$TEMPORAL"
if [ "$MODE" = cluster ]; then ensure_temporal_server; fi
ensure_postgres
build
prepare_database

if port_open 127.0.0.1 "${TEMPORAL_ADDRESS##*:}"; then
  die "port ${TEMPORAL_ADDRESS##*:} is taken (is another 'npm start' running?): stop it, or set TEMPORAL_ADDRESS"
fi
for port in "$API_PORT" $((API_PORT + 1)); do
  if port_open 127.0.0.1 "$port"; then die "port $port is taken: stop what runs there or set API_PORT"; fi
  [ "$MODE" = cluster ] || break
done
mkdir -p .data
exec node dist/apps/supervisor/src/main.js "$MODE"
