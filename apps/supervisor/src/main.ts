import { join } from 'node:path';
import { type SupervisorEvent, Supervisor } from './supervisor';
import { type Mode, startTopology } from './topology';

/**
 * `node dist/apps/supervisor/src/main.js dev|cluster`: what `npm start` and `npm run start:cluster` run
 * once the database and the build are ready. Keeps every process running until Ctrl-C.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');

function log(fields: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), name: 'supervisor', ...fields })}\n`);
}

function report(e: SupervisorEvent): void {
  log({ level: e.event === 'exited' ? 'warn' : 'info', ...e });
}

async function main(): Promise<void> {
  const mode = process.argv[2] as Mode;
  if (mode !== 'dev' && mode !== 'cluster') throw new Error('say which: dev or cluster');
  const env = process.env;
  const dataDir = env.DATA_DIR ?? join(ROOT, '.data');
  const supervisor = new Supervisor(report);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    log({ level: 'info', event: 'stopping all' });
    void supervisor.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const temporalPort = Number(new URL(`grpc://${env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233'}`).port);
  const started = await startTopology(supervisor, {
    mode,
    root: ROOT,
    dataDir,
    appEnv: env,
    databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/luvn',
    temporalPort,
    apiPort: Number(env.API_PORT ?? 3000),
    metricsPort: Number(env.METRICS_PORT ?? 9300),
    appLogsToFiles: false,
    temporalCli: env.TEMPORAL_BIN ?? 'temporal',
    temporalUiPort: Number(env.TEMPORAL_UI_PORT ?? 8233),
    cluster: {
      serverBin: env.TEMPORAL_SERVER_BIN ?? 'temporal-server',
      sqlToolBin: env.TEMPORAL_SQL_TOOL_BIN ?? 'temporal-sql-tool',
      schemaDir: env.TEMPORAL_SCHEMA_DIR ?? '',
    },
  }).catch(async (err: unknown) => {
    // Nothing is left running behind a start that failed half way.
    await supervisor.stop();
    throw err;
  });
  if (stopping) return;
  const [api] = started.apiUrls;
  const lines = [
    '',
    `  LUVN service arranging is up (${mode === 'dev' ? 'development server' : 'Temporal cluster on PostgreSQL'}).`,
    `    Web app        ${api}/   (sign in as any demo user from the list)`,
    `    API            ${started.apiUrls.join('  ')}`,
    `    OpenAPI docs   ${api}/docs`,
    `    Health         ${api}/health   (liveness ${api}/health/live, readiness ${api}/health/ready)`,
    `    Metrics        ${Object.entries(started.metricsUrls)
      .map(([name, url]) => `${name} ${url}`)
      .join('\n                   ')}`,
    mode === 'dev'
      ? `    Temporal UI    http://127.0.0.1:${env.TEMPORAL_UI_PORT ?? 8233}`
      : `    Temporal       ${started.temporalAddress} (no Web UI in the cluster: docs/operating.md)`,
    '  Walk the whole process over the API:  npm run tour',
    '  Tokens for the demo users:  npm run token -- --all   (or: npm run token -- aino)',
    '  A process that stops is started again. Ctrl-C stops everything this command started.',
    '',
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
}

main().catch((err: unknown) => {
  log({ level: 'error', event: 'could not start', error: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
