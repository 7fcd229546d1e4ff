/**
 * Every string the widgets write themselves, in Indonesian and English. One flat object per language
 * (no nesting, no functions) so a translation is a file anyone can review line by line, and the
 * `Messages` type makes a missing key in either language a compile error.
 * Placeholders are `{name}`, filled by `fill`.
 */
import type { StatusWord } from './status.js';

const en = {
  // Status words (the contract's verdicts).
  statusAchieved: 'achieved',
  statusMissed: 'missed',
  statusOnTrack: 'on track',
  statusOffTrack: 'off track',
  statusWrongDirection: 'wrong direction',
  statusNoData: 'not enough data',
  noTarget: 'no target set',
  status: 'status',

  // Labels of the gauge, the trend line and its table.
  target: 'target',
  baseline: 'baseline',
  latest: 'latest',
  deadline: 'deadline',
  period: 'period',
  value: 'value',
  unit: 'unit',
  dataUpTo: 'data up to {period}',
  pointValue: '{period}: {value}',
  source: 'source',
  sources: 'sources',
  sourceLine: 'Source: {sources}',
  sourcesLine: 'Sources: {sources}',
  via: '{origin}, via {outlets}',
  viaMany: '{origin}, via {count} outlets',
  note: 'note',
  notes: 'notes',
  provisional: 'provisional',
  estimated: 'estimated',
  forecast: 'forecast',
  breakInSeries: 'break in series',
  showTable: 'show as table',
  hideTable: 'hide table',
  previousPage: 'previous page',
  nextPage: 'next page',
  pageOf: 'page {n} of {m}',
  downloadCsv: 'download CSV',
  downloadSvg: 'download SVG',
  downloadPng: 'download PNG',
  downloadFailed: 'The download failed: {reason}',

  // States.
  loading: 'Loading data…',
  staleNotice: 'The latest update failed; showing data as of {time}.',
  retry: 'retry',
  errorHeading: 'The data could not be loaded',
  errorFetch: 'The data could not be fetched from the server.',
  errorTimeout: 'The server took too long to answer.',
  errorTooLarge: 'The data file is larger than the allowed size.',
  errorParse: 'The data file could not be read.',
  errorInvalid: 'The data does not match the expected format.',
  errorAdapter: 'The published data could not be converted.',
  errorStatus: 'The server answered with HTTP status {status}.',
  errorHtml: 'The server sent a web page instead of data.',
  inlineInvalid: 'The data in the page is not valid JSON.',
  badUrl: 'The data address {url} is not an http or https URL.',
  noObservations: 'There are no observations for this indicator yet.',
  errorFor: 'The data on {name} cannot be shown',
  emptyFor: 'There is no data on {name} yet.',
  technicalDetails: 'Technical details',
  statusDeadline: 'deadline {period}',
  conditionLt: 'less than {value}',
  conditionLe: 'at most {value}',
  conditionGe: 'at least {value}',
  conditionGt: 'more than {value}',
  cardRowStale: 'Not updated: the last data is shown.',
  cardMoreRows: '{count} more indicators are not shown: a card shows at most {max}.',
  errorCredentials: 'The data address holds a user name or password, which a widget never sends: remove them from src.',
  badAsOf: 'The period "{value}" in as-of is not one (write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Sn): the latest data is shown.',

  // Programme card.
  owner: 'owner',
  coordinator: 'coordinator',
  legalBasis: 'legal basis',
  budget: 'budget',
  notPublished: 'not published',
  milestones: 'milestones',
  indicators: 'indicators',
  links: 'links',
  programPlanned: 'planned',
  programActive: 'active',
  programCompleted: 'completed',
  programSuspended: 'suspended',

  // The summary sentence, in pieces: the words differ per language, the numbers come from format.ts.
  summaryFell: '{title} fell from {from} ({fromPeriod}) to {to} ({toPeriod}), down {change}{relative}.',
  summaryRose: '{title} rose from {from} ({fromPeriod}) to {to} ({toPeriod}), up {change}{relative}.',
  summaryUnchanged: '{title} was unchanged at {value} from {fromPeriod} to {toPeriod}.',
  summarySingle: '{title} was {value} in {period}.',
  summaryNoData: '{title}: no data yet.',
  summaryRelative: ' ({percent})',
  summaryTarget: 'Target {target} by {period}: {status}.',
  summaryTargetNoStatus: 'Target {target} by {period}.',
  summaryNoTarget: 'No target set.',
  pointsOne: '{value} percentage point',
  pointsOther: '{value} percentage points',
  gaugeLabel: 'Progress toward a target',
  gaugeValueIn: '{value} in {period}',
  gaugeTargetBy: 'Target {target} by {period}',
  gaugeBaseline: 'Baseline {value} ({period})',
  gaugeBandWorse: 'Worse than the baseline',
  gaugeBandMet: 'Target met',
  gaugeEarlier: 'Earlier target {target} by {period}: {status}',
  cardLabel: 'Programme card',
  cardViewProgramme: 'View the programme',
  cardRowError: 'This indicator could not be loaded.',
  cardPeriod: '{start}–{end}',
  cardSince: 'since {start}',
  trendLabel: 'Trend line',
  trendRoleDescription: 'chart',
  trendKeyboardHint: 'Use the arrow keys, Home and End to move between points; Enter selects a point.',
  trendKeyboardHintSeries:
    'Use the left and right arrow keys, Home and End to move along a line, the up and down arrow keys to move between lines; Enter selects a point.',
  trendNoValue: 'no data',
  trendTarget: 'target {target} ({period})',
  trendBaseline: 'baseline {value} ({period})',
  trendPace: 'current pace: {rate} a year',
  trendRequired: 'required path to {target} by {period}',
  trendBounds: 'range (lower–upper)',
  trendHollow: 'hollow point: provisional, estimated or forecast',
  trendNoteMarker: 'note {n}',
  trendTableCaption: '{title}: data table',
  trendEmptyList: 'The list of documents is empty.',
  unknownFormat: 'The format "{format}" is not one Indikator reads ({formats}).',
  chunkMissing: 'Part of Indikator did not load ({part}): where it is self-hosted, copy the cdn/ folder beside indikator.js too.',
};

