import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../../libs/config/config';
import { AppModule } from './app.module';
import { openApiDocument } from './openapi';

/**
 * Writes the API's OpenAPI document to the path given, without a database or Temporal: the app is made
 * in preview mode (nothing instantiated), which is all the document needs. The web client is generated
 * from this file, so a changed API breaks the web's build rather than a screen.
 */
async function main(out: string | undefined): Promise<void> {
  if (!out) throw new Error('usage: node dist/apps/api/src/openapi-export.js <file>');
  // The public document: the settings' defaults, so never the development API, whatever the environment.
  const warnings: string[] = [];
  const app = await NestFactory.create(AppModule.with(loadConfig({})), {
    preview: true,
    logger: { log() {}, error() {}, warn: (message: unknown) => void warnings.push(String(message)) },
    abortOnError: false,
  });
  // What the document's makers warn of, two schemas under one name above all (the document keeps one of
  // them, and the web's types follow it), fails the export instead of scrolling by. Nest's own warnings
  // as the app is made (preview mode) are not the document's.
  warnings.length = 0;
  const document = openApiDocument(app);
  const made = [...warnings];
  await app.close();
  if (made.length) throw new Error(`the document was made with warnings:\n${made.join('\n')}`);
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
}

main(process.argv[2]).catch((err: unknown) => {
  console.error('[openapi] could not write the document:', err instanceof Error ? err.message : err);
  process.exit(1);
});
