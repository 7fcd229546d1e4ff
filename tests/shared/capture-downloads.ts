// Catches the `<a download>` clicks that `save` makes, so tests read the files instead of the
// browser writing them to disk.
import { waitUntil } from '@open-wc/testing';

export interface Saved {
  readonly name: string;
  readonly href: string;
  readonly blob: Blob;
}

export interface Capture {
  readonly saved: Saved[];
  /** Runs `action` (a click on a download button) and resolves with the file it saved. */
  take(action: () => void): Promise<Saved>;
  restore(): void;
}

export function captureDownloads(): Capture {
  const original = HTMLAnchorElement.prototype.click;
  const saved: Saved[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) return original.call(this);
    const { download: name, href } = this;
    void fetch(href)
      .then((r) => r.blob())
      .then((blob) => void saved.push({ name, href, blob }));
  };
  return {
    saved,
    async take(action) {
      const before = saved.length;
      action();
      await waitUntil(() => saved.length > before, 'nothing was saved', { timeout: 5000 });
      return saved[before]!;
    },
    restore() {
      HTMLAnchorElement.prototype.click = original;
    },
  };
}

/** A blob's bytes (its text would hide the byte-order mark). */
export async function bytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Counts every way an image could be made while `run` runs: `new Image()`, `createElement('img')`, an img's `src`. */
export async function countImages(run: () => Promise<unknown>): Promise<number> {
  let made = 0;
  const OriginalImage = window.Image;
  const create = document.createElement;
  const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
  window.Image = function (...args: ConstructorParameters<typeof Image>) {
    made += 1;
    return new OriginalImage(...args);
  } as unknown as typeof Image;
  document.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
    if (String(tag).toLowerCase() === 'img') made += 1;
    return create.call(this, tag, options);
  } as typeof document.createElement;
  Object.defineProperty(HTMLImageElement.prototype, 'src', {
    ...src,
    set(value: string) {
      made += 1;
      src.set!.call(this, value);
    },
  });
  try {
    await run();
  } finally {
    window.Image = OriginalImage;
    document.createElement = create;
    Object.defineProperty(HTMLImageElement.prototype, 'src', src);
  }
  return made;
}

/** The Muba extreme poverty file as Excel must receive it: BOM, CRLF, plain JSON numbers, the note quoted. */
export const MUBA_EXTREME_CSV =
  '\ufeffperiod,value,status,note\r\n' +
  '2021,6.56,,\r\n' +
  '2022,4.74,,\r\n' +
  '2023,0.98,,"Sumber berbeda: 0,98 (Bupati, Juli 2025), 0,96 (Sekretaris Daerah, Juli 2024), \'0,9\' (Kepala BPS Sumsel, Feb 2024, dibulatkan)."\r\n' +
  '2024,0.47,,\r\n';
