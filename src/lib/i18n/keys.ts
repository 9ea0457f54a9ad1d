import type { Lang } from './lang';

/** The keyboard-help list (its button's own strings are in en.ts, zh.ts): drawn only when opened. */
export const keyListText: Record<Lang, { title: string; close: string; rows: [string, string][] }> = {
  zh: {
    title: '鍵盤操作',
    close: '關閉',
    rows: [
      ['Tab', '移到下一個控制項或圖表（每張圖只佔一個 Tab 位置）'],
      ['← → ↑ ↓', '在圖表內移動：地圖由西向東走訪據點；桑基圖上下換節點、左右沿著關係；電力圖左右換年份、上下換數列'],
      ['Home / End', '跳到第一個／最後一個'],
      ['Enter / 空白鍵', '選取目前項目，三張圖一起標示'],
      ['Esc', '清除選取、關閉卡片'],
      ['+ / − / 0', '地圖放大、縮小、重設；Shift + 方向鍵平移'],
      ['?', '開關這份說明'],
      ['簡報模式', '→ ← 空白鍵 PageDown PageUp 換頁；F 全螢幕；S 講者備註；Esc 離開'],
    ],
  },
  en: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    rows: [
      ['Tab', 'Next control or chart (each chart is one Tab stop)'],
      ['← → ↑ ↓', 'Move inside a chart: the map visits sites west to east; the Sankey moves up/down a column and left/right along links; the power chart steps years (←→) and series (↑↓)'],
      ['Home / End', 'First / last item'],
      ['Enter / Space', 'Select the current item; all three views mark what relates to it'],
      ['Esc', 'Clear the selection, close a card'],
      ['+ / − / 0', 'Map zoom in, out, reset; Shift + arrows pan'],
      ['?', 'Show or hide this list'],
      ['Presenter mode', '→ ← Space PageDown PageUp move; F full screen; S speaker notes; Esc leave'],
    ],
  },
};
