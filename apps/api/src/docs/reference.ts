import { format, resolveConfig } from 'prettier';
import { CONFIG_KEYS, loadConfig } from '../../../../libs/config/config';
import { SETTINGS } from '../../../../libs/config/settings';
import { ROLES } from '../../../../libs/contracts';
import { en } from '../../../web/src/common/locales/en';
import { fi } from '../../../web/src/common/locales/fi';
import { sv } from '../../../web/src/common/locales/sv';
import { type Permission, PERMISSIONS, permits } from '../access/permissions';
import type { RouteAccess } from '../access/routes';
import { ERRORS } from '../common/domain-error';
import { RULE_CODES, ZOD_RULE_CODES } from '../common/schemas';

/**
 * The reference pages of docs/reference/, written from the code that decides: the role table, the
 * routes' own declarations, the error and rule registries and the web's texts. `npm run docs` writes
 * them; a system test fails when a page differs from what the code says now.
 */
export interface RouteTables {
  /** The routes of the API as it runs in production. */
  api: RouteAccess[];
  /** The routes the development API (DEV_API=on) adds. */
  dev: RouteAccess[];
}

const GENERATED = (from: string) =>
  `<!-- Written by \`npm run docs\` from ${from}. Do not edit: change the code and run it again. -->`;

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const code = (text: string) => `\`${text}\``;
const route = (r: RouteAccess) => code(`${r.method} ${r.path}`);

/** Routes that declare not exactly one of a permission, why they are public, or the family's view. */
export function undeclaredRoutes(routes: RouteAccess[]): RouteAccess[] {
  return routes.filter((r) => [r.permission, r.public, r.family].filter((x) => x !== null).length !== 1);
}

export function permissionsPage({ api, dev }: RouteTables): string {
  const roles = [...ROLES];
  const byPermission = (routes: RouteAccess[], p: Permission) =>
    routes
      .filter((r) => r.permission === p)
      .map(route)
      .join(', ');
  return [
    GENERATED("apps/api/src/access/permissions.ts and each route's `@Can` or `@Public`"),
    '# Roles and permissions',
    'Who may do what is one table in the code (`apps/api/src/access/permissions.ts`). Every route declares ' +
      'either the permission it needs (`@Can`, and `x-permission` in the OpenAPI document) or why it serves ' +
      'anyone (`@Public`, and `x-public`); the guard lets through the roles that have the permission. A route ' +
      'that declares neither serves no one, and the generation of this page fails on it. Which records ' +
      'within a permission a person may touch (their own clients, their team’s queue, their own orders) is ' +
      'decided where the records are read.',
    '## What each role may do',
    table(
      ['permission', 'what it allows', ...roles],
      (Object.entries(PERMISSIONS) as [Permission, string][]).map(([p, what]) => [
        code(p),
        what,
        ...roles.map((role) => (permits(role, p) ? '✓' : '')),
      ]),
    ),
    '## Public routes',
    'These answer without a token or a session. None of them reads or changes client data.',
    table(
      ['route', 'why it is public'],
      api.filter((r) => r.public).map((r) => [route(r), r.public!]),
    ),
    'The OpenAPI document (`/docs`, `/docs/openapi.json`) and the web app’s files are served outside the ' +
      'API’s routes and are public too: they hold no data.',
    '## The family’s routes',
    'These serve only a family’s session: a person signed in to the family’s view (`/family`) through the ' +
      'county’s identification broker (in development, its list). A worker’s session or a bearer token is ' +
      'refused on them (401), and a family’s session on every other route. See docs/security.md.',
    table(
      ['route', 'whom the person reaches'],
      api.filter((r) => r.family).map((r) => [route(r), r.family!]),
    ),
    '## The routes of each permission',
    table(
      ['permission', 'routes'],
      (Object.keys(PERMISSIONS) as Permission[]).map((p) => [code(p), byPermission(api, p) || '(none)']),
    ),
    '## The development API',
    'With `DEV_API=on` (never in production) these routes are added, each with a permission of the table:',
    table(
      ['route', 'permission'],
      dev.map((r) => [route(r), r.permission ? code(r.permission) : `public: ${r.public}`]),
    ),
  ].join('\n\n');
}

