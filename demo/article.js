// The comparison chart takes an array (Muba first, then the province and the nation), which only
// the `data` property can carry. A module file, not an inline script: the page stays CSP-clean.
const files = ['muba-poverty-rate.json', 'sumsel-poverty-rate-march.json', 'idn-poverty-rate-march.json'];
const docs = await Promise.all(files.map(async (f) => (await fetch(new URL(`./data/${f}`, import.meta.url))).json()));
document.querySelector('#comparison').data = docs;
