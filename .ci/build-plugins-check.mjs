// The CDN build's two text transforms (rollup.config.mjs), checked on the cases that could break a
// page: CSS whose meaning rests on a space, strings, escapes and `${}`; templates whose text must
// keep a space where it had a line break. Fails (exit 1) on the first difference.
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
import { collapseTemplateIndent, minifyCss, minifyCssLiterals } from '../rollup.config.mjs';

const css = [
  ['.a .b > .c {\n  color: red;\n}\n', '.a .b>.c{color:red}'],
  ['/* why */\n:host([hidden]) { display: none; }', ':host([hidden]){display:none}'],
  ['.a :hover { margin: 1px  2px; }', '.a :hover{margin:1px 2px}'],
  ['.x { width: calc(100% - 2px); }', '.x{width:calc(100% - 2px)}'],
  ['@media (min-width: 30em) and (max-width: 40em) { .a { b: c } }', '@media (min-width:30em) and (max-width:40em){.a{b:c}}'],
  [".q::before { content: ' : ; { '; }", ".q::before{content:' : ; { '}"],
  ['.i { background: url(a/*b*/c.png); }', '.i{background:url(a/*b*/c.png)}'],
  ['.e\\31  0 { x: y }', '.e\\31  0{x:y}'],
  ['.a/**/.b { x: y }', '.a/**/.b{x:y}'],
];
for (const [input, expected] of css) assert.equal(minifyCss(input), expected, input);
// A space beside a `${}` stays: `${a} ${b}` must not become `${a}${b}`.
assert.equal(minifyCss(' x ', false, false), ' x ');

function transform(plugin, code) {
  const out = plugin.transform.call({ parse: (c) => parseAst(c) }, code, 'm.js');
  return out ? out.code : code;
}
const tpl =
  'html`<p>\n      <span>a</span>\n      <b>${x}</b> text\n    </p>`; const s = svg`<g>\n  <text>t</text>\n</g>`; const c = `keep\n  this`;';
assert.equal(
  transform(collapseTemplateIndent(), tpl),
  'html`<p> <span>a</span> <b>${x}</b> text </p>`; const s = svg`<g> <text>t</text> </g>`; const c = `keep\n  this`;',
);
const styles = 'const s = css`\n  .a { color: ${c}; }\n  .b .c { x: y; }\n`; const h = html`<p>\n  x</p>`;';
assert.equal(transform(minifyCssLiterals(), styles), 'const s = css`.a{color: ${c}}.b .c{x:y}`; const h = html`<p>\n  x</p>`;');
console.log('build transforms: ok');
