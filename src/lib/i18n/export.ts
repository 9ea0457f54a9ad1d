import type { Dict } from './lang';

/** Strings of the exported files' frame (the downloads menu's own are in en.ts, zh.ts). */
export const exportText = {
  zh: {
    sourceLine: '資料來源：{sources}',
    moreSources: '等 {n} 項',
    credit: '新座標：AI 硬體供應鏈地圖',
    exported: '匯出於 {date}',
  },
  en: {
    sourceLine: 'Sources: {sources}',
    moreSources: 'and {n} more',
    credit: 'New Coordinates: mapping the AI hardware supply chain',
    exported: 'Exported {date}',
  },
} satisfies Dict<string>;