export function errorsPage(): string {
  return [
    GENERATED('`ERRORS` in apps/api/src/common/domain-error.ts'),
    '# Error codes',
    'Every error has one shape, `{"error": {"code", "message", "problems": [{"field", "rule", "message"}]}}`, ' +
      'with the HTTP status its code has. A problem names the field at fault and the rule it breaks ' +
      '([rules.md](rules.md)). These are all the codes the API answers with:',
    table(
      ['status', 'code', 'when', 'may the client send it again?'],
      Object.entries(ERRORS)
        .sort(([, a], [, b]) => a.status - b.status)
        .map(([c, e]) => [String(e.status), code(c), e.when, e.again]),
    ),
  ].join('\n\n');
}

export function rulesPage(): string {
  const texts = (c: string) => [en, fi, sv].map((locale) => (locale.rules as Record<string, string>)[c] ?? '(no text)');
  return [
    GENERATED('`RULE_CODES` and `ZOD_RULE_CODES` in libs/contracts/rules.ts and the web app’s locales'),
    '# Rule codes',
    'A refused request names, for each problem, the field and a stable rule code in `problems[].rule`. The ' +
      'codes are one registry (`libs/contracts/rules.ts`); the types let a refusal name no other. The web ' +
      'app shows each code’s text in the user’s language.',
    '## The API’s rules',
    table(
      ['rule', 'what it asks', 'English', 'suomi', 'svenska'],
      Object.entries(RULE_CODES).map(([c, meaning]) => [code(c), meaning, ...texts(c)]),
    ),
    '## zod’s own codes',
    'Where no rule of the API applies, a problem keeps the code of the schema library (zod):',
    table(
      ['rule', 'what it asks', 'English', 'suomi', 'svenska'],
      Object.entries(ZOD_RULE_CODES).map(([c, meaning]) => [code(c), meaning, ...texts(c)]),
    ),
  ].join('\n\n');
}

export function configurationPage(): string {
  const defaults = loadConfig({});
  // The defaults are strings and numbers, or unset (TRUST_PROXY's unset is `false`).
  const shown = (value: string | number | boolean | string[] | undefined) =>
    value === undefined || value === false ? 'unset' : code(Array.isArray(value) ? value.join(',') : String(value));
  return [
    GENERATED('the schema in libs/config/config.ts and the meanings in libs/config/settings.ts'),
    '# Configuration',
    'Every setting of the API and the worker is an environment variable, read once, at boot, in ' +
      '`libs/config/config.ts` (the logger reads `LOG_LEVEL` and `PROCESS_NAME` as it loads); a value out of its ' +
      'bounds stops the process with the setting named. A setting given as empty is unset.',
    'The commands read a few of their own: `npm start`’s supervisor `DATA_DIR` (`.data`), `TEMPORAL_BIN`, ' +
      '`TEMPORAL_UI_PORT`, `TEMPORAL_SERVER_BIN`, `TEMPORAL_SQL_TOOL_BIN` and `TEMPORAL_SCHEMA_DIR` (found or built ' +
      'by the command when unset), and gives each process its `METRICS_PORT` (9300 for the first API, 9310 for the ' +
      'first worker); `npm test` and `npm run bench` take the database they recreate from `TEST_DATABASE_URL` ' +
      '(`…/luvn_test`) and `BENCH_DATABASE_URL` (`…/luvn_bench`).',
    table(
      ['variable', 'default', 'meaning'],
      CONFIG_KEYS.map((key) => {
        const setting = SETTINGS[key];
        return typeof setting === 'string'
          ? [code(key), shown(defaults[key]), setting]
          : [code(key), setting.shown, setting.meaning];
      }),
    ),
  ].join('\n\n');
}

/** Every page by its path under the repository, formatted as the repository's Prettier settings have it. */
export async function referencePages(routes: RouteTables, root: string): Promise<Record<string, string>> {
  const undeclared = undeclaredRoutes([...routes.api, ...routes.dev]);
  if (undeclared.length) {
    throw new Error(
      `these routes declare neither a permission (@Can) nor why they are public (@Public): ${undeclared
        .map((r) => `${r.method} ${r.path}`)
        .join(', ')}`,
    );
  }
  const pages: Record<string, string> = {
    'docs/reference/permissions.md': permissionsPage(routes),
    'docs/reference/errors.md': errorsPage(),
    'docs/reference/rules.md': rulesPage(),
    'docs/reference/configuration.md': configurationPage(),
  };
  const formatted: Record<string, string> = {};
  for (const [path, text] of Object.entries(pages)) {
    const options = (await resolveConfig(`${root}/${path}`)) ?? {};
    formatted[path] = await format(`${text}\n`, { ...options, proseWrap: 'always', filepath: `${root}/${path}` });
  }
  return formatted;
}
