/**
 * Handing a finished file to the browser: its name, and a save through an object URL, so every
 * download (CSV, SVG, PNG) is named and saved the same way, with no server and no attached link.
 */

/** A file name from a document id: `idn.1606.poverty-rate` + `csv` → `idn.1606.poverty-rate.csv`. */
export function fileName(id: unknown, ext: string): string {
  const base = String(id ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100);
  return `${base || 'indikator'}.${ext}`;
}

/** Saves a blob through an object URL and an `<a download>` that is never attached. */
export function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  // Not at once: some browsers read the URL after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
