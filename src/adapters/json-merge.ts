/**
 * JSON text read the way a publisher meant it when it wrote a key twice. `JSON.parse` keeps the
 * last of two equal keys, so an SDMX-JSON message from ILOSTAT that writes each series key once per
 * observation (13 times "0:0:0:0:0", one observation each) silently became one observation of
 * thirteen. Here a repeated key merges instead: two objects merge key by key (recursively), two
 * equal values stay one, and two different values are an AdapterError naming the key and both
 * values, since neither can be shown as the truth.
 *
 * Linear in the text: one pass, an explicit stack (no recursion to overflow on deep nesting), and
 * object keys collected in prototype-less maps, so `__proto__` in data is a key like any other.
 */
import { AdapterError } from './adapter.js';

type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

const WS = new Uint8Array(128);
for (const c of [0x20, 0x09, 0x0a, 0x0d]) WS[c] = 1;

function syntax(text: string, at: number, what: string): never {
  throw new SyntaxError(`${what} at position ${at} (${JSON.stringify(text.slice(at, at + 12))})`);
}

/** Merges `b` into `a` for the key path `path` (for the message); returns the merged value. */
function merge(a: Value, b: Value, path: string): Value {
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of Object.keys(b)) set(a, key, Object.hasOwn(a, key) ? merge(a[key]!, b[key]!, `${path}.${key}`) : b[key]!);
    return a;
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  const shown = (v: Value) => {
    const s = JSON.stringify(v);
    return s.length > 60 ? `${s.slice(0, 60)}…` : s;
  };
  throw new AdapterError(
    `the key ${path} is written twice with different values: ${shown(a)} and ${shown(b)}; report the message to its publisher`,
    `kunci ${path} ditulis dua kali dengan nilai berbeda: ${shown(a)} dan ${shown(b)}; laporkan pesan ini ke penerbitnya`,
  );
}

/** `obj[key] = value`, where `__proto__` is a key like any other (never the prototype). */
function set(obj: Record<string, Value>, key: string, value: Value): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

interface Frame {
  readonly container: Value[] | Record<string, Value>;
  readonly path: string;
  key?: string | undefined;
}

/** Parses JSON text; a key written twice in one object merges (see above). Throws SyntaxError for text that is not JSON. */
export function parseMerging(text: string): unknown {
  let i = 0;
  const n = text.length;
  const stack: Frame[] = [];
  let result: Value | undefined;
  let done = false;

  const skip = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128 && WS[c]) i++;
      else break;
    }
  };
  const readString = (): string => {
    // i is at the opening quote
    const start = ++i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) return text.slice(start, i++);
      if (c === 92) break; // an escape: let JSON.parse decode the whole string
      if (c < 0x20) syntax(text, i, 'control character in a string');
      i++;
    }
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 92) j += 2;
      else if (c === 34) break;
      else j++;
    }
    if (j >= n) syntax(text, start - 1, 'unterminated string');
    const s = JSON.parse(text.slice(start - 1, j + 1)) as string;
    i = j + 1;
    return s;
  };
  const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const readPrimitive = (): Value => {
    const c = text.charCodeAt(i);
    if (c === 34) return readString();
    if (text.startsWith('true', i)) return ((i += 4), true);
    if (text.startsWith('false', i)) return ((i += 5), false);
    if (text.startsWith('null', i)) return ((i += 4), null);
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return syntax(text, i, 'unexpected character');
    i = NUMBER.lastIndex;
    return Number(m[0]);
  };
  const place = (value: Value) => {
    const top = stack[stack.length - 1];
    if (!top) {
      result = value;
      done = true;
      return;
    }
    if (Array.isArray(top.container)) top.container.push(value);
    else {
      const key = top.key!;
      const obj = top.container;
      set(obj, key, Object.hasOwn(obj, key) ? merge(obj[key]!, value, `${top.path}.${key}`) : value);
      top.key = undefined;
    }
  };
  const childPath = () => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    return Array.isArray(top.container) ? `${top.path}[${top.container.length}]` : `${top.path}.${top.key}`;
  };

  skip();
  while (!done) {
    if (i >= n) syntax(text, i, 'unexpected end');
    const c = text.charCodeAt(i);
    if (c === 123 /* { */ || c === 91 /* [ */) {
      const container: Value[] | Record<string, Value> = c === 91 ? [] : (Object.create(null) as Record<string, Value>);
      stack.push({ container, path: childPath() });
      i++;
      skip();
      const close = c === 91 ? 93 : 125;
      if (text.charCodeAt(i) === close) {
        i++;
        const frame = stack.pop()!;
        place(plain(frame.container));
      } else {
        if (c === 123) {
          if (text.charCodeAt(i) !== 34) syntax(text, i, 'expected a key');
          stack[stack.length - 1]!.key = readString();
          skip();
          if (text.charCodeAt(i++) !== 58) syntax(text, i - 1, 'expected ":"');
          skip();
        }
        continue; // the first value of the new container
      }
    } else {
      place(readPrimitive());
    }
    // After a value: commas and closing brackets.
    while (!done) {
      skip();
      const top = stack[stack.length - 1]!;
      const d = text.charCodeAt(i);
      if (d === 44 /* , */) {
        i++;
        skip();
        if (!Array.isArray(top.container)) {
          if (text.charCodeAt(i) !== 34) syntax(text, i, 'expected a key');
          top.key = readString();
          skip();
          if (text.charCodeAt(i++) !== 58) syntax(text, i - 1, 'expected ":"');
          skip();
        }
        break;
      }
      if (d === (Array.isArray(top.container) ? 93 : 125)) {
        i++;
        stack.pop();
        place(plain(top.container));
        continue;
      }
      syntax(text, i, 'expected "," or a closing bracket');
    }
  }
  skip();
  if (i < n) syntax(text, i, 'text after the JSON value');
  return result;
}

/**
 * Objects get their ordinary prototype back once complete, as `JSON.parse` gives them: the
 * adapters read them with own-key checks, and `__proto__` stays a plain own key.
 */
function plain(container: Value[] | Record<string, Value>): Value {
  if (Array.isArray(container)) return container;
  const out: Record<string, Value> = {};
  for (const key of Object.keys(container)) set(out, key, container[key]!);
  return out;
}
