import Widgets from './widgets.jsx';

export default function Page() {
  return (
    <main>
      <h1>Kemiskinan di Musi Banyuasin</h1>
      <p>Dirender oleh Next.js dengan @lit-labs/nextjs, lalu dihidrasi.</p>
      <Widgets />
    </main>
  );
}
