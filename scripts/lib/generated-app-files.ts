/**
 * Files the app bundles rather than downloads, written into src/generated/ (git-ignored):
 * - crisis-lane.json: the crisis lines and crisis words, so the lane and the crisis check work even
 *   when the catalogue cannot load;
 * - static-shell.html: the header and crisis lane as plain HTML, put into index.html, so they show
 *   before (and without) JavaScript.
 *
 * The lane written here must be exactly the one fixed in src/crisis/crisis-lane-definition.ts, and the
 * bundle must fit its budget: otherwise nothing is written and the build stops with a message.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Catalogue } from '../../src/catalogue/catalogue-types.ts';
import { currentUntil, factAge, hoursFixedInCode } from '../../src/catalogue/fact-age.ts';
import type { CrisisData, CrisisLine } from '../../src/crisis/crisis-data.ts';
import { CRISIS_BUNDLE_BUDGET_BYTES, CRISIS_LANE } from '../../src/crisis/crisis-lane-definition.ts';
// Node has every language's texts at once (the browser loads only the visitor's).
import '../../src/i18n/all-languages.ts';
import { StaticShell } from '../../src/layout/static-shell.tsx';
import { BuildRefusal } from './build-refusal.ts';

export const GENERATED_DIR = 'src/generated';
export const CRISIS_FILE = 'crisis-lane.json';
export const STATIC_SHELL_FILE = 'static-shell.html';

/** The lane's lines, holding only what the lane and header show, in the order fixed in code. */
export function crisisLinesOf(catalogue: Catalogue): CrisisLine[] {
  return CRISIS_LANE.map((definition, index) => {
    const provider = catalogue.providers.find((p) => p.id === definition.providerId);
    const [phone] = provider?.phones ?? [];
    if (!provider || !phone || phone.href !== `tel:${definition.number}` || provider.crisisLane !== index + 1) {
      throw new BuildRefusal(
        `De rij noodnummers is niet precies ${CRISIS_LANE.map((line) => line.number).join(', ')}: plaats ${index + 1} (${definition.providerId}) zou ${phone ? phone.display : 'geen nummer'} bellen.`,
        'voer npm run data:check uit en los de fouten bij "crisis-lane" op.',
      );
    }
    const [chat] = provider.chats;
    // The bundle outlives the build: hours not fixed in code carry the last day they may be shown.
    const until = (kind: 'phone-hours' | 'chat-hours') => {
      const { date } = factAge(provider, kind, catalogue.builtOn);
      return date === undefined ? {} : { hoursUntil: currentUntil(date) };
    };
    const phoneFixed = hoursFixedInCode(provider, 0);
    return {
      id: provider.id,
      name: provider.name,
      summary: provider.summary,
      phone: {
        display: phone.display,
        href: phone.href,
        ...(phone.hours && { hours: phone.hours, ...(!phoneFixed && until('phone-hours')) }),
      },
      ...(chat && { chat: { href: chat.href, ...(chat.hours && { hours: chat.hours, ...until('chat-hours') }) } }),
    };
  });
}

/** The contents of the bundled files, checked against the lane's definition and size budget. */
export function generatedAppFiles(catalogue: Catalogue): Record<string, string> {
  const crisis: CrisisData = { lines: crisisLinesOf(catalogue), crisisPhrases: catalogue.crisisPhrases };
  const crisisJson = `${JSON.stringify(crisis, null, 2)}\n`;
  const bytes = Buffer.byteLength(crisisJson);
  if (bytes > CRISIS_BUNDLE_BUDGET_BYTES) {
    throw new BuildRefusal(
      `De noodnummers en crisiswoorden wegen samen ${bytes} bytes; ze zitten in elke pagina en mogen ${CRISIS_BUNDLE_BUDGET_BYTES} bytes wegen.`,
      'maak de teksten van de noodlijnen korter of haal dubbele crisiswoorden weg uit data/vocabulary/themes.json.',
    );
  }
  return {
    [CRISIS_FILE]: crisisJson,
    [STATIC_SHELL_FILE]: renderToStaticMarkup(createElement(StaticShell, { lines: crisis.lines })),
  };
}
