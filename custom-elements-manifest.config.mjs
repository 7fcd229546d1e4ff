// custom-elements.json, generated from the elements' JSDoc by `npm run build`; Storybook's docs
// pages and editors read it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/adapters/**', 'src/core/**', 'src/data/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [
    {
      name: 'indikator-events',
      // The base dispatches its events through one helper, `emit(type, detail)`; the analyzer
      // reads that call as an event named "type". The real events are declared with @fires.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name !== 'type');
          }
        }
      },
    },
  ],
};
