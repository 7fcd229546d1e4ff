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
const { params, element } = mountEmbed(container, location.search, location.href);
// The first height once the widget has drawn (its loading state holds about its final height): a
// height posted before would be the empty page's, and the parent would collapse the iframe to it.
const drawn = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
if (window.parent !== window)
  void Promise.resolve(drawn).finally(() => reportHeight(window, window.parent, params.ok ? params.config.id : params.id));
