/**
 * How every id is written: provider ids (which are also file names), theme ids and municipality ids:
 * lower-case words and digits joined by hyphens ("zelfmoordlijn-1813"). A module of its own, without zod,
 * so the data schema (scripts/) and the browser's URL code share it without pulling the checker's
 * libraries into the bundle.
 */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether a value (from a URL, say) has the form of a catalogue id; whether the catalogue knows it is another question. */
export function isCatalogueId(value: string): boolean {
  return ID_PATTERN.test(value);
}
