// The gallery's array inputs (comparison series) and annotations: set through properties.
const load = (name) => fetch(`/demo/data/${name}`).then((r) => r.json());

const [muba, sumsel, idn] = await Promise.all(['muba-poverty-rate.json', 'sumsel-poverty-rate-march.json', 'idn-poverty-rate-march.json'].map(load));
document.getElementById('compare').data = [muba, sumsel, idn];

document.getElementById('extreme').annotations = [{ period: '2025-07-16', label: 'Rapat koordinasi' }];

document.getElementById('invalid').data = [muba, { ...sumsel, series: [{ period: '2024', value: '4,74' }] }];
document.getElementById('empty').data = { ...muba, series: [] };

// `?only=N` shows one section (for screenshots); `?lang=en` / `?theme=dark` switch the whole page.
const params = new URLSearchParams(location.search);
if (params.has('only')) {
  document.querySelectorAll('body > section').forEach((s, i) => (s.hidden = String(i) !== params.get('only')));
}
if (params.has('lang')) {
  document.documentElement.lang = params.get('lang');
  document.querySelectorAll('section[lang]').forEach((s) => s.setAttribute('lang', params.get('lang')));
}
if (params.get('theme') === 'dark') {
  document.documentElement.style.colorScheme = 'dark';
  document.body.classList.add('page-dark');
}
