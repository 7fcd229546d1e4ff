// ?only=arc,dark shows only those sections (for screenshots). A module file rather than an inline
// script, so the page works under a strict Content-Security-Policy.
const only = new URLSearchParams(location.search).get('only');
if (only) for (const s of document.querySelectorAll('section')) s.hidden = !only.split(',').includes(s.id);
