import { ApiExtension, type OpenAPIObject } from '@nestjs/swagger';
import { ACCESS_RECORDS, type AccessRecord } from './access-log.service';

/** The OpenAPI extension that marks a read of a client's data, naming the record its access-log rows name. */
export const CLIENT_DATA = 'x-client-data';

/**
 * The route answers with a client's data: before the answer leaves, it writes an access-log row naming
 * `record` for each client it shows (`AccessLogService.record` or `listed`). Named in the OpenAPI document
 * as `x-client-data`; the completeness test calls every route so named and looks for the rows, and
 * `markingProblems` finds a route that answers with a client's data without the mark.
 */
export const ReadsClientData = (record: AccessRecord) => ApiExtension(CLIENT_DATA, record);

/**
 * The rule for "a client's data", read from the OpenAPI document. A GET answers with a client's data when
 *
 * - its path lies under one client's record (a client, or an arrangement, which is always one client's):
 *   everything beneath them is about that client, whatever the answer's fields are called; or
 * - its answer (its schemas followed through `$ref`s, arrays and compositions) has a property that
 *   identifies or describes a client: the client or their id or name, a person's name, date of birth, age,
 *   address or contact, or the texts written about them (a proposal's justification and goals, the grounds
 *   of a request for rectification).
 */
export const CLIENT_RECORD_PATHS: readonly RegExp[] = [/^\/clients\/\{[^}]+\}/, /^\/arrangements\/\{[^}]+\}/];
export const CLIENT_PROPERTIES: readonly string[] = [
  'client',
  'clientId',
  'clientName',
  'fullName',
  'dateOfBirth',
  'age',
  'address',
  'contactName',
  'contactPhone',
  'justification',
  'goals',
  'grounds',
];

export interface DocumentedRead {
  method: string;
  path: string;
  /** The record the route's access-log rows name, when it is marked. */
  marked: AccessRecord | undefined;
  permission: string | undefined;
  /** Whom a route of the family's view reaches (`x-family`): it is called with a family's session. */
  family: string | undefined;
  /** Why the rule counts it as a read of a client's data; empty when it does not. */
  because: string[];
}

type Schema = Record<string, unknown>;
type Operation = { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> } & Record<
  string,
  unknown
>;

/** Every operation of the document with its mark and what the rule says of it. */
export function documentedOperations(document: OpenAPIObject): DocumentedRead[] {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, unknown>)
      .filter(([method, op]) => HTTP_METHODS.has(method) && typeof op === 'object' && op !== null)
      .map(([method, op]) => {
        const operation = op as Operation;
        return {
          method: method.toUpperCase(),
          path,
          marked: operation[CLIENT_DATA] as AccessRecord | undefined,
          permission: operation['x-permission'] as string | undefined,
          family: operation['x-family'] as string | undefined,
          because: method === 'get' ? clientDataIn(path, operation, schemas) : [],
        };
      }),
  );
}

/**
 * What is wrong with the marking: a read of a client's data by the rule that is not marked, and a mark on
 * something the completeness test could not call as a documented read (not a GET, no permission, no
 * answer documented, or a record the access log does not know). Empty when the marking is honest.
 */
export function markingProblems(document: OpenAPIObject): string[] {
  const problems: string[] = [];
  for (const op of documentedOperations(document)) {
    const route = `${op.method} ${op.path}`;
    if (op.because.length > 0 && !op.marked) {
      problems.push(`${route} answers with a client's data (${op.because.join('; ')}) but is not @ReadsClientData`);
    }
    if (op.marked === undefined) continue;
    if (!(ACCESS_RECORDS as readonly string[]).includes(op.marked)) {
      problems.push(`${route} is marked with ${String(op.marked)}, which is no record of the access log`);
    }
    if (op.method !== 'GET') problems.push(`${route} is marked, but only reads (GET) are`);
    if (!op.permission && !op.family) problems.push(`${route} is marked, but declares no permission to call it with`);
    const responses = (document.paths[op.path] as Record<string, Operation>)[op.method.toLowerCase()]?.responses;
    if (!responses?.['200']?.content) problems.push(`${route} is marked, but documents no answer (200)`);
  }
  return problems;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

function clientDataIn(path: string, operation: Operation, schemas: Record<string, Schema>): string[] {
  const because: string[] = [];
  const under = CLIENT_RECORD_PATHS.find((p) => p.test(path));
  if (under) because.push(`under a client's record, ${path.match(under)![0]}`);
  const found = new Set<string>();
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (!status.startsWith('2')) continue;
    for (const media of Object.values(response.content ?? {})) propertiesOf(media.schema, schemas, new Set(), found);
  }
  const named = CLIENT_PROPERTIES.filter((p) => found.has(p));
  if (named.length > 0) because.push(`its answer has ${named.join(', ')}`);
  return because;
}

/** Every property name reachable from a schema. */
function propertiesOf(
  schema: Schema | undefined,
  schemas: Record<string, Schema>,
  seen: Set<string>,
  found: Set<string>,
): void {
  if (!schema || typeof schema !== 'object') return;
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return;
    seen.add(name);
    propertiesOf(schemas[name], schemas, seen, found);
    return;
  }
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    found.add(name);
    propertiesOf(property, schemas, seen, found);
  }
  for (const key of ['items', 'additionalProperties', 'not'] as const) {
    propertiesOf(schema[key] as Schema | undefined, schemas, seen, found);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    for (const part of (schema[key] as Schema[] | undefined) ?? []) propertiesOf(part, schemas, seen, found);
  }
}
