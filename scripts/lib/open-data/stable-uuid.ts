/**
 * Identifiers for the HSDS export that are the same on every run: UUID version 5 (RFC 9562, section 5.5),
 * the SHA-1 of a fixed namespace and a name such as "service/awel". Another directory that imports
 * Hulp HUB's data twice then updates its records instead of making new ones.
 */
import { createHash } from 'node:crypto';

/** Hulp HUB's own namespace, made once at random (3 December 2026). Never change it: every id would change. */
export const HULPHUB_NAMESPACE = '67c5cff6-75dc-4b3b-8d5a-657378129245';

export function stableUuid(name: string, namespace = HULPHUB_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
