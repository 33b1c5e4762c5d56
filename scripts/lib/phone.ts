/**
 * Belgian phone numbers as staff may write them, and how the site shows and dials them.
 * libphonenumber-js checks full numbers; it rejects short numbers such as 1813 (and would dial them
 * wrongly as +321813), so those come from an allow-list of real Belgian short numbers instead.
 * Paid numbers (070, 090x) are refused; free numbers (0800) are marked free by their kind.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Belgian short numbers a provider may use, with how people write them. */
export const SHORT_NUMBERS: Readonly<Record<string, string>> = {
  '100': '100',
  '101': '101',
  '102': '102',
  '106': '106',
  '107': '107',
  '112': '112',
  '1712': '1712',
  '1733': '1733',
  '1813': '1813',
  '116000': '116 000',
};

export type PhoneResult =
  | {
      ok: true;
      display: string;
      href: string;
      mobile: boolean;
      /** A free number by its kind (0800): calling it never costs anything. */
      tollFree: boolean;
    }
  | { ok: false; message: string; fix: string };

const EXAMPLE = 'schrijf zo: +32 11 12 34 56, of een kort nummer zoals 1813';

/** Checks one number and, when it is right, gives how to show and dial it. */
export function analysePhone(raw: string): PhoneResult {
  const value = raw.trim();
  if (/^tel:/i.test(value)) {
    return {
      ok: false,
      message: `Het nummer "${raw}" begint met "tel:".`,
      fix: 'laat "tel:" weg, de site maakt de link zelf. Schrijf zo: +32 11 12 34 56.',
    };
  }
  if (/[a-z]/i.test(value)) {
    return {
      ok: false,
      message: `In het nummer "${raw}" staan letters.`,
      fix: `zet alleen het nummer in dit veld; uitleg past in "label". ${capitalise(EXAMPLE)}.`,
    };
  }
  const digits = value.replace(/[\s./()-]/g, '');
  if (SHORT_NUMBERS[digits]) {
    return { ok: true, display: SHORT_NUMBERS[digits], href: `tel:${digits}`, mobile: false, tollFree: false };
  }
  if (/^\d{3,6}$/.test(digits)) {
    return {
      ok: false,
      message: `"${raw}" is geen kort nummer dat Hulp HUB kent.`,
      fix: `kijk het nummer na. Korte nummers die we kennen: ${Object.values(SHORT_NUMBERS).join(', ')}. Is het een nieuw kort nummer, vraag dan een ontwikkelaar om het toe te voegen.`,
    };
  }
  const parsed = parsePhoneNumberFromString(value, 'BE');
  if (!parsed || parsed.country !== 'BE' || !parsed.isValid()) {
    const foreign = parsed && parsed.country && parsed.country !== 'BE';
    return {
      ok: false,
      message: foreign
        ? `"${raw}" is geen Belgisch nummer.`
        : `"${raw}" is geen bestaand Belgisch nummer: er ontbreken of er staan te veel cijfers, of het zonenummer klopt niet.`,
      fix: `${EXAMPLE}. Vergeet het zonenummer niet (011 voor Hasselt).`,
    };
  }
  const type = parsed.getType();
  // 070 and 090x cost a young person far more than a normal call, sometimes per minute.
  if (type === 'PREMIUM_RATE' || type === 'SHARED_COST') {
    return {
      ok: false,
      message: `${parsed.formatNational()} is een betaalnummer: bellen kost veel meer dan een gewoon gesprek. Hulp HUB zet geen betaalnummers online.`,
      fix: 'zet het gewone of het gratis nummer (0800) van de dienst. Is er alleen dit nummer, laat het dan weg en noteer het in "staffNote".',
    };
  }
  return { ok: true, display: parsed.formatNational(), href: parsed.getURI(), mobile: type === 'MOBILE', tollFree: type === 'TOLL_FREE' };
}

function capitalise(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}
