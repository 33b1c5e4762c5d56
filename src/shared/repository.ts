/**
 * The GitHub repository that holds the catalogue, as "owner/name". It is set at build time with
 * VITE_REPOSITORY; the publish workflow sets it from GitHub's own GITHUB_REPOSITORY, so a fork that
 * publishes its own copy links to its own repository. Not set (a local build): no link to GitHub is
 * shown, and corrections go by e-mail only — we never guess a repository.
 */
const REPOSITORY_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** "owner/name" when `raw` is one, otherwise undefined. */
export function parseRepository(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  return value && REPOSITORY_PATTERN.test(value) && !value.endsWith('/.') && !value.endsWith('/..') ? value : undefined;
}

export const REPOSITORY: string | undefined = parseRepository(import.meta.env?.VITE_REPOSITORY);
