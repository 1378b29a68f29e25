import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { ErrorCode } from './common/domain-error';
import { RULE_CODES, ZOD_RULE_CODES } from './common/schemas';

/** The API's OpenAPI document, as served at /docs/openapi.json and exported for the web client's build. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
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
  return withErrorResponses(cleanupOpenApiDoc(SwaggerModule.createDocument(app, doc)));
}

export function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, openApiDocument(app), { jsonDocumentUrl: 'docs/openapi.json' });
}

const ERROR_STATUSES: Record<string, string> = {
  '400': 'Bad input: each problem names the field and the rule it breaks',
  '401': 'No valid bearer token',
  '403': 'The caller may not do this',
  '404': 'No such thing',
  '409': 'The action does not fit the state it is in, or a change based on an older version; the reason says which',
  '500': 'An error the API did not foresee; nothing more was done',
  '503': 'A dependency did not answer; nothing was changed, and the request may be sent again',
};

/** The one error shape every route answers with, its rule codes listed, on every operation. */
function withErrorResponses(document: OpenAPIObject): OpenAPIObject {
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
                      enum: [...Object.keys(ZOD_RULE_CODES), ...Object.keys(RULE_CODES)],
                      description:
                        "A stable code: zod's own or the API's, each listed with its meaning in " +
                        'docs/reference/rules.md',
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
