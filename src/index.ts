/**
 * Indikator's script API. Side-effect free: importing it registers no element.
 */
export const VERSION = '0.1.0';
