/**
 * Imports between the folders of src/ flow one way, from shared pieces to features to pages (the order
 * in the README). A file that imports "upwards" (search/ importing routing/, say) would tie a feature to
 * the page that uses it and, sooner or later, make two folders import each other.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/data-folder.ts';
import { browserSourceFiles } from '../helpers/source-files.ts';

/** Each area may import only from areas before it (and generated/, written by the build). */
const LAYERS = [
  ['generated'],
  ['shared', 'i18n'],
  ['catalogue'],
  ['crisis'],
  ['search'],
  ['routing'],
  ['components', 'layout'],
  ['map'],
  ['pages'],
  // The code each view loads before it shows (its page chunk) and the router that waits for it.
  ['view-code.ts', 'app-router.tsx'],
  ['routes.tsx'],
  ['prerender'],
  ['app.tsx'],
  ['main.tsx'],
];
const SRC = join(REPO_ROOT, 'src');
const layerOf = (area: string) => LAYERS.findIndex((layer) => layer.includes(area));
const areaOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0];

describe('imports between the folders of src/', () => {
  const files = browserSourceFiles(SRC);

  it('knows every folder', () => {
    expect([...new Set(files.map(areaOf))].filter((area) => layerOf(area) === -1)).toEqual([]);
  });

  it('go only from later folders to earlier ones', () => {
    const upwards = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)]
        .map((match) => areaOf(resolve(dirname(file), match[1])))
        .filter((target) => target !== areaOf(file) && layerOf(target) >= layerOf(areaOf(file)))
        .map((target) => `${relative(SRC, file)} imports from ${target}/`),
    );
    expect(upwards).toEqual([]);
  });
});
