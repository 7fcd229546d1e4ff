'use client';
// The widgets as indikator/react's components: a client component, which Next.js still renders
// on the server (here at build time); @lit-labs/nextjs draws the elements' shadow DOM there.
import { useState } from 'react';
import { ProgramCard, TargetGauge, TrendLine } from 'indikator/react';
import muba from '../../data/muba-poverty-rate.json';
import sumsel from '../../data/sumsel-poverty-rate-march.json';
import idn from '../../data/idn-poverty-rate-march.json';
import extreme from '../../data/muba-extreme-poverty.json';
import program from '../../data/program-muba-poverty-2025.json';

const COMPARISON = [muba, sumsel, idn];
const ROWS = { 'muba-poverty-rate.json': muba, 'muba-extreme-poverty.json': extreme };
// The programme names its indicators by file: given inline, so nothing is fetched.
const PROGRAM = { ...program, indicators: program.indicators.map((i) => (typeof i === 'string' && ROWS[i] ? { data: ROWS[i] } : i)) };

export default function Widgets() {
  const [events, setEvents] = useState([]);
  const log = (event) => setEvents((list) => [...list, `load ${event.target.localName}`]);
  return (
    <>
      <TargetGauge data={extreme} targetId="inpres-4-2022" lang="id" headingLevel={2} onIndikatorLoad={log} />
      <TrendLine data={COMPARISON} lang="id" headingLevel={2} onIndikatorLoad={log} />
      <ProgramCard data={PROGRAM} lang="id" headingLevel={2} onIndikatorLoad={log} />
      <ul data-testid="events">
        {events.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ul>
    </>
  );
}
