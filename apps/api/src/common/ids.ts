import { createHash, randomUUID } from 'node:crypto';

const NAMESPACE = Buffer.from('6f1c2a9e4b7d4e0f9a3c5b8d7e6f1a2b', 'hex');

/**
 * A name-based UUID (RFC 9562 version 5): the same idempotency key always names the same row,
 * so a repeated request finds what the first one wrote.
 */
export function uuidFromName(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newId(): string {
  return randomUUID();
}
