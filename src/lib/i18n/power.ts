import { byLang } from './strings';

/** Strings of the power chart (the text: en.ts, zh.ts). */
export const power = byLang((s) => s.power);
