import type { Dict } from './lang';

/** The downloads menu's items and messages (its button's own strings are in en.ts, zh.ts): drawn only when opened. */
export const downloadItemText = {
  zh: {
    png: 'PNG 圖片（2 倍解析度）',
    pngTransparent: 'PNG 圖片（透明背景，適合簡報）',
    svg: 'SVG 向量圖',
    csv: 'CSV 資料（Excel 可開）',
    json: 'JSON 資料',
    preparing: '正在準備 {format}…',
    downloaded: '已下載 {file}',
    failed: '無法匯出：{reason}',
    noChart: '這個視圖還沒有可匯出的圖',
  },
  en: {
    png: 'PNG image (2x resolution)',
    pngTransparent: 'PNG image (transparent, for slides)',
    svg: 'SVG vector image',
    csv: 'CSV data (opens in Excel)',
    json: 'JSON data',
    preparing: 'Preparing {format}…',
    downloaded: 'Downloaded {file}',
    failed: 'Could not export: {reason}',
    noChart: 'This view has no chart to export yet',
  },
} satisfies Dict<string>;
