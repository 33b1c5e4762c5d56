/**
 * Where "Snel weg" goes, shared by the app (quick-exit.tsx) and the build (vite.config.ts writes the
 * bounce page with it). No browser APIs here: the Vite config imports this file in Node.
 */

/** The neutral site when VITE_QUICK_EXIT_URL is not set at build time. */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.google.be/';

/**
 * The blank page, next to index.html, that leaves for the exit site the moment it opens. The quick exit
 * leaves it as the only Hulp HUB entry in the tab's history, so Back lands there and leaves again.
 */
export const BOUNCE_FILE = 'weg.html';
/** Its script (an external file: the Content-Security-Policy allows no inline script). */
export const BOUNCE_SCRIPT = 'weg.js';

/**
 * The exit URL, checked: https only, so a typo or a `javascript:` value can never end up in the
 * button, the bounce page or its script. Throws with the fix when the value is wrong.
 */
export function checkedExitUrl(value: string | undefined): string {
  const raw = value || DEFAULT_QUICK_EXIT_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`VITE_QUICK_EXIT_URL is not a web address: "${raw}". Write a full https address, such as ${DEFAULT_QUICK_EXIT_URL}`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `VITE_QUICK_EXIT_URL must start with https:// (it is "${raw}"). Write a full https address, such as ${DEFAULT_QUICK_EXIT_URL}`,
    );
  }
  return url.href;
}

/** The bounce page: blank, leaves by script and, without JavaScript, by a meta refresh. */
export function bouncePageHtml(exitUrl: string): string {
  // Inside a quoted attribute and the refresh's quoted url: escape what could end either.
  const attribute = exitUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '%27').replace(/</g, '&lt;');
  return [
    '<!doctype html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; base-uri 'none'; form-action 'none'">`,
    // The exit site must not learn that the visitor came from a help site.
    '<meta name="referrer" content="no-referrer">',
    '<meta name="robots" content="noindex">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="refresh" content="0; url='${attribute}'">`,
    '<title></title>',
    `<script src="${BOUNCE_SCRIPT}"></script>`,
    '</head>',
    '<body></body>',
    '</html>',
    '',
  ].join('\n');
}

/** The bounce page's script: leave at once, replacing this entry, so Back never stops here twice. */
export function bounceScript(exitUrl: string): string {
  return `location.replace(${JSON.stringify(exitUrl)});\n`;
}
