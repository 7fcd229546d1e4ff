export const metadata = { title: 'Kemiskinan di Musi Banyuasin · Next.js' };

export default function RootLayout({ children }) {
  return (
    <html lang="id">
      <body style={{ margin: '0 auto', maxWidth: 760, fontFamily: 'system-ui, sans-serif' }}>{children}</body>
    </html>
  );
}
