// A rollup plugin giving a bundle an in-memory entry module (the element-size measurements).
import path from 'node:path';

export default function virtual(code) {
  const id = path.resolve('entry.ts');
  return {
    name: 'virtual-entry',
    resolveId: (source) => (source === 'entry' ? id : null),
    load: (loaded) => (loaded === id ? code : null),
  };
}
