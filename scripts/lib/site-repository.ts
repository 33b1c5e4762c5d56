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
