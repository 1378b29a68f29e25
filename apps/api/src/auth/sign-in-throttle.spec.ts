import { accountOf, addressOf, MAX_SLOW_DOWN_MS, slowDownMs, throttleKey } from './sign-in-throttle';

describe('the sign-in throttle', () => {
  it('counts an address however it is written, and an IPv6 client by its /64', () => {
    expect(addressOf('203.0.113.7')).toBe('203.0.113.7');
    expect(addressOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressOf('::FFFF:203.0.113.7')).toBe('203.0.113.7');
    expect(addressOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressOf('2001:0DB8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressOf('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressOf('::1')).toBe('0:0:0:0::/64');
    expect(addressOf('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64');
    expect(addressOf(undefined)).toBe('unknown');
    expect(addressOf('')).toBe('unknown');
  });

  it('counts an account however its username is typed', () => {
    expect(accountOf(' Aino ')).toBe('aino');
    expect(accountOf('AINO')).toBe(accountOf('aino'));
    // The same letter composed or as a base letter and a combining mark.
    expect(accountOf('Jaana-M\u00e4ki')).toBe(accountOf('jaana-ma\u0308ki'));
  });

  it('keys what it counts with a keyed hash, never the address or username itself', () => {
    const secret = 'a-secret-of-the-tests-32-characters-long';
    const key = throttleKey(secret, 'account', 'aino');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain('aino');
    expect(throttleKey(secret, 'account', 'aino')).toBe(key);
    expect(throttleKey(`${secret}!`, 'account', 'aino')).not.toBe(key);
    // An address and a username that read alike are different keys.
    expect(throttleKey(secret, 'address', 'aino')).not.toBe(key);
  });

  it('answers the first failures at once, then slower with each, up to a bound', () => {
    const settings = { SIGN_IN_SLOW_AFTER_FAILURES: 3, SIGN_IN_SLOW_DOWN_MS: 500 };
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => slowDownMs(n, settings))).toEqual([0, 0, 0, 0, 500, 1_000, 1_500]);
    expect(slowDownMs(1_000, settings)).toBe(MAX_SLOW_DOWN_MS);
    expect(slowDownMs(10, { ...settings, SIGN_IN_SLOW_DOWN_MS: 0 })).toBe(0);
    expect(slowDownMs(1, { ...settings, SIGN_IN_SLOW_AFTER_FAILURES: 0 })).toBe(500);
  });
});
