// Indikator in React 19. React 19 renders custom elements properly:
// - a prop whose name is a property of the element is set as that property (`data={doc}` sets
//   `el.data`, an object, not an attribute string); other props become attributes (`target-id`);
// - `on` + the event's exact name (`onindikator-load`) adds an event listener for that event.
// The library is registered before React renders (this import runs first), so React sees the
// elements' properties. A ref and addEventListener work too (shown for `indikator-select`).
import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'indikator/define.js';
import muba from '../data/muba-poverty-rate.json';
import sumsel from '../data/sumsel-poverty-rate-march.json';
import idn from '../data/idn-poverty-rate-march.json';
import extreme from '../data/muba-extreme-poverty.json';

// Module constants, not built in render: a new array on every render would be new `data` each
// time, and the element would load (and fire `indikator-load`) again and again.
const COMPARISON = [muba, sumsel, idn];
const PROGRAMME_URL = new URL('../../data/program-muba-poverty-2025.json', document.baseURI).href;

const titleOf = (doc, lang) => (typeof doc?.title === 'string' ? doc.title : (doc?.title?.[lang] ?? doc?.title?.en ?? doc?.id));

function App() {
  const [lang, setLang] = useState('id');
  const [targetId, setTargetId] = useState('inpres-4-2022');
  const [events, setEvents] = useState([]);
  const log = (type, text) => setEvents((list) => [{ key: `${Date.now()}-${Math.random()}`, type, text }, ...list].slice(0, 12));

  // React 19: `onindikator-load` is a listener for the `indikator-load` event.
  const onLoad = (event) => log('indikator-load', `${event.target.localName}: ${titleOf(event.detail.data, lang)}`);
  const onError = (event) => log('indikator-error', `${event.target.localName}: ${event.detail.code}`);

  // The same with a ref: a listener for points activated on the trend line (click or Enter).
  const trend = useRef(null);
  useEffect(() => {
    const el = trend.current;
    const onSelect = (event) => log('indikator-select', `${event.detail.series} ${event.detail.period}: ${event.detail.value}`);
    el.addEventListener('indikator-select', onSelect);
    return () => el.removeEventListener('indikator-select', onSelect);
  }, []);

  return (
    <>
      <div className="toolbar">
        <label>
          Bahasa / language
          <select value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="id">Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          Target kemiskinan ekstrem
          <select value={targetId} onChange={(e) => setTargetId(e.target.value)}>
            <option value="inpres-4-2022">Inpres 4/2022: 0% pada 2024</option>
            <option value="rpjmn-2025-2029">RPJMN 2025–2029: 0% pada 2026</option>
          </select>
        </label>
      </div>

      <div className="react-grid">
        <div className="grid">
          <indikator-target-gauge
            data={extreme}
            target-id={targetId}
            lang={lang}
            heading-level="2"
            onindikator-load={onLoad}
            onindikator-error={onError}
          ></indikator-target-gauge>
          <section className="wide event-box" aria-labelledby="events-title">
            <h2 id="events-title">Peristiwa yang diterima React</h2>
            <ul className="events" data-testid="events" aria-live="polite">
              {events.map((e) => (
                <li key={e.key} data-type={e.type}>
                  <b>{e.type}</b> {e.text}
                </li>
              ))}
            </ul>
          </section>
        </div>
        <indikator-trend-line
          ref={trend}
          className="wide"
          data={COMPARISON}
          lang={lang}
          heading-level="2"
          onindikator-load={onLoad}
          onindikator-error={onError}
        ></indikator-trend-line>
      </div>

      <h2>
        Kartu program (atribut <code>src</code>)
      </h2>
      <indikator-program-card
        className="wide"
        src={PROGRAMME_URL}
        lang={lang}
        heading-level="3"
        onindikator-load={onLoad}
        onindikator-error={onError}
      ></indikator-program-card>
    </>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
