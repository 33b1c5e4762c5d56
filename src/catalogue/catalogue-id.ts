/** Ids of providers, themes and municipalities: lower-case words joined by hyphens ("zelfmoordlijn-1813"). */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether a value (from a URL, say) has the form of a catalogue id; whether the catalogue knows it is another question. */
export function isCatalogueId(value: string): boolean {
  return ID.test(value);
}
