/**
 * The address the site is published at. The build writes it into canonical links, link previews, the
 * sitemap and links that name a page's address (from SITE_URL or beheer.json's "siteUrl", see
 * scripts/lib/site-repository.ts), so a prerendered page and the running app say the same.
 */

/** The configured site address without a trailing slash, e.g. "https://hulphub.example". */
export const SITE_URL: string = (import.meta.env?.VITE_SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '');
