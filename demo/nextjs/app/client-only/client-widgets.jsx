'use client';
import dynamic from 'next/dynamic';

// `ssr: false` belongs in a client component: the server writes the loading text, the browser
// loads indikator/react and the elements, which then fetch nothing (their data is in the bundle).
const Widgets = dynamic(() => import('../widgets.jsx'), { ssr: false, loading: () => <p className="loading-widgets">Memuat grafik…</p> });

export default function ClientWidgets() {
  return <Widgets />;
}
