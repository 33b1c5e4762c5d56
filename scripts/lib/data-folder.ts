/**
 * Reads the data/ folder: every provider file and the two vocabulary files, with their text kept so
 * messages can name the line. Reading never throws on bad content; the checks report it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseJsonSource, type JsonSource } from './json-source.ts';
import { asObject, type JsonObject } from './loose-json.ts';

export interface ProviderFile {
  /** Path shown to people, relative to the working directory: data/providers/awel.json */
  file: string;
  /** The file name without .json, which must equal the id inside. */
  fileId: string;
  source: JsonSource;
  /** The parsed object, when the JSON could be read and is an object. */
  raw?: JsonObject;
}

export interface DataFolder {
  providers: ProviderFile[];
  /** Files in data/providers that are not .json files. */
  strayFiles: string[];
  themes?: JsonSource;
  municipalities?: JsonSource;
  /** Where the vocabulary files were expected, for messages when they are missing. */
  themesPath: string;
  municipalitiesPath: string;
}

export function readDataFolder(dataDir: string): DataFolder {
  const show = (path: string) => relative(process.cwd(), path) || path;
  const providersDir = join(dataDir, 'providers');
  const names = existsSync(providersDir) ? readdirSync(providersDir).sort() : [];
  const providers: ProviderFile[] = [];
  const strayFiles: string[] = [];
  for (const name of names) {
    const path = join(providersDir, name);
    if (!name.endsWith('.json')) {
      if (!name.startsWith('.')) strayFiles.push(show(path));
      continue;
    }
    const source = parseJsonSource(show(path), readFileSync(path, 'utf8'));
    providers.push({ file: source.file, fileId: name.slice(0, -'.json'.length), source, raw: asObject(source.value) });
  }
  const readOptional = (path: string) => (existsSync(path) ? parseJsonSource(show(path), readFileSync(path, 'utf8')) : undefined);
  const themesPath = join(dataDir, 'vocabulary', 'themes.json');
  const municipalitiesPath = join(dataDir, 'vocabulary', 'municipalities.json');
  return {
    providers,
    strayFiles,
    themes: readOptional(themesPath),
    municipalities: readOptional(municipalitiesPath),
    themesPath: show(themesPath),
    municipalitiesPath: show(municipalitiesPath),
  };
}
