import { byLang } from './strings';

/** Strings of the corridor map (the text: en.ts, zh.ts). */
export const mapText = byLang((s) => s.map);
export const roleText = byLang((s) => s.roles);
export const statusText = byLang((s) => s.status);
export const confidenceText = byLang((s) => s.confidence);
