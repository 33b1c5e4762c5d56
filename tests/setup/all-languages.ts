// Tests render pages in any language at once, as the prerender does: all three languages' texts are here.
import '../../src/i18n/all-languages';
