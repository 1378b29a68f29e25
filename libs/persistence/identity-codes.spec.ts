import { DEVELOPMENT_IDENTITY_SECRET, identityHash } from './identity-codes';

describe('identity codes, kept as keyed hashes', () => {
  it('keeps no trace of the code, and the same code with the same key is the same person', () => {
    const hash = identityHash('010180-900A', 'a-key-of-the-county-of-32-characters');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('010180');
    expect(identityHash(' 010180-900a ', 'a-key-of-the-county-of-32-characters')).toBe(hash);
  });

  it('gives another key another hash: a copy of the table without the key names no one', () => {
    expect(identityHash('010180-900A', 'another-key-of-the-county-32-chars')).not.toBe(
      identityHash('010180-900A', 'a-key-of-the-county-of-32-characters'),
    );
    expect(identityHash('010180-900A', undefined)).toBe(identityHash('010180-900A', DEVELOPMENT_IDENTITY_SECRET));
  });
});
