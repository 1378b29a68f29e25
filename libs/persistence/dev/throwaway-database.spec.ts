import { dropDatabase } from './throwaway-database';

describe('dropping a database', () => {
  it('refuses any database that is not a test or benchmark one, before connecting anywhere', async () => {
    // Port 9 answers nothing: a refusal that tried to connect would fail with a connection error instead.
    for (const name of ['luvn', 'luvn_production', 'postgres', 'luvn_test_copy']) {
      await expect(dropDatabase(`postgres://postgres@127.0.0.1:9/${name}`)).rejects.toThrow(
        `refusing to drop database "${name}"`,
      );
    }
  });
});
