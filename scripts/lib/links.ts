/**
 * Links from the data that people can open. Only https:// is accepted: zod's url check and Ajv's
 * "uri" format both let javascript: through, so the protocol is allow-listed here by hand.
 */
import { PLAIN_EMAIL_ADDRESS } from '../../src/shared/safe-href.ts';

export type LinkProblem = { message: string; fix: string };

/** Returns what is wrong with a link, or undefined when it is a clean https:// link. */
export function checkHttpsLink(raw: string): LinkProblem | undefined {
  const value = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript' || scheme === 'file' || scheme === 'blob') {
    return {
      message: `De link begint met "${scheme}:". Zo'n link kan code uitvoeren of een bestand openen in de browser van een jongere.`,
      fix: 'zet hier het adres van een gewone webpagina, dat begint met https://',
    };
  }
  if (scheme === 'http') {
    return {
      message: `De link "${raw}" begint met http://. Zo'n verbinding is niet beveiligd.`,
      fix: `schrijf https:// in plaats van http://, dus: ${value.replace(/^http:/i, 'https:')}. Werkt de pagina niet met https, zet de link dan niet op Hulp HUB.`,
    };
  }
  if (scheme === 'tel' || scheme === 'mailto') {
    return {
      message: `Hier hoort een webpagina, geen ${scheme === 'tel' ? 'telefoonnummer' : 'e-mailadres'}.`,
      fix:
        scheme === 'tel' ? 'zet het nummer onder channels.phone, zonder "tel:".' : 'zet het adres onder channels.email, zonder "mailto:".',
    };
  }
  if (!scheme || scheme !== 'https') {
    if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(value)) {
      return { message: `De link "${raw}" begint niet met https://.`, fix: `schrijf zo: https://${value}` };
    }
    return {
      message: `"${raw}" is geen volledige link naar een webpagina.`,
      fix: 'kopieer het adres uit de adresbalk van je browser. Het begint met https://',
    };
  }
  if (/\s/.test(value)) {
    return { message: `In de link "${raw}" staat een spatie.`, fix: 'kopieer het adres opnieuw uit de adresbalk van je browser.' };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      message: `"${raw}" is geen volledige link naar een webpagina.`,
      fix: 'kopieer het adres uit de adresbalk van je browser. Het begint met https://',
    };
  }
  if (url.username || url.password) {
    return { message: `In de link "${raw}" staan een gebruikersnaam of wachtwoord.`, fix: 'zet alleen het openbare adres van de pagina.' };
  }
  if (!url.hostname.includes('.')) {
    return { message: `In de link "${raw}" ontbreekt de naam van de website.`, fix: 'schrijf zo: https://www.voorbeeld.be/pagina' };
  }
  return undefined;
}

/** Returns what is wrong with an e-mail address, or undefined when it is a plain address. */
export function checkEmailAddress(raw: string): LinkProblem | undefined {
  const value = raw.trim();
  if (/^mailto:/i.test(value))
    return { message: `Het adres "${raw}" begint met "mailto:".`, fix: 'laat "mailto:" weg, de site maakt de link zelf.' };
  // "?", "%40" or "&" turn a mailto: link into a form: "info%40x.be?bcc=spy@evil.be" would copy a
  // young person's e-mail to a stranger.
  if (/[?%&=]/.test(value)) {
    return {
      message: `In het e-mailadres "${raw}" staat "?", "%", "&" of "=". Zo'n adres kan stiekem extra ontvangers of tekst aan de e-mail van een jongere toevoegen.`,
      fix: 'schrijf alleen het adres, zo: info@voorbeeld.be',
    };
  }
  if (value.includes('..') || !PLAIN_EMAIL_ADDRESS.test(value)) {
    return {
      message: `"${raw}" is geen volledig e-mailadres.`,
      fix: 'schrijf zo: info@voorbeeld.be (zonder spaties; alleen letters, cijfers en . _ + - voor de @).',
    };
  }
  return undefined;
}
