// The comparison chart takes an array (Muba first, then the province and the nation), which only
// the `data` property can carry; a module file rather than an inline script keeps the page CSP-clean.
const files = ['muba-poverty-rate.json', 'sumsel-poverty-rate-march.json', 'idn-poverty-rate-march.json'];
const docs = await Promise.all(files.map(async (f) => (await fetch(new URL(`./data/${f}`, import.meta.url))).json()));
document.querySelector('#comparison').data = docs;
document.querySelector('#extreme').annotations = [{ period: '2025-07-16', label: 'Rapat koordinasi TKPK' }];
