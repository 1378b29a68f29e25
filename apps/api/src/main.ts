import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { CONFIG, type Config } from './common/config.provider';
import { setUpOpenApi } from './openapi';
import { serveWebApp } from './web-app';

/** Room for the longest proposal (four texts of 10 000 characters) many times over. */
export const JSON_BODY_LIMIT = '1mb';
export const CSV_BODY_LIMIT = '10mb';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function requireUtf8(_req: unknown, _res: unknown, body: Buffer): void {
  try {
    utf8.decode(body);
  } catch {
    throw Object.assign(new Error('the body is not valid UTF-8'), { type: 'encoding.invalid', status: 400 });
  }
}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ['error', 'warn'] });
  // Bodies are UTF-8, checked byte for byte: an invalid sequence would otherwise be stored as U+FFFD.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT, verify: requireUtf8 });
  // Survey exports arrive as the CSV file the survey tool wrote.
  app.useBodyParser('text', { type: 'text/csv', limit: CSV_BODY_LIMIT, verify: requireUtf8 });
  app.enableShutdownHooks();
  setUpOpenApi(app);
  const web = serveWebApp(app);
  const config = app.get<Config>(CONFIG);
  await app.listen(config.API_PORT, config.API_HOST);
  const url = await app.getUrl();
  process.stderr.write(`[api] listening on ${url}${web ? `; the web app at ${url}/` : ''}\n`);
}

main().catch((err: unknown) => {
  console.error('[api] failed to start:', err);
  process.exit(1);
});
