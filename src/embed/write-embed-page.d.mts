/** Types of write-embed-page.mjs (`npm run embed:page`): the pure part, used by its tests. */
export function toOrigin(entry: string): string;
export function withOrigins(html: string, origins: readonly string[]): string;
