/**
 * Where map images come from. OpenStreetMap's public tile server by default; anyone who self-hosts
 * tiles sets VITE_TILE_URL and VITE_TILE_ATTRIBUTION at build time (see the README). Every tile request
 * tells the tile server the visitor's IP address, which is why the map only loads when asked for and
 * says which server it uses.
 *
 * vite.config.ts reads this file in Node too (for the Content-Security-Policy), so nothing here may need
 * a browser.
 */

/** OpenStreetMap's public tile server: used when VITE_TILE_URL is not set. */
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const TILE_URL: string = import.meta.env?.VITE_TILE_URL || DEFAULT_TILE_URL;
export const TILE_ATTRIBUTION: string =
  import.meta.env?.VITE_TILE_ATTRIBUTION || '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-bijdragers';

/** A tile URL as a URL, its {z}/{x}/{y} placeholders filled in: to read the tile server's host or origin. */
export function tileServerUrl(url = TILE_URL): URL {
  return new URL(url.replace(/\{[a-z]\}/g, '0'));
}

/** The host name in the tile URL, to tell people where map images come from. */
export function tileHost(url = TILE_URL): string {
  return tileServerUrl(url).host;
}

/**
 * Who sends the map images, as the map's notice names them: "OpenStreetMap (tile.openstreetmap.org)" for
 * the default server, run by the OpenStreetMap Foundation; for a self-hosted server only its host, as
 * the build does not know who runs it.
 */
export function tileSource(url = TILE_URL): string {
  return url === DEFAULT_TILE_URL ? `OpenStreetMap (${tileHost(url)})` : tileHost(url);
}
