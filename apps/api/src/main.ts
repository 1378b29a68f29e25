import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../../libs/config/config';
import { processRegistry, serveOperatorPort } from '../../../libs/observability/http-probes';
import { describeError, loggerFor } from '../../../libs/observability/logger';
import { AppModule } from './app.module';
import { bindAsyncResourcesWithoutAccessor } from './common/async-resource-bind';
import { CONFIG, type Config } from './common/config.provider';
import { JsonLogger, requestContext } from './common/request-context';
import { TemporalClient } from './common/temporal.module';
import { apiProbes } from './health/health.controller';
import { setUpOpenApi } from './openapi';
import { securityHeaders } from './security-headers';
import { serveWebApp } from './web-app';

/** Room for the longest proposal (four texts of 10 000 characters) many times over. */
export const JSON_BODY_LIMIT = '1mb';
export const CSV_BODY_LIMIT = '10mb';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const log = loggerFor('api');

function requireUtf8(_req: unknown, _res: unknown, body: Buffer): void {
  try {
    utf8.decode(body);
  } catch {
    throw Object.assign(new Error('the body is not valid UTF-8'), { type: 'encoding.invalid', status: 400 });
  }
}

async function main(): Promise<void> {
  bindAsyncResourcesWithoutAccessor();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.with(loadConfig()), {
    logger: new JsonLogger(),
    bodyParser: false,
  });
  const registry = processRegistry();
  // First, so that the body parsers and everything after run with the request's id.
  app.use(requestContext(registry));
  // Before the body parsers, so that their refusals (a broken body, one too large) carry the headers too.
  securityHeaders(app);
  // Bodies are UTF-8, checked byte for byte: an invalid sequence would otherwise be stored as U+FFFD.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT, verify: requireUtf8 });
  // Survey exports arrive as the CSV file the survey tool wrote.
  app.useBodyParser('text', { type: 'text/csv', limit: CSV_BODY_LIMIT, verify: requireUtf8 });
  const config = app.get<Config>(CONFIG);
  // A supervision case's files arrive as the PDF itself (checked by its bytes before it is kept).
  app.useBodyParser('raw', { type: 'application/pdf', limit: config.ATTACHMENT_MAX_BYTES });
  app.enableShutdownHooks();
  // The client's address (req.ip, which sign-in throttling counts by): the connection's, or the one the
  // trusted proxies name in X-Forwarded-For (TRUST_PROXY).
  app.set('trust proxy', config.TRUST_PROXY);
  setUpOpenApi(app);
  const web = serveWebApp(app);
  await app.listen(config.API_PORT, config.API_HOST);
  if (config.METRICS_PORT) {
    const probes = apiProbes(app.get(DataSource), app.get(TemporalClient));
    await serveOperatorPort(config.METRICS_PORT, config.METRICS_HOST, registry, probes);
  }
  const url = await app.getUrl();
  log.info({ url, webApp: web, metricsPort: config.METRICS_PORT || undefined }, 'listening');
}

main().catch((err: unknown) => {
  log.error(describeError(err), 'failed to start');
  process.exit(1);
});
