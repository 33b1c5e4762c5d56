/**
 * Typing writes the address a moment later. Each key shows its search at once (the router's view, see
 * src/app-router.tsx), but writing the browser's history (history.replaceState) costs about 4 ms a call on
 * this machine, and four times that on a cheap phone's CPU, inside the key's own task, before the browser
 * can paint the letter (issue 13). So the address is written after the key's frame, once for a burst of
 * keys. Whatever reads or changes the history first writes what is pending (every other navigation,
 * Share, leaving the page) or drops it (Back and Forward, which left that entry; the quick exit).
 */

/** Written when typing pauses this long: after the key's frame, once for a fast burst of keys. */
const WRITE_AFTER_MS = 100;

let pending: (() => void) | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Writes the typed address later (replacing what was pending). */
export function writeTypedUrlLater(write: () => void): void {
  pending = write;
  clearTimeout(timer);
  timer = setTimeout(writeTypedUrl, WRITE_AFTER_MS);
}

/** Writes the typed address now, if it is not written yet. */
export function writeTypedUrl(): void {
  clearTimeout(timer);
  const write = pending;
  pending = undefined;
  write?.();
}

/** Forgets the typed address: the history entry it was for is left (Back, Forward) or is being erased. */
export function dropTypedUrl(): void {
  clearTimeout(timer);
  pending = undefined;
}
