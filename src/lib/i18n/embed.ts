import type { Dict } from './lang';

/** The embed dialog (explore's Embed button opens it; an embed's own strings are in en.ts, zh.ts). */
export const embedDialogText = {
  zh: {
    title: '嵌入到你的網頁',
    help: '貼上這段程式碼：iframe 會依內容自動調整高度，並保留目前的選取與篩選。',
    view: '要嵌入的圖表',
    code: '嵌入碼',
    copy: '複製嵌入碼',
    preview: '預覽',
    close: '關閉',
  },
  en: {
    title: 'Embed in your page',
    help: 'Paste this code: the iframe resizes itself to its content and keeps the current selection and filters.',
    view: 'View to embed',
    code: 'Embed code',
    copy: 'Copy embed code',
    preview: 'Preview',
    close: 'Close',
  },
} satisfies Dict<string>;
