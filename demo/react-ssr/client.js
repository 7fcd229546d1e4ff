// The browser side: Lit's hydration support before anything imports Lit, then React hydrates the
// server's HTML with the same props it was rendered from.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.js';

const props = JSON.parse(document.getElementById('app-props').textContent);
hydrateRoot(document.getElementById('root'), createElement(App, props));
