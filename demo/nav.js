// The demo bar (see demo-bar.css), for the pages that do not write it in their HTML (the galleries).
// Built with createElement: no HTML strings, no inline styles, so it works under a strict CSP.
export const PAGES = [
  ['index.html', 'Dasbor'],
  ['article.html', 'Artikel'],
  ['portal.html', 'Portal'],
  ['embed.html', 'Sematan iframe'],
  ['../dist/builder.html', 'Pembuat widget'],
  ['react/dist/index.html', 'React'],
  ['react-ssr/', 'React SSR'],
  ['node-ssr/', 'Node SSR'],
  ['nextjs/out/index.html', 'Next.js'],
  ['vue/dist/index.html', 'Vue'],
  ['gallery-gauge.html', 'Galeri gauge'],
  ['gallery-trend.html', 'Galeri trend line'],
  ['gallery-card.html', 'Galeri kartu'],
  ['sources.html', 'Sumber data'],
];

const demoRoot = new URL('./', import.meta.url);

if (!document.querySelector('.demo-bar')) {
  if (!document.querySelector('link[href$="demo-bar.css"]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('demo-bar.css', demoRoot).href;
    document.head.append(link);
  }
  const nav = document.createElement('nav');
  nav.className = 'demo-bar';
  nav.setAttribute('aria-label', 'Halaman demo Indikator');
  const name = document.createElement('span');
  name.className = 'demo-bar-name';
  name.textContent = 'Indikator · demo';
  const list = document.createElement('ul');
  for (const [file, label] of PAGES) {
    const href = new URL(file, demoRoot).href;
    const a = document.createElement('a');
    a.href = href;
    a.textContent = label;
    if (href === location.href.split(/[?#]/)[0]) a.setAttribute('aria-current', 'page');
    const item = document.createElement('li');
    item.append(a);
    list.append(item);
  }
  nav.append(name, list);
  nav.classList.add('inserted');
  document.body.prepend(nav);
}
