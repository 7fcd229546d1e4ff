/**
 * World Bank Indicators API v2 JSON: `[paging, rows]`. Both shapes seen in the wild: the current
 * one (numbers as numbers, `countryiso3code`, `decimal` as a number) and the older one (values and
 * `decimal` as strings, no `countryiso3code`). Rows come newest first; `finish` sorts them.
 *
 * A message is one page: with `pages > 1` the rest of the series is elsewhere, so it is an error
 * rather than a chart that silently stops in the middle. An API error (`[{"message": [...]}]`) is
 * passed on in its own words.
 */
import type { Text } from '../data/schema.js';
import { type Adapter, failWith } from './adapter.js';
import { describe, describeId, finish, isRecord, publicUrl, readInt, sanitizeId, str, toText, withSuffix, type Json } from './defaults.js';
import { choose, distinguishing, type Candidate, type Dimension } from './select.js';

export const accept = 'application/json';

const FORMAT = 'World Bank';
const fail = failWith(FORMAT);

/** A fault in a file that is not the API's answer as the World Bank serves it: said with what to do. */
const notTheApi = (en: string, id: string): never =>
  fail(
    `${en}; check that src points at the World Bank API with format=json`,
    `${id}; periksa apakah src mengarah ke API Bank Dunia dengan format=json`,
  );

interface Group {
  readonly indicator: { readonly id: string; readonly name?: Text | undefined };
  readonly country: { readonly id: string; readonly iso2?: string | undefined; readonly name?: Text | undefined };
  readonly rows: Json[];
}

/** The API's own error: `[{"message": [{"id": "120", "key": "Invalid value", "value": "..."}]}]`; `''` when it gives no details. */
function apiError(head: Json): string | undefined {
  if (!Array.isArray(head.message)) return undefined;
  const parts = head.message.filter(isRecord).map((m) => [str(m.id), str(m.key), str(m.value)].filter(Boolean).join(' '));
  return parts.join('; ');
}

/** WDI names carry their unit in the last parentheses: "GDP (current US$)", "... (% of population)". */
function unitFromName(name: string | undefined): string | undefined {
  const m = name ? /\(([^()]+)\)\s*$/.exec(name) : null;
  return m?.[1]?.trim();
}

