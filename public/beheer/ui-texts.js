/* global window, document, URL */
// Sveltia CMS fetches the texts of its interface in other languages than English from unpkg.com
// (https://unpkg.com/@sveltia/cms@<version>/locales/nl.json). This page allows no other host (see its
// Content-Security-Policy), and staff's browsers need not tell a third party they work here: the build
// copies those files next to this page (scripts/lib/staff-form-vite.ts), and this sends the request there.
(function () {
  var unpkgLocale = /^https:\/\/unpkg\.com\/@sveltia\/cms@[^/]+\/locales\/([a-z]{2}(?:-[A-Z]{2})?)\.json$/;
  var served = ['nl', 'fr'];
  var fetchFromNetwork = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    var match = unpkgLocale.exec(url);
    if (match && served.indexOf(match[1]) !== -1) return fetchFromNetwork(new URL('locales/' + match[1] + '.json', document.baseURI), init);
    return fetchFromNetwork(input, init);
  };
})();
