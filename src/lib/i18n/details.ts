import type { Dict } from './lang';

/*
 * Strings of the parts drawn on hover, focus, tap or opening, which arrive after the views are
 * ready: the detail cards, the data tables, and the fact checks and source lists in them (and the
 * same words in CSV exports). The views' own strings are in en.ts, zh.ts.
 */

export const detailText = {
  zh: { close: '關閉', sources: '資料來源', articleSays: '文章說法', recordSays: '紀錄' },
  en: { close: 'Close', sources: 'Sources', articleSays: 'The article says', recordSays: 'The record says' },
} satisfies Dict<string>;

/** The Sankey's card and table. */
export const sankeyDetailText = {
  zh: {
    countsOne: '以 1 計（無量測數值）',
    value: '數值',
    flowsIn: '來自',
    flowsOut: '流向',
    chapter: '章節',
    from: '起點',
    to: '終點',
    width: '寬度',
    tableCaption: '桑基圖中的每一條關係',
    unverified: '未經證實',
    ticker: '代號',
  },
  en: {
    countsOne: 'counts 1 (no measured value)',
    value: 'Value',
    flowsIn: 'From',
    flowsOut: 'To',
    chapter: 'Chapter',
    from: 'From',
    to: 'To',
    width: 'Width',
    tableCaption: 'Every flow in the Sankey',
    unverified: 'unverified',
    ticker: 'Ticker',
  },
} satisfies Dict<string>;

/** The power chart's point card and table. */
export const powerDetailText = {
  zh: {
    confidence: '可信度',
    scenario: '情境',
    computedAs: '計算：{num} ÷ {den} = {share}',
    reportedAs: '來源報導：{value}',
    period: '{from}–{to} 年',
    thSeries: '數列',
    thYear: '年',
    thValue: '數值',
    thUnit: '單位',
    thKind: '類型',
    thConfidence: '可信度',
    thSources: '來源',
    thNote: '說明',
  },
  en: {
    confidence: 'confidence',
    scenario: 'Scenario',
    computedAs: 'Computed: {num} ÷ {den} = {share}',
    reportedAs: 'Reported: {value}',
    period: '{from}–{to}',
    thSeries: 'Series',
    thYear: 'Year',
    thValue: 'Value',
    thUnit: 'Unit',
    thKind: 'Kind',
    thConfidence: 'Confidence',
    thSources: 'Sources',
    thNote: 'Note',
  },
} satisfies Dict<string>;
