/**
 * The address the kit was opened from (https://hulphub.example), for the QR code on paper: it opens the
 * site the teacher is using. Read in the browser only, after the first render, so the prerendered HTML
 * and the browser's first render are the same (the configured address for canonical links is
 * shared/site-origin.ts's SITE_URL).
 */
import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/** The origin when the page is served over http(s); undefined on the server, during hydration, and otherwise (file:). */
export function usePageOrigin(): string | undefined {
  return useSyncExternalStore(neverChanges, browserOrigin, () => undefined);
}

function browserOrigin(): string | undefined {
  const { origin, protocol } = window.location;
  return protocol === 'http:' || protocol === 'https:' ? origin : undefined;
}