export const adapt: Adapter = (message, options = {}) => {
  if (!Array.isArray(message) || !message.length) {
    return notTheApi(
      `expected the API's [paging, rows] list, got ${describe(message)}`,
      `seharusnya daftar [paging, rows] dari API, tetapi isinya ${describeId(message)}`,
    );
  }
  // Some mirrors save the rows alone, without the paging header: a list of row objects.
  const rowsOnly = message.every((r) => isRecord(r) && isRecord(r.indicator) && r.date !== undefined);
  const [paging, rows] = rowsOnly ? [{ page: 1, pages: 1 }, message] : message;
  if (!isRecord(paging)) {
    return notTheApi(
      `the first element should be the paging object, got ${describe(paging)}`,
      `elemen pertama seharusnya objek paging, tetapi isinya ${describeId(paging)}`,
    );
  }
  const error = apiError(paging);
  if (error !== undefined) {
    return fail(
      `the API answered with an error: ${error || 'an error without details'}; check the indicator and country codes in src`,
      `API menjawab dengan pesan kesalahan: ${error || 'kesalahan tanpa rincian'}; periksa kode indikator dan kode negara pada src`,
    );
  }
  const page = readInt(paging.page, 0, 1e9) ?? 1;
  const pages = readInt(paging.pages, 0, 1e9);
  const total = readInt(paging.total, 0, 1e12);
  if (pages === undefined) {
    return notTheApi(
      `paging.pages is missing or not a number (${describe(paging.pages)})`,
      `paging.pages tidak ada atau bukan angka (${describeId(paging.pages)})`,
    );
  }
  if (pages > 1) {
    const perPage = total ?? 20000;
    const missing = 'this message holds only part of the series';
    return fail(
      `page ${page} of ${pages}: ${missing}; fetch with per_page=${perPage} or mirror all pages into one file`,
      `halaman ${page} dari ${pages}: pesan ini hanya berisi sebagian seri; ambil dengan per_page=${perPage} atau salin semua halaman ke dalam satu berkas`,
    );
  }
  if (rows !== null && rows !== undefined && !Array.isArray(rows)) {
    return notTheApi(
      `the second element should be the list of rows, got ${describe(rows)}`,
      `elemen kedua seharusnya daftar baris, tetapi isinya ${describeId(rows)}`,
    );
  }
  const list = (rows ?? []) as unknown[];

  const groups = new Map<string, Group>();
  list.forEach((row, i) => {
    if (!isRecord(row)) return notTheApi(`row ${i} is not an object`, `baris ${i} bukan objek`);
    const indicator = isRecord(row.indicator) ? row.indicator : {};
    const country = isRecord(row.country) ? row.country : {};
    const indicatorId = str(indicator.id) ?? notTheApi(`row ${i} has no indicator.id`, `baris ${i} tidak memiliki indicator.id`);
    const iso3 = str(row.countryiso3code);
    const countryId = iso3 ?? str(country.id) ?? notTheApi(`row ${i} has no country id`, `baris ${i} tidak memiliki id negara`);
    if (row.date === undefined) notTheApi(`row ${i} has no "date"`, `baris ${i} tidak memiliki "date"`);
    const key = `${indicatorId}\u0000${countryId}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        indicator: { id: indicatorId, name: toText(indicator.value) },
        country: { id: countryId, iso2: iso3 ? str(country.id) : undefined, name: toText(country.value) },
        rows: [],
      };
      groups.set(key, g);
    }
    g.rows.push(row);
  });

  const dims: Dimension[] = [
    { id: 'indicator', label: 'Indicator', aliases: ['INDICATOR', 'series'] },
    { id: 'country', label: 'Country', aliases: ['REF_AREA', 'economy', 'area'] },
  ];
  const candidates: Candidate<Group>[] = [...groups.values()].map((g) => ({
    values: [
      { id: g.indicator.id, label: g.indicator.name },
      { id: g.country.id, label: g.country.name, aliases: g.country.iso2 ? [g.country.iso2] : [] },
    ],
    item: g,
  }));
  const lastUpdated = paging.lastupdated;

  // No rows (`[paging, null]`): the API has nothing for this request; the element shows its empty state.
  if (!candidates.length) return [finish({ format: FORMAT, observations: [], publisher: 'World Bank', updated: lastUpdated }, options)];

  return choose(dims, candidates, options.select, { format: FORMAT, onChoices: options.onChoices }).map((chosen) => {
    const g = chosen.item;
    const first = g.rows[0]!;
    const name = typeof g.indicator.name === 'string' ? g.indicator.name : undefined;
    // The title names the indicator; the suffix names the country when the message has several.
    const countries = (c: Candidate<Group>) => ({ ...c, values: c.values.slice(1) });
    const suffix = distinguishing(dims.slice(1), candidates.map(countries), countries(chosen)).labels;
    const title = withSuffix(g.indicator.name ?? g.indicator.id, suffix);
    return finish(
      {
        format: FORMAT,
        id: sanitizeId(`${g.indicator.id}.${g.country.id}`),
        title,
        area: { code: g.country.id, name: g.country.name ?? g.country.id, ...(str(first.countryiso3code) ? { system: 'ISO 3166-1 alpha-3' } : {}) },
        codes: [{ system: 'World Bank', code: g.indicator.id, url: `https://data.worldbank.org/indicator/${encodeURIComponent(g.indicator.id)}` }],
        unit: { label: str(first.unit) ?? unitFromName(name) },
        decimals: g.rows.map((r) => readInt(r.decimal, 0, 10)).find((d) => d !== undefined),
        observations: g.rows.map((r) => ({ period: r.date, value: r.value, status: r.obs_status })),
        publisher: 'World Bank',
        // The database the figures come from ("World Development Indicators"), published by the World Bank.
        sources: [
          {
            id: 'world-bank',
            name: str(paging.sourcename) ?? 'World Bank',
            publisher: 'World Bank',
            ...(publicUrl(options.source) ? { url: publicUrl(options.source)! } : {}),
          },
        ],
        updated: lastUpdated,
      },
      options,
    );
  });
};
