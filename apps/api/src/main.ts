import 'reflect-metadata';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { AppModule } from './app.module';
import { CONFIG, type Config } from './common/config.provider';
import { ErrorCode } from './common/domain-error';
import { RULE_CODES } from './common/schemas';

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
  const document = withErrorResponses(cleanupOpenApiDoc(SwaggerModule.createDocument(app, doc)));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}

const ERROR_STATUSES: Record<string, string> = {
  '400': 'Bad input: each problem names the field and the rule it breaks',
  '401': 'No valid bearer token',
  '403': 'The caller may not do this',
  '404': 'No such thing',
  '409': 'The action does not fit the state it is in, or a change based on an older version; the reason says which',
  '503': 'A dependency did not answer; nothing was changed, and the request may be sent again',
};

/** The one error shape every route answers with, its rule codes listed, on every operation. */
function withErrorResponses(document: OpenAPIObject): OpenAPIObject {
  const rules = Object.entries(RULE_CODES).map(([code, meaning]) => `\`${code}\`: ${meaning}`);
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message', 'problems'],
            properties: {
              code: { type: 'string', enum: Object.values(ErrorCode) },
              message: { type: 'string' },
              problems: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['field', 'rule', 'message'],
                  properties: {
                    field: { type: 'string', description: 'The field at fault, as a dotted path, or (body) or (row)' },
                    rule: {
                      type: 'string',
                      description:
                        "A stable code: zod's own (invalid_type, too_small, too_big, invalid_value, " +
                        `unrecognized_keys…) or the API's: ${rules.join('; ')}; and the domain's, named where ` +
                        'they apply (valid_contract, known_cost_centre, age_range, period_max, ' +
                        'special_consideration_required, csv_quote, csv_cell_count…)',
                    },
                    message: { type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (typeof operation !== 'object' || operation === null || !('responses' in operation)) continue;
      const responses = (operation as { responses: Record<string, unknown> }).responses;
      for (const [status, description] of Object.entries(ERROR_STATUSES)) {
        responses[status] ??= {
          description,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        };
      }
    }
  }
  return document;
}

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
  const config = app.get<Config>(CONFIG);
  await app.listen(config.API_PORT, config.API_HOST);
  process.stderr.write(`[api] listening on ${await app.getUrl()}\n`);
}

main().catch((err: unknown) => {
  console.error('[api] failed to start:', err);
  process.exit(1);
});
