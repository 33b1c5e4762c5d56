/* global document, MutationObserver */
// Sveltia CMS sets its viewport to "maximum-scale=1", which stops staff from zooming in on a phone or
// tablet (WCAG 1.4.4). This takes that part out again whenever a viewport tag is added or changed.
(function () {
  function allowZoom() {
    document.querySelectorAll('meta[name="viewport"]').forEach(function (meta) {
      var content = meta.getAttribute('content') || '';
      var allowed = content
        .split(',')
        .map(function (part) {
          return part.trim();
        })
        .filter(function (part) {
          return part && !/^(maximum-scale|user-scalable)\s*=/i.test(part);
        })
        .join(', ');
      if (allowed !== content) meta.setAttribute('content', allowed);
    });
  }
  new MutationObserver(allowZoom).observe(document.head, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['content'],
  });
  allowZoom();
})();
