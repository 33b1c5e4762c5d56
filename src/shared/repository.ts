/**
 * The GitHub repository that holds the catalogue, as "owner/name": beheer.json's setting, handed over by
 * the build as VITE_REPOSITORY (vite.config.ts; scripts/lib/site-repository.ts reads the file). Not set:
 * no link to GitHub is shown, and corrections go by e-mail only — we never guess a repository.
 */
const REPOSITORY_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** "owner/name" when `raw` is one, otherwise undefined. */
export function parseRepository(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  return value && REPOSITORY_PATTERN.test(value) && !value.endsWith('/.') && !value.endsWith('/..') ? value : undefined;
}

export const REPOSITORY: string | undefined = parseRepository(import.meta.env?.VITE_REPOSITORY);
