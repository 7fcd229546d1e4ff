// The browser side of a server-rendered page, as the README's recipe has it: Lit's hydration
// support first (it must load before Lit), then the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../dist/define.js';
