import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

/**
 * The reference pages (docs/reference/) are written from the code by `npm run docs`; this fails when a
 * page is no longer what the code says, naming it, so that the pages cannot drift. The generator also
 * fails on a route that declares neither a permission nor why it is public.
 */
it('finds every reference page as the code writes it now', async () => {
  const run = promisify(execFile)(process.execPath, ['dist/apps/api/src/docs/generate-reference.js', '--check']);
  await expect(run).resolves.toMatchObject({ stdout: '[docs] the reference pages are up to date\n' });
});

it('lists the public routes and every error code the API answers', () => {
  const permissions = readFileSync('docs/reference/permissions.md', 'utf8');
  for (const route of ['GET /health/ready', 'GET /health/live', 'POST /sign-in', 'GET /auth/oidc/callback']) {
    expect(permissions).toContain(`\`${route}\``);
  }
  const errors = readFileSync('docs/reference/errors.md', 'utf8');
  for (const code of ['unsupported_media_type', 'too_many_requests', 'internal'])
    expect(errors).toContain(`\`${code}\``);
  expect(readFileSync('docs/reference/rules.md', 'utf8')).toContain('`required_column`');
});
