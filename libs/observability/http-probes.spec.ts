import { readiness } from './http-probes';

describe('readiness', () => {
  it('is ok and 200 when every dependency answers', async () => {
    expect(await readiness({ database: () => Promise.resolve(), temporal: () => Promise.resolve() })).toEqual({
      httpStatus: 200,
      body: { status: 'ok', database: { ok: true }, temporal: { ok: true } },
    });
  });

  it('is degraded and 503, naming the dependency that does not answer', async () => {
    const away = () => Promise.reject(new Error('connection refused'));
    expect(await readiness({ database: away, temporal: () => Promise.resolve() })).toEqual({
      httpStatus: 503,
      body: { status: 'degraded', database: { ok: false, reason: 'not answering' }, temporal: { ok: true } },
    });
  });
});
