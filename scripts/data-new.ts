/**
 * `npm run data:new -- "Naam van de aanbieder" [--data DIR]`
 * Makes data/providers/<id>.json from the template (scripts/lib/provider-template.ts, the same as in
 * data/README.md), with the id made from the name and the name filled in. Everything else in it is an
 * example: the person fills it in or removes it. Never overwrites a file.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMainModule, readOptions, runCommand, UsageError } from './lib/cli.ts';
import { printable } from './lib/problems.ts';
import { LIMITS } from './lib/provider-schema.ts';
import { idFromName, templateText } from './lib/provider-template.ts';

const USAGE = 'Schrijf zo: npm run data:new -- "Naam van de aanbieder"';

export const NEXT_STEP =
  'Vul het bestand in, haal weg wat je niet weet, en voer npm run data:check uit. Zolang er nog voorbeeldgegevens uit het sjabloon in staan, geeft de controle fouten: dat is de bedoeling.';

function main() {
  const argv = process.argv.slice(2);
  // The name is the one argument that is not an option or an option's value.
  const names = argv.filter((arg, index) => !arg.startsWith('--') && argv[index - 1] !== '--data');
  const options = readOptions(
    { data: 'data' },
    argv.filter((arg) => !names.includes(arg)),
  );
  if (names.length === 0) throw new UsageError(`Geef de naam van de aanbieder. ${USAGE}`);
  if (names.length > 1) throw new UsageError(`Geef één naam, tussen aanhalingstekens. ${USAGE}`);
  const name = names[0].trim();
  if (name === '') throw new UsageError(`De naam is leeg. ${USAGE}`);
  if (Array.from(name).length > LIMITS.name) {
    throw new UsageError(`De naam is ${Array.from(name).length} tekens lang; er passen er ${LIMITS.name}. Kies een kortere naam.`);
  }
  const id = idFromName(name);
  if (!id) throw new UsageError(`Uit "${printable(name)}" kan geen bestandsnaam gemaakt worden: gebruik letters of cijfers.`);

  const providersDir = join(options.data ?? 'data', 'providers');
  if (!existsSync(providersDir) || !statSync(providersDir).isDirectory()) {
    throw new UsageError(`De map ${printable(providersDir)} bestaat niet. Voer het commando uit in de map van Hulp HUB.`);
  }
  const path = join(providersDir, `${id}.json`);
  if (existsSync(path)) {
    throw new UsageError(`${printable(path)} bestaat al. Pas dat bestand aan, of kies een andere naam.`);
  }
  // 'wx': never overwrite, even a file made between the check above and now.
  writeFileSync(path, templateText({ id, name }), { flag: 'wx' });
  console.log(`Nieuw bestand: ${printable(path)}`);
  console.log(NEXT_STEP);
}

if (isMainModule(import.meta.url)) runCommand(main);
