/**
 * Code the widgets load only when a page needs it (an adapter, the downloads) sits in chunks beside
 * the bundle. A chunk that does not arrive (a self-hosted copy made without its chunk folder, a
 * network cut mid-page) must be said in the widget, in the page's language, not only in the
 * console: `loadChunk` turns the browser's failed import into a `ChunkError` that names the file.
 */
import { fill, type Messages } from '../core/messages.js';

export class ChunkError extends Error {
  constructor(
    /** What the chunk holds, in words ("csv", "downloads"). */
    readonly part: string,
    /** The file the browser could not import, when its message names it. */
    readonly url: string | undefined,
    cause: unknown,
  ) {
    super(`indikator: the ${part} chunk${url ? ` (${url})` : ''} could not be loaded`, { cause });
  }
}

/** `load()`, with a failed import reported as a ChunkError. */
export function loadChunk<T>(part: string, load: () => Promise<T>): Promise<T> {
  return load().catch((cause: unknown) => {
    // Chromium and Firefox name the module's URL in their message; Safari does not.
    const url = /https?:\/\/[^\s"')]+/.exec(String((cause as Error | undefined)?.message ?? cause))?.[0];
    throw new ChunkError(part, url, cause);
  });
}

/** The reader's sentence for a chunk that did not load. */
export const chunkText = (t: Messages, error: ChunkError): string => fill(t.chunkMissing, { part: error.url ?? error.part });
