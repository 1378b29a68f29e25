#!/usr/bin/env bash
# scripts/schema-snapshot.sh COMMIT: the schema a database gets from the migrations as they stood at
# COMMIT, as SQL (pg_dump of the schema and of TypeORM's migrations table), into test/schema-history/.
# The upgrade test loads each snapshot, migrates it with today's migrations and compares the result
# with a fresh database. Add a snapshot whenever a migration lands on main.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

commit="${1:-}"
[ -n "$commit" ] || die "usage: scripts/schema-snapshot.sh COMMIT"
full="$(git rev-parse --verify "$commit^{commit}" 2>/dev/null)" || die "no commit $commit in this repository"
short="${full:0:7}"
export DATABASE_URL="${SNAPSHOT_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/luvn_snapshot_test}"

ensure_node
ensure_deps
ensure_postgres
command -v pg_dump >/dev/null 2>&1 || die "pg_dump is missing: install PostgreSQL's client (apt-get install postgresql-client)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for file in $(git ls-tree --name-only "$full" libs/persistence/migrations/); do
  case "$file" in *.spec.ts) continue ;; esac
  git show "$full:$file" >"$work/$(basename "$file")"
done

# The migrations of that commit, transpiled and run in order against a database of their own.
node - "$work" <<'JS'
const { readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const ts = require('typescript');
const { DataSource } = require('typeorm');
const { ensureDatabase } = require('./dist/libs/persistence/database.js');
const { dropDatabase } = require('./dist/libs/persistence/dev/throwaway-database.js');

(async () => {
  const dir = process.argv[2];
  const migrations = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    const { outputText } = ts.transpileModule(readFileSync(join(dir, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    });
    const js = join(dir, file.replace(/\.ts$/, '.js'));
    writeFileSync(js, outputText);
    // The migration classes only: a migration file may also export a helper function.
    migrations.push(...Object.values(require(js)).filter((x) => typeof x?.prototype?.up === 'function'));
  }
  const url = process.env.DATABASE_URL;
  await dropDatabase(url);
  await ensureDatabase(url);
  const ds = new DataSource({ type: 'postgres', url, migrations, synchronize: false });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  console.error(`ran ${migrations.length} migrations`);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
JS

mkdir -p test/schema-history
n=$(find test/schema-history -name '*.sql' | wc -l)
out="test/schema-history/$(printf '%02d' $((n + 1)))-$short.sql"
{
  echo "-- The schema made by the migrations at commit $full"
  echo "-- ($(git log -1 --format='%ad' --date=short "$full"): $(git log -1 --format='%s' "$full" | cut -c1-100))."
  echo "-- Made by scripts/schema-snapshot.sh; loaded and upgraded by test/migrations.system-spec.ts."
  # psql's \restrict lines and session settings are not SQL a plain client can run.
  pg_dump --schema-only --no-owner --no-privileges "$DATABASE_URL" | grep -v '^\\'
  pg_dump --data-only --inserts --no-owner --table=migrations "$DATABASE_URL" | grep -v '^\\'
} >"$out"
node -e 'require("./dist/libs/persistence/dev/throwaway-database.js").dropDatabase(process.env.DATABASE_URL)'
say "wrote $out"
