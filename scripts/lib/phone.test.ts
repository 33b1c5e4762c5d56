import { describe, expect, it } from 'vitest';
import { analysePhone } from './phone.ts';

describe('phone numbers', () => {
  it.each([
    ['011/33.65.33', '011 33 65 33', 'tel:+3211336533'],
    ['+32 78 15 10 20', '078 15 10 20', 'tel:+3278151020'],
    ['0800 15 801', '0800 15 801', 'tel:+3280015801'],
    ['1813', '1813', 'tel:1813'],
    ['116 000', '116 000', 'tel:116000'],
  ])('formats %s as %s with %s', (input, display, href) => {
    expect(analysePhone(input)).toMatchObject({ ok: true, display, href });
  });

  it('never dials a short number with a country code (libphonenumber would make tel:+321813)', () => {
    expect(analysePhone('1813')).toMatchObject({ href: 'tel:1813' });
  });

  it('refuses a foreign number', () => {
    expect(analysePhone('+31 20 123 4567')).toMatchObject({ ok: false, message: '"+31 20 123 4567" is geen Belgisch nummer.' });
  });
});
