import type { Dict } from './lang';

type Key =
  | 'summary'
  | 'unitLabel'
  | 'unitTwh'
  | 'unitShare'
  | 'showShare'
  | 'legendLabel'
  | 'panelGlobalTwh'
  | 'panelGlobalShare'
  | 'panelTaiwan'
  | 'axisTwh'
  | 'axisShare'
  | 'axisShareTaiwan'
  | 'axisBreak'
  | 'kindActual'
  | 'kindProjection'
  | 'kindClaim'
  | 'kindDerived'
  | 'confidence'
  | 'confHigh'
  | 'confMedium'
  | 'confLow'
  | 'scenarioBase'
  | 'scenarioLiftOff'
  | 'scenarioHighEfficiency'
  | 'scenarioHeadwinds'
  | 'scenarioRange'
  | 'scenario'
  | 'keyRecorded'
  | 'keyProjection'
  | 'keyClaim'
  | 'keyInterpolated'
  | 'computedAs'
  | 'reportedAs'
  | 'claimHint'
  | 'planParts'
  | 'period'
  | 'chartLabel'
  | 'chartHelp'
  | 'markLabel'
  | 'tableSummary'
  | 'thSeries'
  | 'thYear'
  | 'thValue'
  | 'thUnit'
  | 'thKind'
  | 'thConfidence'
  | 'thSources'
  | 'thNote'
  | 'hidden';

export const power = {
  zh: {
    summary: '全球資料中心用電的實際值與 IEA 情境、原文「21%」說法與紀錄的對照，以及台積電占全台用電的比重。',
    unitLabel: '全球圖的單位',
    unitTwh: 'TWh',
    unitShare: '占全球用電 %',
    showShare: '顯示比重',
    legendLabel: '顯示或隱藏數列',
    panelGlobalTwh: '全球資料中心用電量',
    panelGlobalShare: '全球資料中心占全球用電比重',
    panelTaiwan: '台積電占全台用電比重',
    axisTwh: 'TWh／年',
    axisShare: '占全球用電 %',
    axisShareTaiwan: '占全台用電 %',
    axisBreak: '座標軸於此截斷',
    kindActual: '實際',
    kindProjection: '預測',
    kindClaim: '說法',
    kindDerived: '計算值',
    confidence: '可信度',
    confHigh: '高',
    confMedium: '中',
    confLow: '低',
    scenarioBase: '基準',
    scenarioLiftOff: '起飛',
    scenarioHighEfficiency: '高效率',
    scenarioHeadwinds: '逆風',
    scenarioRange: 'IEA 情境範圍',
    scenario: '情境',
    keyRecorded: '實際／計算值',
    keyProjection: '預測',
    keyClaim: '待查核的說法',
    keyInterpolated: '虛線：已知年份間的直線連接，並非實測',
    computedAs: '計算：{num} ÷ {den} = {share}',
    reportedAs: '來源報導：{value}',
    claimHint: '原文「2030 年占全球用電 21%」是比重，沒有對應的 TWh 數字：改看比重即可對照 IEA 的數字。',
    planParts: '{label}的三大主軸',
    period: '{from}–{to} 年',
    chartLabel: '電力圖表的資料點',
    chartHelp: '左右鍵逐年移動，上下鍵切換數列，Enter 選取，Esc 取消。',
    markLabel: '{series}，{year} 年：{value}（{kind}，可信度{confidence}）',
    tableSummary: '資料表：每一個數值',
    thSeries: '數列',
    thYear: '年',
    thValue: '數值',
    thUnit: '單位',
    thKind: '類型',
    thConfidence: '可信度',
    thSources: '來源',
    thNote: '說明',
    hidden: '（已隱藏）',
  },
  en: {
    summary: "What the world's data centres use and what the IEA's scenarios expect, the article's “21%” set against the record, and TSMC's share of Taiwan's electricity.",
    unitLabel: 'World panel unit',
    unitTwh: 'TWh',
    unitShare: '% of world electricity',
    showShare: 'Show shares',
    legendLabel: 'Show or hide series',
    panelGlobalTwh: 'Electricity used by the world’s data centres',
    panelGlobalShare: 'Data centres’ share of the world’s electricity',
    panelTaiwan: 'TSMC’s share of Taiwan’s electricity',
    axisTwh: 'TWh a year',
    axisShare: '% of world electricity',
    axisShareTaiwan: '% of Taiwan’s electricity',
    axisBreak: 'axis broken here',
    kindActual: 'recorded',
    kindProjection: 'projection',
    kindClaim: 'claim',
    kindDerived: 'computed',
    confidence: 'confidence',
    confHigh: 'high',
    confMedium: 'medium',
    confLow: 'low',
    scenarioBase: 'Base',
    scenarioLiftOff: 'Lift-Off',
    scenarioHighEfficiency: 'High Efficiency',
    scenarioHeadwinds: 'Headwinds',
    scenarioRange: 'Range of IEA scenarios',
    scenario: 'Scenario',
    keyRecorded: 'Recorded / computed',
    keyProjection: 'Projection',
    keyClaim: 'Claim to check',
    keyInterpolated: 'Dashed: a straight line between known years, not measured',
    computedAs: 'Computed: {num} ÷ {den} = {share}',
    reportedAs: 'Reported: {value}',
    claimHint: "The article's “21% of world electricity by 2030” is a share with no TWh equivalent: switch to shares to see it beside the IEA's figures.",
    planParts: '{label}: its three pillars',
    period: '{from}–{to}',
    chartLabel: 'Data points of the power chart',
    chartHelp: 'Left and right step through years, up and down switch series, Enter selects, Escape clears.',
    markLabel: '{series}, {year}: {value} ({kind}, {confidence} confidence)',
    tableSummary: 'Data table: every value',
    thSeries: 'Series',
    thYear: 'Year',
    thValue: 'Value',
    thUnit: 'Unit',
    thKind: 'Kind',
    thConfidence: 'Confidence',
    thSources: 'Sources',
    thNote: 'Note',
    hidden: '(hidden)',
  },
} satisfies Dict<Key>;
