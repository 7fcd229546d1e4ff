/**
 * The iframe page, `dist/embed.html?widget=trend-line&src=...&lang=id&theme=dark`, for CMSs that strip
 * scripts from articles: one widget, full width, its height posted to the parent page. Built to
 * `dist/embed.js`, which imports the CDN bundle beside it (`./indikator.js`) for the elements.
 * Query: `widget` (gauge, trend-line, program-card), `src` (https:, http: or a path on the same
 * site), and optionally `lang`, `theme`, `target-id`, `variant`, `as-of`, `format`, `select`, `id`.
 */
import '../define.js';
import { mountEmbed, reportHeight } from './page.js';

const container = document.getElementById('embed') ?? document.body;
const { params } = mountEmbed(container, location.search, location.href);
if (window.parent !== window) reportHeight(window, window.parent, params.ok ? params.config.id : params.id);
