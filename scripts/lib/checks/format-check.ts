/**
 * Says when `npm run data:format` would change a provider file. Only a warning: the layout never changes
 * what young people see, and staff in GitHub's editor must not be blocked by a space. Keeping one layout
 * keeps pull requests small and the checker's line numbers on the field they name.
 */
import { FILE_SCHEMAS } from '../canonical-json.ts';
import { canonicalText } from '../format-data.ts';
import type { Check } from './check-context.ts';

export const FORMAT_FIX = 'voer npm run data:format uit (of vraag het een collega met een terminal).';

export const formatCheck: Check = {
  name: 'format',
  onceOverAllFiles: true,
  onlyWarns: true,
  run({ folder }, report) {
    for (const { source, fileId, raw } of folder.providers) {
      // A file that cannot be read safely gets its own error; data:format leaves it alone.
      if (!raw) continue;
      const canonical = canonicalText(source, FILE_SCHEMAS.provider);
      if (!canonical.ok || canonical.text === source.text) continue;
      const line = firstDifferentLine(source.text, canonical.text);
      report(
        [],
        `Vanaf regel ${line} staat dit bestand niet in de vaste opmaak (volgorde van de velden, inspringen of regels). De gegevens zelf kloppen daardoor niet minder.`,
        FORMAT_FIX,
        { file: source, line, providerId: typeof raw.id === 'string' ? raw.id : fileId },
      );
    }
  },
};

function firstDifferentLine(actual: string, wanted: string): number {
  const a = actual.split('\n');
  const b = wanted.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  return line + 1;
}
