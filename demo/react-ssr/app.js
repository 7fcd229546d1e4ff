// The app of the server-rendering example, shared by the server (server.mjs, Node) and the
// browser (client.js): plain `createElement` calls, so Node runs it without a JSX step. The
// elements come as React components from `indikator/react` (@lit/react): `data` and the other
// props are set as the elements' properties, events arrive in `onIndikatorLoad` and the like.
import { createElement as h, useState } from 'react';
import { ProgramCard, TargetGauge, TrendLine } from 'indikator/react';

const TEXT = {
  id: {
    title: 'Kemiskinan di Musi Banyuasin',
    lead: 'Dirender di server dengan @lit-labs/ssr-react, lalu dihidrasi oleh React.',
    events: 'Peristiwa yang diterima React',
  },
  en: {
    title: 'Poverty in Musi Banyuasin',
    lead: 'Rendered on the server with @lit-labs/ssr-react, then hydrated by React.',
    events: 'Events React received',
  },
};

/** `docs`: the documents, given by the server and serialized into the page for the client. */
export function App({ lang, docs }) {
  const t = TEXT[lang] ?? TEXT.en;
  const [events, setEvents] = useState([]);
  const log = (type) => (event) =>
    setEvents((list) => [...list, `${type} ${event.target.localName} ${event.detail.code ?? event.target.getAttribute('status') ?? ''}`]);
  return h(
    'main',
    { className: 'ssr-app' },
    h('h1', null, t.title),
    h('p', null, t.lead),
    h(TargetGauge, {
      data: docs.extreme,
      targetId: 'inpres-4-2022',
      lang,
      headingLevel: 2,
      onIndikatorLoad: log('load'),
      onIndikatorError: log('error'),
    }),
    h(TrendLine, { data: docs.comparison, lang, headingLevel: 2, onIndikatorLoad: log('load'), onIndikatorError: log('error') }),
    h(ProgramCard, { data: docs.program, lang, headingLevel: 2, onIndikatorLoad: log('load'), onIndikatorError: log('error') }),
    h(
      'section',
      { 'aria-label': t.events },
      h('h2', null, t.events),
      h(
        'ul',
        { 'data-testid': 'events' },
        events.map((e, i) => h('li', { key: i }, e)),
      ),
    ),
  );
}
