/**
 * A fetch or a format that failed, with the code the `indikator-error` event carries. Its own small
 * module: the error texts are eager (needed exactly when the network has failed), while the fetching
 * code that throws it is a chunk (remote.ts).
 */
import type { LoadErrorCode } from '../core/pipeline.js';

/** A failure with the code the `indikator-error` event carries. */
export class LoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    message: string,
    /** Extra facts for the reader-facing message: an HTTP status, a size. */
    readonly facts: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
  }
}
