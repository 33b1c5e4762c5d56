/**
 * The only link protocols Hulp HUB ever puts in an href. The build refuses other links already; this
 * second check at render time means a hand-edited or corrupted catalogue still cannot smuggle in a
 * javascript: or data: link.
 */
const ALLOWED_PROTOCOLS = new Set(['https:', 'tel:', 'mailto:']);

/** Returns the link when its protocol is allowed, otherwise undefined. */
export function safeHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return ALLOWED_PROTOCOLS.has(url.protocol) ? value : undefined;
  } catch {
    return undefined;
  }
}
