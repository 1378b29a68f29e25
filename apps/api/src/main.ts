import 'reflect-metadata';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { AppModule } from './app.module';
import { CONFIG, type Config } from './common/config.provider';

export function setUpOpenApi(app: INestApplication): void {
  const doc = new DocumentBuilder()
    .setTitle('LUVN service arranging API')
    .setDescription(
      'Arranging services for children and families in West Uusimaa: the service catalogue, proposals, the ' +
        'arranging queue, decisions, payment commitments, the running service and its end, feedback, and the ' +
        'supervision of suppliers. Commands accept an Idempotency-Key header.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, cleanupOpenApiDoc(SwaggerModule.createDocument(app, doc)), {
    jsonDocumentUrl: 'docs/openapi.json',
  });
}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ['error', 'warn'] });
  // Survey exports arrive as the CSV file the survey tool wrote.
  app.useBodyParser('text', { type: 'text/csv', limit: '10mb' });
  app.enableShutdownHooks();
  setUpOpenApi(app);
  const config = app.get<Config>(CONFIG);
  await app.listen(config.API_PORT, config.API_HOST);
  process.stderr.write(`[api] listening on ${await app.getUrl()}\n`);
}

main().catch((err: unknown) => {
  console.error('[api] failed to start:', err);
  process.exit(1);
});
