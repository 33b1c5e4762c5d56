/**
 * Makes text comparable for search: lower case, accents removed ("suïcide" → "suicide"), punctuation
 * turned into spaces. The build applies it to the index and the browser to what is typed, so both
 * sides always agree.
 */
export function normalizeText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
