/**
 * `npm run build:pages` runs this, then `npm run build`: it stops the publication when GitHub Pages would
 * serve the site under a path. The site must be served at the root of its domain (a custom domain, or the
 * <owner>.github.io repository): its links, its router, its prerendered pages and the 404 page all start
 * at "/". The publish workflow passes the path GitHub Pages serves the site under (PAGES_BASE_PATH, from
 * actions/configure-pages); anything other than the root stops here, before a broken site goes live,
 * with what to do. (The build writes 404.html itself: see scripts/lib/prerender.ts.)
 */
import { isMainModule, runCommand, UsageError } from './lib/cli.ts';

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
  const problem = basePathProblem(process.env.PAGES_BASE_PATH);
  if (problem) throw new UsageError(problem);
}

if (isMainModule(import.meta.url)) runCommand(main);
