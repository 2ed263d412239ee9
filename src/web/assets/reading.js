// Reports that this article is being read and swaps in the reader's own
// "Für Sie ausgewählt" picks. What is counted and kept: /datenschutz.
// Without this script, the <noscript> image on the page reports the read.
(() => {
  'use strict';
  const section = document.querySelector('[data-fuer-sie]');
  if (!section || typeof fetch !== 'function') return;
  fetch('/lesen', {
    method: 'POST',
    body: new URLSearchParams({ artikel: section.getAttribute('data-fuer-sie') || '' }),
    credentials: 'same-origin',
    keepalive: true,
    headers: { Accept: 'application/json' },
  })
    .then((response) => (response.ok ? response.json() : null))
    .then((answer) => {
      const list = section.querySelector('.recommendations-list');
      if (!answer || typeof answer.block !== 'string' || !list) return;
      list.outerHTML = answer.block;
      if (section.querySelector('.recommendations-list > *')) section.hidden = false;
    })
    .catch(() => {});
})();
