/**
 * Validation messages in `id` and `en`, written for the people who publish the data: the path in
 * the document and what was expected, e.g. `series[3].value: expected a number, got the string "4,74"`.
 */
import type * as v from 'valibot';
import type { DuplicateIssue } from './normalize.js';

export type IssueLang = 'id' | 'en';

const EXPECTED: Record<string, [en: string, id: string]> = {
  string: ['text', 'teks'],
  number: ['a number', 'angka'],
  boolean: ['true or false', 'true atau false'],
  array: ['a list', 'daftar (array)'],
  object: ['an object', 'objek'],
  strict_object: ['an object', 'objek'],
  record: ['an object', 'objek'],
  union: ['text, or an object of language codes to text', 'teks, atau objek kode bahasa ke teks'],
  null: ['null', 'null'],
};

const WORDS = {
  en: {
    expected: 'expected',
    got: 'got',
    missing: 'is required but missing',
    unknown: 'is not a known field (check the spelling)',
    oneOf: 'expected one of',
    period: 'expected a period such as 2024, 2024-03, 2024-03-31, 2024-Q1 or 2024-S1',
    date: 'expected a real date such as 2025-07-16',
    integer: 'expected a whole number',
    finite: 'expected a finite number',
    atLeast: 'must be at least',
    atMost: 'must be at most',
    nonEmpty: 'must not be empty',
    status: 'expected a status code of 1 to 8 letters or digits, such as P or E',
    id: 'expected an id of letters, digits, ".", "_", ":" or "-"',
    currency: 'expected a three-letter ISO 4217 currency code such as IDR',
    langKey: 'is not a language code such as "id" or "en"',
    indicatorEntry: 'expected a URL, an indicator document, or { src | data, targetId }',
    conflict: 'appears twice with different values',
    repeat: 'appears twice with the same value; kept once',
    and: 'and',
    theString: 'the string',
    theNumber: 'the number',
    aList: 'a list',
    anObject: 'an object',
    nothing: 'nothing',
  },
  id: {
    expected: 'seharusnya',
    got: 'tetapi berisi',
    missing: 'wajib diisi tetapi tidak ada',
    unknown: 'bukan kolom yang dikenal (periksa ejaannya)',
    oneOf: 'seharusnya salah satu dari',
    period: 'seharusnya periode seperti 2024, 2024-03, 2024-03-31, 2024-Q1 atau 2024-S1',
    date: 'seharusnya tanggal yang ada, seperti 2025-07-16',
    integer: 'seharusnya bilangan bulat',
    finite: 'seharusnya angka terhingga',
    atLeast: 'paling kecil',
    atMost: 'paling besar',
    nonEmpty: 'tidak boleh kosong',
    status: 'seharusnya kode status 1 sampai 8 huruf atau angka, seperti P atau E',
    id: 'seharusnya id dari huruf, angka, ".", "_", ":" atau "-"',
    currency: 'seharusnya kode mata uang ISO 4217 tiga huruf seperti IDR',
    langKey: 'bukan kode bahasa seperti "id" atau "en"',
    indicatorEntry: 'seharusnya URL, dokumen indikator, atau { src | data, targetId }',
    conflict: 'muncul dua kali dengan nilai berbeda',
    repeat: 'muncul dua kali dengan nilai sama; disimpan sekali',
    and: 'dan',
    theString: 'teks',
    theNumber: 'angka',
    aList: 'daftar',
    anObject: 'objek',
    nothing: 'kosong',
  },
};

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** What the document holds, in words: `the string "4,74"`, `the number 5`, `null`. */
export function describeValue(input: unknown, l: IssueLang): string {
  const w = WORDS[l];
  if (input === undefined) return w.nothing;
  if (input === null) return 'null';
  if (typeof input === 'string') return `${w.theString} ${JSON.stringify(clip(input))}`;
  if (typeof input === 'number') return `${w.theNumber} ${String(input)}`;
  if (typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return w.aList;
  return w.anObject;
}

/** The issue's place in the document: `series[3].value`, `title.EN`. */
export function issuePath(issue: v.BaseIssue<unknown>, prefix = ''): string {
  let path = prefix;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

function lastKey(issue: v.BaseIssue<unknown>) {
  const last = issue.path?.[issue.path.length - 1] as { key?: unknown; origin?: string } | undefined;
  return last;
}

/** One valibot issue as a sentence (without its path). */
export function describeIssue(issue: v.BaseIssue<unknown>, l: IssueLang): string {
  const w = WORDS[l];
  const got = `${w.got} ${describeValue(issue.input, l)}`;
  const expected = (name: string) => {
    const e = EXPECTED[name];
    return `${w.expected} ${e ? e[l === 'en' ? 0 : 1] : name}, ${got}`;
  };
  const last = lastKey(issue);
  switch (issue.type) {
    case 'strict_object':
    case 'object':
      if (issue.input === undefined && last?.origin === 'key') return w.missing;
      if (issue.expected === 'never') return w.unknown;
      return expected('object');
    case 'picklist':
    case 'literal':
    case 'variant':
      return `${w.oneOf} ${(issue.expected ?? '').replace(/[()]/g, '').replace(/ \| /g, ', ')}, ${got}`;
    case 'regex':
      if (last?.origin === 'key') return w.langKey;
      return (w as Record<string, string>)[issue.message] ?? `${w.expected} ${issue.expected}, ${got}`;
    case 'check':
      return (w as Record<string, string>)[issue.message] ?? issue.message;
    case 'integer':
      return `${w.integer}, ${got}`;
    case 'finite':
      return `${w.finite}, ${got}`;
    case 'min_value':
      return `${w.atLeast} ${issue.requirement as number}, ${got}`;
    case 'max_value':
      return `${w.atMost} ${issue.requirement as number}, ${got}`;
    case 'min_length':
    case 'min_entries':
      return w.nonEmpty;
    case 'union':
      if (issue.path?.some((p) => (p as { key?: unknown }).key === 'indicators')) return `${w.indicatorEntry}, ${got}`;
      return expected('union');
    default:
      return expected(issue.type);
  }
}

export function duplicateMessage(d: DuplicateIssue, first: unknown, second: unknown, l: IssueLang): string {
  const w = WORDS[l];
  const both = `series[${d.first}] = ${String(first)} ${w.and} series[${d.second}] = ${String(second)}`;
  return `"${d.period}" ${d.kind === 'conflict' ? w.conflict : w.repeat} (${both})`;
}
