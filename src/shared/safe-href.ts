/**
 * The only links Hulp HUB ever puts in an href. The build refuses other links already; this second
 * check at render time means a hand-edited or corrupted catalogue still cannot smuggle one in:
 * - https: web pages;
 * - tel: digits only, so a number cannot carry anything else;
 * - mailto: one plain address, no "?" headers, so a link cannot add a hidden recipient (bcc) or text.
 * javascript:, data: and every other scheme are dropped.
 */
const TEL = /^tel:\+?\d{3,15}$/;
/** A plain e-mail address: letters, digits and . _ + - before the @, a domain after it. The build uses it too. */
export const PLAIN_EMAIL_ADDRESS =
  /^[a-z0-9](?:[a-z0-9._+-]*[a-z0-9])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i;

/** Returns the link when it is allowed, otherwise undefined. */
export function safeHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^tel:/i.test(value)) return TEL.test(value) ? value : undefined;
  if (/^mailto:/i.test(value)) return PLAIN_EMAIL_ADDRESS.test(value.slice('mailto:'.length)) ? value : undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}
