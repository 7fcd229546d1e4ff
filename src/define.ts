// Registers every Indikator element. The CDN bundle (dist/indikator.js) is built from this file.
export {};
