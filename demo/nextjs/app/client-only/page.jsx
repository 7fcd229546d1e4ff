import ClientWidgets from './client-widgets.jsx';

export const metadata = { title: 'Kemiskinan di Musi Banyuasin · Next.js, di peramban saja' };

// The pattern for Next 16, which @lit-labs/nextjs does not support: the widgets are rendered in the
// browser only. The same `next/dynamic` API in Next 15 and 16.
export default function Page() {
  return (
    <main>
      <h1>Kemiskinan di Musi Banyuasin</h1>
      <p>Grafik dimuat di peramban (tanpa render server).</p>
      <ClientWidgets />
    </main>
  );
}
