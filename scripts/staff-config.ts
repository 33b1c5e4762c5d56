/**
 * `npm run staff:config`
 * Writes public/beheer/config.yml, the configuration of the staff form on /beheer/, from the schema, the
 * vocabulary in data/vocabulary/ and the repository named in beheer.json. The file is committed; a test
 * fails when it no longer matches (scripts/staff-config.test.ts). Run it by hand after changing the schema,
 * the vocabulary or beheer.json, like `npm run data:schema`: a build that rewrote it would hide the drift
 * from that test.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { providerJsonSchema } from './data-schema.ts';
import { checkDataFolder } from './lib/check-data.ts';
import { isMainModule, runCommand, UsageError } from './lib/cli.ts';
import { STAFF_CONFIG_FILE, STAFF_SETTINGS_FILE, staffFormConfigText, type SchemaNode } from './lib/cms-config.ts';

/** The GitHub repository ("owner/name") the form saves to, from beheer.json; "" while it is not set. */
export function staffFormRepository(root = '.'): string {
  const settings = JSON.parse(readFileSync(join(root, STAFF_SETTINGS_FILE), 'utf8')) as { repository?: unknown };
  const repository = typeof settings.repository === 'string' ? settings.repository.trim() : '';
  if (repository && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new UsageError(
      `${STAFF_SETTINGS_FILE}: "repository" moet de vorm eigenaar/naam hebben, bv. mijn-organisatie/hulp-hub (nu: "${repository}").`,
    );
  }
  return repository;
}

/** The configuration text as it should be on disk, from the files under `root`. */
export function staffConfigText(root = '.'): string {
  const { vocabulary } = checkDataFolder(join(root, 'data'));
  if (!vocabulary.themes.length || !vocabulary.municipalities.length) {
    throw new Error("De thema's of gemeenten in data/vocabulary/ konden niet gelezen worden: draai npm run data:check.");
  }
  return staffFormConfigText(providerJsonSchema() as SchemaNode, vocabulary, { name: 'github', repo: staffFormRepository(root) });
}

/** Writes public/beheer/config.yml when its text changed, and says when the repository is not set yet. */
export function writeStaffConfig(): void {
  const text = staffConfigText();
  if (!existsSync(STAFF_CONFIG_FILE) || readFileSync(STAFF_CONFIG_FILE, 'utf8') !== text) {
    writeFileSync(STAFF_CONFIG_FILE, text);
    console.log(`${STAFF_CONFIG_FILE} bijgewerkt.`);
  }
  if (!staffFormRepository()) {
    console.log(
      `Let op: ${STAFF_SETTINGS_FILE} noemt nog geen GitHub-repository ("repository": "eigenaar/naam"); het formulier op /beheer/ kan zo niet bewaren.`,
    );
  }
}

if (isMainModule(import.meta.url)) runCommand(writeStaffConfig);