export type Messages = Readonly<Record<keyof typeof en, string>>;
export type MessageKey = keyof Messages;

const id: Messages = {
  statusAchieved: 'tercapai',
  statusMissed: 'tidak tercapai',
  statusOnTrack: 'sesuai jalur',
  statusOffTrack: 'tidak sesuai jalur',
  statusWrongDirection: 'berbalik arah',
  statusNoData: 'data belum cukup',
  noTarget: 'belum ada target',
  status: 'status',

  target: 'target',
  baseline: 'baseline',
  latest: 'terbaru',
  deadline: 'batas waktu',
  period: 'periode',
  value: 'nilai',
  unit: 'satuan',
  dataUpTo: 'data sampai {period}',
  pointValue: '{period}: {value}',
  source: 'sumber',
  sources: 'sumber',
  sourceLine: 'Sumber: {sources}',
  sourcesLine: 'Sumber: {sources}',
  via: '{origin}, via {outlets}',
  viaMany: '{origin}, via {count} media',
  note: 'catatan',
  notes: 'catatan',
  provisional: 'angka sementara',
  estimated: 'angka perkiraan',
  forecast: 'proyeksi',
  breakInSeries: 'seri terputus',
  showTable: 'tampilkan sebagai tabel',
  hideTable: 'sembunyikan tabel',
  previousPage: 'halaman sebelumnya',
  nextPage: 'halaman berikutnya',
  pageOf: 'halaman {n} dari {m}',
  downloadCsv: 'unduh CSV',
  downloadSvg: 'unduh SVG',
  downloadPng: 'unduh PNG',
  downloadFailed: 'Unduhan gagal: {reason}',

  loading: 'Memuat data…',
  staleNotice: 'Pembaruan terakhir gagal; menampilkan data per {time}.',
  retry: 'coba lagi',
  errorHeading: 'Data tidak dapat dimuat',
  errorFetch: 'Data tidak dapat diambil dari server.',
  errorTimeout: 'Server terlalu lama menjawab.',
  errorTooLarge: 'Berkas data melebihi ukuran yang diizinkan.',
  errorParse: 'Berkas data tidak dapat dibaca.',
  errorInvalid: 'Data tidak sesuai dengan format yang diharapkan.',
  errorAdapter: 'Data yang dipublikasikan tidak dapat dikonversi.',
  errorStatus: 'Server menjawab dengan status HTTP {status}.',
  errorHtml: 'Server mengirim halaman web, bukan data.',
  inlineInvalid: 'Data di dalam halaman bukan JSON yang sah.',
  badUrl: 'Alamat data {url} bukan URL http atau https.',
  noObservations: 'Belum ada data pengamatan untuk indikator ini.',
  errorFor: 'Data {name} tidak dapat ditampilkan',
  emptyFor: 'Data {name} belum tersedia.',
  technicalDetails: 'Rincian teknis',
  statusDeadline: 'tenggat {period}',
  conditionLt: 'kurang dari {value}',
  conditionLe: 'paling tinggi {value}',
  conditionGe: 'paling sedikit {value}',
  conditionGt: 'lebih dari {value}',
  cardRowStale: 'Tidak diperbarui: data terakhir yang ditampilkan.',
  cardMoreRows: '{count} indikator lain tidak ditampilkan: kartu menampilkan paling banyak {max}.',
  errorCredentials: 'Alamat data memuat nama pengguna atau kata sandi, yang tidak pernah dikirim widget: hapus dari src.',
  badAsOf: 'Periode "{value}" pada as-of tidak dikenali (tulis YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn atau YYYY-Sn): data terbaru yang ditampilkan.',

  owner: 'penanggung jawab',
  coordinator: 'koordinator',
  legalBasis: 'dasar hukum',
  budget: 'anggaran',
  notPublished: 'tidak dipublikasikan',
  milestones: 'tahapan',
  indicators: 'indikator',
  links: 'tautan',
  programPlanned: 'direncanakan',
  programActive: 'berjalan',
  programCompleted: 'selesai',
  programSuspended: 'ditangguhkan',

  summaryFell: '{title} turun dari {from} ({fromPeriod}) menjadi {to} ({toPeriod}), turun {change}{relative}.',
  summaryRose: '{title} naik dari {from} ({fromPeriod}) menjadi {to} ({toPeriod}), naik {change}{relative}.',
  summaryUnchanged: '{title} tetap {value} dari {fromPeriod} sampai {toPeriod}.',
  summarySingle: '{title} sebesar {value} pada {period}.',
  summaryNoData: '{title}: belum ada data.',
  summaryRelative: ' ({percent})',
  summaryTarget: 'Target {target} pada {period}: {status}.',
  summaryTargetNoStatus: 'Target {target} pada {period}.',
  summaryNoTarget: 'Belum ada target.',
  pointsOne: '{value} poin persentase',
  pointsOther: '{value} poin persentase',
  gaugeLabel: 'Capaian menuju target',
  gaugeValueIn: '{value} pada {period}',
  gaugeTargetBy: 'Target {target} pada {period}',
  gaugeBaseline: 'Baseline {value} ({period})',
  gaugeBandWorse: 'Lebih buruk dari baseline',
  gaugeBandMet: 'Target tercapai',
  gaugeEarlier: 'Target sebelumnya {target} pada {period}: {status}',
  cardLabel: 'Kartu program',
  cardViewProgramme: 'Lihat program',
  cardRowError: 'Indikator ini tidak dapat dimuat.',
  cardPeriod: '{start}–{end}',
  cardSince: 'sejak {start}',
  trendLabel: 'Grafik tren',
  trendRoleDescription: 'grafik',
  trendKeyboardHint: 'Gunakan tombol panah, Home dan End untuk berpindah antartitik; Enter memilih titik.',
  trendKeyboardHintSeries:
    'Gunakan panah kiri dan kanan, Home dan End untuk berpindah sepanjang garis, panah atas dan bawah untuk berpindah antargaris; Enter memilih titik.',
  trendNoValue: 'tidak ada data',
  trendTarget: 'target {target} ({period})',
  trendBaseline: 'baseline {value} ({period})',
  trendPace: 'laju saat ini: {rate} per tahun',
  trendRequired: 'jalur yang diperlukan menuju {target} pada {period}',
  trendBounds: 'rentang (batas bawah–atas)',
  trendHollow: 'titik kosong: angka sementara, perkiraan atau proyeksi',
  trendNoteMarker: 'catatan {n}',
  trendTableCaption: '{title}: tabel data',
  trendEmptyList: 'Daftar dokumen kosong.',
  unknownFormat: 'Format "{format}" tidak dikenal Indikator ({formats}).',
  chunkMissing: 'Sebagian Indikator tidak termuat ({part}): jika di-host sendiri, salin juga folder cdn/ di samping indikator.js.',
};

