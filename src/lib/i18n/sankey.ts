import { byLang } from './strings';

/** Strings of the Sankey view (the text: en.ts, zh.ts). */
export const sankeyText = byLang((s) => s.sankey);
