import type { OpenAPIObject } from '@nestjs/swagger';
import { markingProblems } from './client-data';

// The API's own document is checked by the same rule where it is served: test/access-log-completeness.e2e-spec.ts.

/** A document of one GET, answering with `schema`, marked or not. */
function documentOf(path: string, schema: object, extra: Record<string, unknown> = {}, method = 'get'): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      [path]: {
        [method]: {
          'x-permission': 'arrangement.read',
          ...extra,
          responses: { '200': { description: 'Done', content: { 'application/json': { schema } } } },
        },
      },
    },
    components: {
      schemas: {
        Row: { type: 'object', properties: { who: { $ref: '#/components/schemas/Who' } } },
        Who: {
          type: 'object',
          properties: { clientName: { type: 'string' }, next: { $ref: '#/components/schemas/Row' } },
        },
        Service: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } },
      },
    },
  };
}

describe('the rule for a read of a client’s data', () => {
  it('finds a property that names a client however deep, through references, arrays and cycles', () => {
    const doc = documentOf('/things', { type: 'array', items: { $ref: '#/components/schemas/Row' } });
    expect(markingProblems(doc)).toEqual([
      "GET /things answers with a client's data (its answer has clientName) but is not @ReadsClientData",
    ]);
    expect(markingProblems(documentOf('/things', { $ref: '#/components/schemas/Service' }))).toEqual([]);
  });

  it('counts everything under a client or an arrangement as the client’s, whatever it is called', () => {
    const doc = documentOf('/arrangements/{id}/things', { $ref: '#/components/schemas/Service' });
    expect(markingProblems(doc)).toEqual([
      "GET /arrangements/{id}/things answers with a client's data (under a client's record, /arrangements/{id}) " +
        'but is not @ReadsClientData',
    ]);
  });

  it('is satisfied by the mark, and refuses a mark the completeness test could not call', () => {
    const schema = { $ref: '#/components/schemas/Row' };
    expect(markingProblems(documentOf('/things', schema, { 'x-client-data': 'arrangement' }))).toEqual([]);
    expect(markingProblems(documentOf('/things', schema, { 'x-client-data': 'diary' }))).toEqual([
      'GET /things is marked with diary, which is no record of the access log',
    ]);
    expect(markingProblems(documentOf('/things', schema, { 'x-client-data': 'client' }, 'post'))).toEqual([
      'POST /things is marked, but only reads (GET) are',
    ]);
    expect(
      markingProblems(documentOf('/things', schema, { 'x-client-data': 'client', 'x-permission': undefined })),
    ).toEqual(['GET /things is marked, but declares no permission to call it with']);
  });
});
