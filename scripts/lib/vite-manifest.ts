/**
 * Vite's build manifest (.vite/manifest.json in the built site, `build.manifest` in vite.config.ts): which
 * chunk file holds which source file, and what each chunk imports. The prerender reads it to announce each
 * page's lazy chunks (its language, its page) with <link rel="modulepreload">; `npm run budget`
 * (scripts/bundle-budget.ts) to weigh what a first view downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Keys of chunks this one imports statically: they load with it. */
  imports?: string[];
  /** Keys of chunks this one may import later. */
  dynamicImports?: string[];
  css?: string[];
}

/** Keyed by source path relative to the project ("src/i18n/nl.ts", "index.html") or "_name-hash.js". */
export type ViteManifest = Record<string, ManifestChunk>;

export const MANIFEST_FILE = join('.vite', 'manifest.json');

export function readManifest(siteDir: string): ViteManifest {
  return JSON.parse(readFileSync(join(siteDir, MANIFEST_FILE), 'utf8')) as ViteManifest;
}

/** The key of the page's script (index.html's entry). */
export function entryKey(manifest: ViteManifest): string {
  const key = Object.keys(manifest).find((name) => manifest[name].isEntry && name.endsWith('index.html'));
  if (!key) throw new Error("Vite's manifest has no entry for index.html: was the site built with build.manifest on?");
  return key;
}

/** The chunk and every chunk it imports statically, transitively: what loading it downloads. Keys. */
export function staticClosure(manifest: ViteManifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`Vite's manifest has no chunk "${key}".`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

/**
 * The chunk files a page needs beyond the entry's own, for its lazy sources (view-code.ts's
 * viewChunkSources): each source's chunk with its static imports, less what the entry already loads.
 */
export function pageChunkFiles(manifest: ViteManifest, sources: string[]): string[] {
  const entry = staticClosure(manifest, entryKey(manifest));
  const keys = new Set<string>();
  for (const source of sources) {
    if (!manifest[source]) throw new Error(`Vite's manifest has no chunk for ${source}: is it still imported with import()?`);
    for (const key of staticClosure(manifest, source)) if (!entry.has(key)) keys.add(key);
  }
  return [...keys].map((key) => manifest[key].file);
}
