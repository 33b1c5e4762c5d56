/**
 * The one setting an organisation makes: which GitHub repository holds its catalogue, in beheer.json
 * (`{ "repository": "eigenaar/naam" }`). The staff form saves there (public/beheer/config.yml, written by
 * `npm run staff:config`), and "Klopt er iets niet?" on provider pages opens its issue form (the build
 * hands it to the app as VITE_REPOSITORY, see vite.config.ts). Empty while not set: the form cannot save
 * and the pages offer e-mail only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRepository } from '../../src/shared/repository.ts';
import { UsageError } from './cli.ts';

export const SITE_SETTINGS_FILE = 'beheer.json';

/** "owner/name" from beheer.json under `root`, or "" while it is not set; a malformed value stops with how to write it. */
export function siteRepository(root = '.'): string {
  const settings = JSON.parse(readFileSync(join(root, SITE_SETTINGS_FILE), 'utf8')) as { repository?: unknown };
  const written = typeof settings.repository === 'string' ? settings.repository.trim() : '';
  if (written === '') return '';
  const repository = parseRepository(written);
  if (!repository) {
    throw new UsageError(
      `${SITE_SETTINGS_FILE}: "repository" moet de vorm eigenaar/naam hebben, bv. mijn-organisatie/hulp-hub (nu: "${written}").`,
    );
  }
  return repository;
}

/** Where a local build links to when no address is set: `npm run preview`. */
export const LOCAL_SITE_URL = 'http://localhost:4173';

/**
 * The address the site is published at, for canonical links, link previews and the sitemap: SITE_URL
 * (the publish workflow passes the one GitHub Pages reports), else beheer.json's "siteUrl", else the
 * local preview address (a build for publishing then says so). https only, at the root of a domain.
 */
export function siteUrl(root = '.', env = process.env.SITE_URL): { url: string; configured: boolean } {
  const settings = JSON.parse(readFileSync(join(root, SITE_SETTINGS_FILE), 'utf8')) as { siteUrl?: unknown };
  const written = (env ?? '').trim() || (typeof settings.siteUrl === 'string' ? settings.siteUrl.trim() : '');
  if (written === '') return { url: LOCAL_SITE_URL, configured: false };
  let url: URL | undefined;
  try {
    url = new URL(written);
  } catch {
    url = undefined;
  }
  const local = url?.hostname === 'localhost' || url?.hostname === '127.0.0.1';
  // GitHub Pages reports http:// for a custom domain until "Enforce HTTPS" is on; the site is served over https.
  if (url && url.protocol === 'http:' && !local) url.protocol = 'https:';
  if (
    !url ||
    (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) ||
    url.pathname.replace(/\/$/, '') !== '' ||
    url.search ||
    url.hash
  ) {
    throw new UsageError(
      `Het adres van de site moet https://<domein> zijn, zonder pad (nu: "${written}", uit ${env?.trim() ? 'SITE_URL' : `${SITE_SETTINGS_FILE} "siteUrl"`}). ` +
        '(The site address must be https://<domain>, without a path.)',
    );
  }
  return { url: url.origin, configured: true };
}
