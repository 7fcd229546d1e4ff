// The package's Vue declaration: the indikator-* tags as typed global components.
import type {} from 'indikator/vue';
