/** Checks how people get in touch: phone numbers, links, e-mail addresses, and that there is a way at all. */
import { checkEmailAddress, checkHttpsLink } from '../links.ts';
import { asArray, asObject, asString, objectsIn } from '../loose-json.ts';
import type { AnalysedPhone } from '../checked-provider.ts';
import { formatPath } from '../json-source.ts';
import { analysePhone } from '../phone.ts';
import type { Check } from './check-context.ts';
import { FIELD_EXAMPLES } from './field-examples.ts';

/** Checks each phone number; the build gets how each is shown and dialled. */
export const phoneCheck: Check = {
  name: 'phone-numbers',
  run({ provider }, report) {
    const phones = new Map<string, AnalysedPhone>();
    for (const [phone, index] of objectsIn(asObject(provider.channels)?.phone)) {
      const number = asString(phone.number);
      if (number === undefined) continue;
      const result = analysePhone(number);
      const path = ['channels', 'phone', index, 'number'];
      if (!result.ok) {
        report(path, result.message, result.fix);
        continue;
      }
      phones.set(formatPath(path), { display: result.display, href: result.href, tollFree: result.tollFree });
      if (result.tollFree && phone.free === false) {
        report(
          ['channels', 'phone', index, 'free'],
          `${result.display} is een gratis nummer (0800), maar hier staat "free": false.`,
          'haal "free": false weg: de site toont 0800-nummers altijd als gratis.',
        );
      } else if (result.mobile) {
        report(
          path,
          `${number} is een gsm-nummer. Hulp HUB zet geen persoonlijk gsm-nummer van een medewerker online.`,
          'gebruik het algemene nummer van de dienst. Is dit gsm-nummer echt een openbaar dienstnummer, laat het dan staan en noteer dat in "staffNote".',
          { severity: 'warning' },
        );
      }
    }
    return { phones };
  },
};

export const linksCheck: Check = {
  name: 'links',
  run({ provider }, report) {
    const check = (value: unknown, path: (string | number)[]) => {
      const link = asString(value);
      if (link === undefined) return;
      const problem = checkHttpsLink(link);
      if (problem) report(path, problem.message, problem.fix);
    };
    const channels = asObject(provider.channels);
    check(channels?.website, ['channels', 'website']);
    for (const kind of ['chat', 'video'] as const) {
      for (const [channel, index] of objectsIn(channels?.[kind])) check(channel.url, ['channels', kind, index, 'url']);
    }
    for (const [source, index] of objectsIn(provider.sources)) check(source.url, ['sources', index, 'url']);
  },
};

export const emailCheck: Check = {
  name: 'email',
  run({ provider }, report) {
    for (const [email, index] of objectsIn(asObject(provider.channels)?.email)) {
      const address = asString(email.address);
      if (address === undefined) continue;
      const problem = checkEmailAddress(address);
      if (problem) report(['channels', 'email', index, 'address'], problem.message, problem.fix);
    }
  },
};

export const contactCheck: Check = {
  name: 'has-contact',
  run({ provider }, report) {
    const channels = asObject(provider.channels);
    const hasChannel =
      asString(channels?.website) !== undefined || ['phone', 'chat', 'email', 'video'].some((kind) => asArray(channels?.[kind]).length > 0);
    // A place counts when someone can find it: a street or a named building, not a municipality alone.
    const hasPlace = objectsIn(provider.locations).some(([location]) => asString(location.street) || asString(location.name));
    if (!hasChannel && !hasPlace) {
      report(
        channels ? ['channels'] : [],
        'Er staat geen enkele manier in om contact op te nemen: geen telefoon, chat, e-mail, website, straat of gebouw.',
        `voeg minstens één manier toe, zo: ${FIELD_EXAMPLES.channels}`,
      );
    }
  },
};
