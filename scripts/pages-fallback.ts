/**
 * `npm run build:pages` runs `npm run build` and then this: a copy of dist/index.html as dist/404.html.
 * A static host without rewrites (GitHub Pages) answers a path it has no file for, such as
 * /aanbieder/awel, with 404.html; as a copy of the app, it shows the right page (with the crisis lane
 * in its HTML) for every URL of the site.
 *
 * The site must be served at the root of its domain (a custom domain, or the <owner>.github.io
 * repository): its links, its router and the static shell in index.html all start at "/". The publish
 * workflow passes the path GitHub Pages serves the site under (PAGES_BASE_PATH, from
 * actions/configure-pages); anything other than the root stops the publication here, before a broken
 * site goes live, with what to do.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMainModule, readOptions, runCommand, UsageError } from './lib/cli.ts';

/** Why the site cannot be published under this base path, or undefined when it can (the root). */
export function basePathProblem(basePath: string | undefined): string | undefined {
  if (basePath === undefined || basePath === '' || basePath === '/') return undefined;
  return (
    `GitHub Pages zet de site onder "${basePath}/", maar Hulp HUB werkt alleen aan het begin van een domein. ` +
    'Kies in GitHub bij Settings → Pages een eigen domein (Custom domain, bv. hulphub.be), of zet de site in een repository met de naam <eigenaar>.github.io. ' +
    `(GitHub Pages serves this site under "${basePath}/"; Hulp HUB only works at the root of a domain: set a custom domain or use the <owner>.github.io repository. See README, "Publishing".)`
  );
}

function main() {
  const dist = readOptions({ dist: 'dist' }).dist ?? 'dist';
  const problem = basePathProblem(process.env.PAGES_BASE_PATH);
  if (problem) throw new UsageError(problem);
  const index = join(dist, 'index.html');
  if (!existsSync(index)) throw new UsageError(`${index} ontbreekt. Bouw eerst de site: npm run build.`);
  copyFileSync(index, join(dist, '404.html'));
  console.log(`${join(dist, '404.html')} geschreven: elke link van de site toont de juiste pagina.`);
}

if (isMainModule(import.meta.url)) runCommand(main);
