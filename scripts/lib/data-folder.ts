/**
 * Reads the data/ folder: every provider file and the two vocabulary files, with their text kept so
 * messages can name the line. Reading never throws, whatever is on disk: a folder named like a file, a
 * link, a file too big, in another encoding or unreadable each becomes a problem in plain Dutch, and the
 * checks report everything else.
 */
import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
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

/** Something on disk that could not be read as a data file, with what to do about it. */
export interface FileProblem {
  file: string;
  line: number;
  message: string;
  fix: string;
}

export interface DataFolder {
  providers: ProviderFile[];
  /** Where provider files live, as shown to people: data/providers */
  providersDir: string;
  /** Files in data/providers that are not .json files. */
  strayFiles: string[];
  /** Files and folders that could not be read at all. */
  fileProblems: FileProblem[];
  themes?: JsonSource;
  municipalities?: JsonSource;
  /** Where the vocabulary files were expected, for messages when they are missing. */
  themesPath: string;
  municipalitiesPath: string;
}

/** Far more than a provider (a few KB) or the vocabulary needs, so a too-long text is still named by its field; reading stops before a runaway file. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

const SAVE_AS_UTF8 =
  'open het bestand in de editor van GitHub en typ de letters met accenten (é, ë, ï …) opnieuw, of bewaar het bestand in je editor als "UTF-8".';

export function readDataFolder(dataDir: string): DataFolder {
  // Inside the project: data/providers/awel.json, as staff see it on GitHub. Elsewhere: the full path.
  const show = (path: string) => {
    const shown = relative(process.cwd(), path);
    return shown && !shown.startsWith('..') ? shown : resolve(path);
  };
  const fileProblems: FileProblem[] = [];
  const problem = (path: string, message: string, fix: string, line = 1) => fileProblems.push({ file: show(path), line, message, fix });

  // The data folder itself may be a link (a checkout elsewhere); the files inside may not.
  const dataStats = followedStatOrUndefined(dataDir);
  if (!dataStats?.isDirectory()) {
    problem(
      dataDir,
      dataStats ? `"${show(dataDir)}" is een bestand, geen map met gegevens.` : `De map "${show(dataDir)}" bestaat niet.`,
      'geef de map met gegevens, bv. --data data. Die map bevat providers/ en vocabulary/.',
    );
  }
  const providersDir = join(dataDir, 'providers');
  const providers: ProviderFile[] = [];
  const strayFiles: string[] = [];
  let names: string[] = [];
  if (dataStats?.isDirectory() && followedStatOrUndefined(providersDir)?.isDirectory()) {
    try {
      names = readdirSync(providersDir).sort();
    } catch (error) {
      problem(
        providersDir,
        `De map ${show(providersDir)} kan niet gelezen worden (${systemReason(error)}).`,
        'kijk de rechten van de map na.',
      );
    }
  }
  for (const name of names) {
    if (name.startsWith('.')) continue; // .gitkeep, .DS_Store: not data
    const path = join(providersDir, name);
    if (!name.endsWith('.json')) {
      strayFiles.push(show(path));
      continue;
    }
    const read = readJsonFile(path, show(path), problem);
    if (read) providers.push({ file: read.file, fileId: name.slice(0, -'.json'.length), source: read, raw: asObject(read.value) });
  }

  const themesPath = join(dataDir, 'vocabulary', 'themes.json');
  const municipalitiesPath = join(dataDir, 'vocabulary', 'municipalities.json');
  const readOptional = (path: string) => (statOrUndefined(path) === undefined ? undefined : readJsonFile(path, show(path), problem));
  return {
    providers,
    providersDir: show(providersDir),
    strayFiles,
    fileProblems,
    themes: readOptional(themesPath),
    municipalities: readOptional(municipalitiesPath),
    themesPath: show(themesPath),
    municipalitiesPath: show(municipalitiesPath),
  };
}

type ReportFileProblem = (path: string, message: string, fix: string, line?: number) => void;

/** Reads one JSON file as UTF-8 text, or reports why it cannot be read and returns undefined. */
function readJsonFile(path: string, shown: string, problem: ReportFileProblem): JsonSource | undefined {
  const stats = statOrUndefined(path);
  if (stats?.isSymbolicLink()) {
    problem(
      path,
      `${shown} is een snelkoppeling (symlink), geen gewoon bestand.`,
      'zet de gegevens zelf in het bestand. Een snelkoppeling kan naar een bestand buiten data/ wijzen.',
    );
    return undefined;
  }
  if (stats?.isDirectory()) {
    problem(
      path,
      `${shown} is een map, geen bestand.`,
      'haal de map weg of geef ze een naam zonder .json. Een aanbieder staat in één bestand.',
    );
    return undefined;
  }
  if (!stats?.isFile()) {
    problem(path, `${shown} is geen gewoon bestand.`, 'haal het weg en zet er een gewoon .json-bestand in de plaats.');
    return undefined;
  }
  if (stats.size > MAX_FILE_BYTES) {
    problem(
      path,
      `${shown} is ${Math.round(stats.size / 1024)} KB groot; een gegevensbestand mag hoogstens ${MAX_FILE_BYTES / 1024} KB zijn.`,
      'kijk of er per ongeluk een grote tekst of een ander bestand in geplakt is.',
    );
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    problem(
      path,
      `${shown} kan niet gelezen worden (${systemReason(error)}).`,
      'kijk de rechten van het bestand na, of zet het opnieuw in GitHub.',
    );
    return undefined;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    problem(path, decoded.message, SAVE_AS_UTF8, decoded.line);
    return undefined;
  }
  return parseJsonSource(shown, decoded.text);
}

type Decoded = { ok: true; text: string } | { ok: false; message: string; line: number };

/**
 * UTF-8 text without its byte-order mark (Windows editors add one; it is harmless, so it is accepted).
 * Any other encoding is refused with the line of the first byte that is not UTF-8: decoding it anyway
 * would put "�" on the site.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  // UTF-16 with its mark, or without it: JSON text in UTF-8 never holds a zero byte.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 1024).includes(0)) {
    return { ok: false, line: 1, message: 'Het bestand is bewaard als UTF-16. Hulp HUB leest alleen UTF-8.' };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const bad = firstInvalidUtf8(bytes, start);
  if (bad !== undefined) {
    let line = 1;
    for (let i = start; i < bad; i++) if (bytes[i] === 0x0a) line++;
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      line,
      message: `Op regel ${line} staat een teken dat geen UTF-8 is (byte 0x${hex}). Meestal is dat een letter met een accent uit een bestand dat als "ANSI" of "Latin-1" is bewaard; op de site zou er "�" staan.`,
    };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(start)) };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or undefined. */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number | undefined {
  let i = start;
  while (i < bytes.length) {
    const byte = bytes[i];
    let length: number;
    let min: number;
    if (byte < 0x80) {
      i++;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) [length, min] = [2, 0x80];
    else if (byte >= 0xe0 && byte <= 0xef) [length, min] = [3, 0x800];
    else if (byte >= 0xf0 && byte <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let codePoint = byte & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points beyond Unicode are not UTF-8.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return i;
    i += length;
  }
  return undefined;
}

/** What the path itself is: a link is reported as a link. */
function statOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** What the path leads to, following links. */
function followedStatOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The operating system's reason in words staff can pass on, without a stack trace. */
function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    EACCES: 'geen toegang',
    EPERM: 'geen toegang',
    EISDIR: 'het is een map',
    ENOENT: 'het bestaat niet meer',
    EIO: 'leesfout van de schijf',
  };
  return (code && reasons[code]) ?? code ?? 'onbekende fout';
}
