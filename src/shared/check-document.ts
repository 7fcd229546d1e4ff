/**
 * An element's check of one indicator or programme document: at once when check.ts takes it as plainly valid,
 * else by validate.ts (the schema library), loaded the first time a document needs it, so that no
 * first draw of valid data waits for or carries the schema. Its result is the same either way; a
 * document it must explain shows its error a moment later. A chunk that does not load is said in
 * the page's language, as the failure of the data it was to check.
 */
import { plainIndicator, type Checked } from '../data/check.js';
import { plainProgram, type CheckedProgram } from '../data/check-program.js';
import type { Messages } from '../core/messages.js';
import { ChunkError, chunkText, loadChunk } from './chunks.js';

type Validator = typeof import('../data/validate.js');

// Once loaded (or handed over by code that imports it anyway: the server, the programme card),
// the schema answers at once.
let validator: Validator | undefined;

/** Makes every later check synchronous: for code that has the schema library loaded already. */
export const useValidator = (loaded: Validator): void => {
  validator = loaded;
};

/** The schema's answer, from the loaded library or once it has loaded; a chunk that did not load is the answer's one issue. */
function bySchema<T>(t: Messages, ask: (loaded: Validator) => T): T | Promise<T> {
  if (validator) return ask(validator);
  return loadChunk('validate', () => import('../data/validate.js')).then(
    (m) => ask((validator = m)),
    (error: unknown) => ({ ok: false, issues: [{ path: '', message: error instanceof ChunkError ? chunkText(t, error) : String(error) }] }) as T,
  );
}

export function checkIndicator(input: unknown, lang: string, t: Messages): Checked | Promise<Checked> {
  const value = plainIndicator(input);
  return value ? { ok: true, value, warnings: [] } : bySchema(t, (m) => m.validateIndicator(input, { lang }));
}

export function checkProgram(input: unknown, lang: string, t: Messages): CheckedProgram | Promise<CheckedProgram> {
  const value = plainProgram(input);
  return value ? { ok: true, value, warnings: [] } : bySchema(t, (m) => m.validateProgram(input, { lang }));
}
