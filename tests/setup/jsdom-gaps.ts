/**
 * What jsdom does not do: scroll. The app scrolls on navigation (src/layout/scroll-on-navigation.ts)
 * and when an in-page link is followed (src/layout/site-header.tsx); here those calls do nothing.
 */
if (typeof window !== 'undefined') {
  window.scrollTo = () => {};
  Element.prototype.scrollIntoView ??= () => {};
}
