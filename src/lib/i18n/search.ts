import type { Dict } from './lang';

/** The search box, which arrives once the views are ready. */
export const searchText = {
  zh: { label: '搜尋公司、政策或代號', placeholder: '搜尋：廣達、Quanta、2382…', noResults: '找不到符合的項目' },
  en: { label: 'Search companies, policies or tickers', placeholder: 'Search: Quanta, 廣達, 2382…', noResults: 'No match' },
} satisfies Dict<string>;
