// Shared by the adapter tests: fixtures from demo/data/formats, and a runner that checks the
// two things every adapter owes (its input untouched, every document valid).
import { expect } from '@open-wc/testing';
import type { Adapter } from '../../src/adapters/adapter.js';
import type { IndicatorDocument } from '../../src/data/schema.js';
import { validateIndicator } from '../../src/data/validate.js';
import { deepFreeze } from '../helpers.js';

const url = (file: string) => new URL(`../../demo/data/formats/${file}`, import.meta.url);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const loadJson = async (file: string): Promise<any> => (await fetch(url(file))).json();

/** Decoded keeping the byte order mark (Response.text() would drop it), as a careless server might hand it over. */
export const loadText = async (file: string): Promise<string> =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await fetch(url(file))).arrayBuffer());

/** Every document passes the schema. */
function valid(docs: IndicatorDocument[]): IndicatorDocument[] {
  for (const doc of docs) {
    const result = validateIndicator(doc);
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
  }
  return docs;
}

/** Runs `adapt` on a deep-frozen message, checks the message is unchanged and the output valid. */
export function runner(adapt: Adapter) {
  return (message: unknown, options?: Parameters<Adapter>[1]): IndicatorDocument[] => {
    const before = JSON.stringify(message);
    const docs = adapt(typeof message === 'object' ? deepFreeze(message) : message, options);
    expect(JSON.stringify(message)).to.equal(before);
    return valid(docs);
  };
}
