// Shared test helpers: fixtures and frozen inputs.

const cache = new Map<string, unknown>();

/** A real document from demo/data (the demo's own copy, the only one), as a fresh deep copy each time. */
export async function fixture<T = unknown>(name: string): Promise<T> {
  if (!cache.has(name)) {
    const response = await fetch(new URL(`../demo/data/${name}`, import.meta.url));
    if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
    cache.set(name, await response.json());
  }
  return structuredClone(cache.get(name)) as T;
}

/** Freezes an object and everything inside it, so that any write throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
