// The table of elements (src/elements.ts) for Node scripts, which cannot import TypeScript: its
// source transpiled by the project's own TypeScript (the types and `as const` dropped; the table
// has no imports, so it stands alone) and imported as a module. `import { ELEMENTS } from './elements.mjs'`.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const source = readFileSync(new URL('../src/elements.ts', import.meta.url), 'utf8');
const { outputText } = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
});
if (/^\s*import\b/m.test(outputText)) throw new Error('src/elements.ts must stay pure data: no imports');

/** @type {ReadonlyArray<{ name: string; tag: string; className: string; widget: string; variants: readonly string[]; targeted: boolean; nests: readonly string[] }>} */
export const { ELEMENTS } = await import(`data:text/javascript;charset=utf-8,${encodeURIComponent(outputText)}`);
