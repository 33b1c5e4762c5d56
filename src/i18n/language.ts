/** The interface languages. Dutch is the source language: every text and provider text exists in Dutch. */
export type Language = 'nl' | 'en' | 'fr';

/** In the order the language choice shows them. */
export const LANGUAGES: readonly Language[] = ['nl', 'en', 'fr'];
