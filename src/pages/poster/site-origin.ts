/**
 * The site's own address (https://hulphub.example), for links that leave the screen: a QR code on paper.
 * It is read in the browser only, after the first render: the prerendered HTML and the first render in
 * the browser must be the same, and the build does not know where the site will be served.
 */
import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/** The origin when the page is served over http(s); undefined on the server, during hydration, and otherwise (file:). */
export function useSiteOrigin(): string | undefined {
  return useSyncExternalStore(neverChanges, browserOrigin, () => undefined);
}

function browserOrigin(): string | undefined {
  const { origin, protocol } = window.location;
  return protocol === 'http:' || protocol === 'https:' ? origin : undefined;
}
