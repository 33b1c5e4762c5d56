/**
 * The exit site's address goes into the button, the bounce page and its script: only a full https
 * address is accepted, and the bounce page runs no inline script (the Content-Security-Policy forbids it).
 */
import { describe, expect, it } from 'vitest';
import { bouncePageHtml, bounceScript, checkedExitUrl, DEFAULT_QUICK_EXIT_URL } from './quick-exit-config';

describe('the quick exit address', () => {
  it('is the default when not set, and any https address when set', () => {
    expect(checkedExitUrl(undefined)).toBe(DEFAULT_QUICK_EXIT_URL);
    expect(checkedExitUrl('')).toBe(DEFAULT_QUICK_EXIT_URL);
    expect(checkedExitUrl('https://www.vrt.be/nl/')).toBe('https://www.vrt.be/nl/');
  });

  it.each(['javascript:alert(1)', 'http://www.google.be/', 'data:text/html,hallo', 'www.google.be', '/weg.html'])(
    'refuses %s, saying how to write it',
    (value) => {
      expect(() => checkedExitUrl(value)).toThrow(/VITE_QUICK_EXIT_URL .*https:\/\/www\.google\.be\//);
    },
  );
});

describe('the bounce page', () => {
  it('leaves by its own script file and, without JavaScript, by a refresh; it shows nothing and sends no referrer', () => {
    const html = bouncePageHtml('https://example.org/a?b=1&c="2"');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url='https://example.org/a?b=1&amp;c=&quot;2&quot;'">`);
    expect(html).toContain('<script src="weg.js"></script>');
    expect(html).not.toMatch(/<script>/);
    expect(html).toContain(`script-src 'self'`);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    expect(html).toContain('<body></body>');
    expect(bounceScript('https://example.org/"x')).toBe('location.replace("https://example.org/\\"x");\n');
  });
});
