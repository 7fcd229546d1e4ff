// The dark-mode switch: a class on <html> (portal.css sets `color-scheme` and the brand's dark
// colours from it). The widgets have no theme attribute, so they follow the page's own `color-scheme`:
// they notice the class change by themselves. The choice is remembered for the next visit.
const root = document.documentElement;
const button = document.getElementById('theme-toggle');
const KEY = 'indikator-demo-theme';

const stored = (() => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
})();
const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;

function apply(dark) {
  root.classList.toggle('dark', dark);
  button.setAttribute('aria-pressed', String(dark));
}

// `?theme=dark` or `?theme=light` (for links and screenshots) wins over the remembered choice.
const asked = new URLSearchParams(location.search).get('theme');
apply(asked === 'dark' || asked === 'light' ? asked === 'dark' : stored ? stored === 'dark' : prefersDark);

button.addEventListener('click', () => {
  const dark = !root.classList.contains('dark');
  apply(dark);
  try {
    localStorage.setItem(KEY, dark ? 'dark' : 'light');
  } catch {
    // Private mode or storage disabled: the switch still works for this visit.
  }
});
