import type { Browser } from 'playwright-core';
import { mintTokens } from '../../apps/api/src/auth/tokens';
import { loadConfig } from '../../libs/config/config';
import { type SignInPage, signedIn } from '../pages/sign-in';
import type { Language } from '../pages/web-page';
import { ApiUser, connect, type System } from './api';
import { launchChromium } from './browser';
import { systemEnv } from './env';

/**
 * What a file of browser tests shares: the system, one Chromium for the file, and a script error on a
 * page failing the test that caused it. Call once at the file's top; the file's own set-up runs after.
 */
export function browserTests() {
  const shared = { errors: [] as string[] } as { sys: System; browser: Browser; errors: string[] };
  beforeAll(async () => {
    shared.sys = await connect();
    shared.browser = await launchChromium();
  });
  beforeEach(() => {
    shared.errors = [];
  });
  afterEach(() => expect(shared.errors).toEqual([]));
  afterAll(async () => {
    await shared.browser?.close();
    await shared.sys?.close();
  });
  return {
    get sys(): System {
      return shared.sys;
    },
    get browser(): Browser {
      return shared.browser;
    },
    get errors(): string[] {
      return shared.errors;
    },
    /** Signed in as `name` in a fresh browser context, through the sign-in page; its first page in `language`. */
    signedIn: (name: string, language: Language = 'fi'): Promise<SignInPage> =>
      signedIn(shared.browser, shared.errors, name, language),
  };
}

/**
 * An own worker of a file's own (in the team fsw-espoo), so that the demo workers' caseloads stay as the
 * other files count them; the API as that worker.
 */
export async function ownWorkerOfOwn(
  sys: System,
  worker: { id: string; username: string; name: string },
): Promise<ApiUser> {
  await sys.db.query(
    `insert into app_user (id, username, full_name, role, profession, team_id)
     values ($1, $2, $3, 'own_worker', 'social_worker', 'fsw-espoo')`,
    [worker.id, worker.username, worker.name],
  );
  const config = loadConfig({ ...process.env, DATABASE_URL: systemEnv().databaseUrl });
  const tokens = await mintTokens(sys.db, config, [worker.username]);
  return new ApiUser(systemEnv().apiUrl, tokens.get(worker.username)!);
}
