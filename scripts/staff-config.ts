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
import { isMainModule, runCommand } from './lib/cli.ts';
import { SITE_SETTINGS_FILE, siteRepository } from './lib/site-repository.ts';
import { STAFF_CONFIG_FILE, staffFormConfigText, type SchemaNode } from './lib/cms-config.ts';

/** The configuration text as it should be on disk, from the files under `root`. */
export function staffConfigText(root = '.'): string {
  const { vocabulary } = checkDataFolder(join(root, 'data'));
  if (!vocabulary.themes.length || !vocabulary.municipalities.length) {
    throw new Error("De thema's of gemeenten in data/vocabulary/ konden niet gelezen worden: draai npm run data:check.");
  }
  return staffFormConfigText(providerJsonSchema() as SchemaNode, vocabulary, { name: 'github', repo: siteRepository(root) });
}

/** Writes public/beheer/config.yml when its text changed, and says when the repository is not set yet. */
export function writeStaffConfig(): void {
  const text = staffConfigText();
  if (!existsSync(STAFF_CONFIG_FILE) || readFileSync(STAFF_CONFIG_FILE, 'utf8') !== text) {
    writeFileSync(STAFF_CONFIG_FILE, text);
    console.log(`${STAFF_CONFIG_FILE} bijgewerkt.`);
  }
  if (!siteRepository()) {
    console.log(
      `Let op: ${SITE_SETTINGS_FILE} noemt nog geen GitHub-repository ("repository": "eigenaar/naam"); het formulier op /beheer/ kan zo niet bewaren.`,
    );
  }
}

if (isMainModule(import.meta.url)) runCommand(writeStaffConfig);