const catalogues: Readonly<Record<string, Messages>> = Object.freeze({
  en: Object.freeze(en),
  id: Object.freeze(id),
});

/** The catalogue language for a locale: `id` for `id`, `id-*` (and the legacy `in`), else `en`. */
const catalogueOf = (locale: string): 'id' | 'en' => {
  const primary = typeof locale === 'string' ? locale.split(/[-_]/)[0]!.toLowerCase() : '';
  return primary === 'id' || primary === 'in' ? 'id' : 'en';
};

/** The strings for a locale: `id` (and `id-*`) in Indonesian, every other language in English. */
export const messages = (locale: string): Messages => catalogues[catalogueOf(locale)]!;

/**
 * The locale that text built from these messages is written in: `locale` itself when its language
 * has strings (`id-ID`, `en-GB`), else `en`. A sentence whose words fell back to English formats its
 * numbers and dates the English way too, so it reads as one language (and can be marked `lang="en"`).
 */
export const textLocale = (locale: string): string => {
  const catalogue = catalogueOf(locale);
  return typeof locale === 'string' && locale.split(/[-_]/)[0]!.toLowerCase() === catalogue ? locale : catalogue;
};

/**
 * Fills `{name}` placeholders. A placeholder with no value is left as written, so a missing value
 * shows up in review instead of vanishing; only own keys of `values` count.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

const STATUS_KEYS: Readonly<Record<StatusWord, MessageKey>> = {
  achieved: 'statusAchieved',
  missed: 'statusMissed',
  'on-track': 'statusOnTrack',
  'off-track': 'statusOffTrack',
  'wrong-direction': 'statusWrongDirection',
  'no-data': 'statusNoData',
};

/** The word for a verdict; `null` (no target) reads "no target set". */
export const statusText = (t: Messages, status: StatusWord | null): string => (status === null ? t.noTarget : t[STATUS_KEYS[status]]);

export type ProgramStatus = 'planned' | 'active' | 'completed' | 'suspended';

const PROGRAM_KEYS: Readonly<Record<ProgramStatus, MessageKey>> = {
  planned: 'programPlanned',
  active: 'programActive',
  completed: 'programCompleted',
  suspended: 'programSuspended',
};

/** The word for a programme's own status (shown as text; the card has no `status` attribute). */
export const programStatusText = (t: Messages, status: ProgramStatus): string => t[PROGRAM_KEYS[status]];
