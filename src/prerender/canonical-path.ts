/**
 * Imported first by main.tsx, before the router reads the address: a static host may serve a page at
 * another spelling of its path (GitHub Pages can redirect /thema/pesten to /thema/pesten/ when a folder of
 * that name exists; a link may name the file, /thema/pesten.html). The address bar is set to the path
 * the app uses, keeping the history entry's state, so the router reads it and the prerendered page can
 * be taken over.
 */
import { canonicalPath } from './prerendered-path';

const { pathname, search, hash } = window.location;
const canonical = canonicalPath(pathname);
if (canonical !== pathname) window.history.replaceState(window.history.state, '', `${canonical}${search}${hash}`);
