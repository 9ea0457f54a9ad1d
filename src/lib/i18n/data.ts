import type { DataIssue } from '../data/validate';
import { formatIssue } from '../data/validate';
import type { Dict, Lang } from './lang';

/** Strings of the dataset loader (drop zone, file picker, manifest URL, problem list). */
export const dataText = {
  zh: {
    title: '載入其他資料',
    intro: '把符合資料契約的 JSON 檔拖放到頁面上、選擇檔案，或輸入 manifest 網址。新資料通過檢查前，畫面上的資料不會被換掉。',
    showing: '目前顯示：',
    defaultStory: '預設故事',
    version: '版本 {version}',
    choose: '選擇 JSON 檔案…',
    dropHint: '或把檔案拖放到頁面任何地方（可一次放多個檔案，或一個合併檔）',
    dropOverlay: '放開即可載入資料',
    urlLabel: 'manifest 網址',
    urlPlaceholder: 'https://…/manifest.json',
    urlLoad: '載入網址',
    urlInvalid: '請輸入本站的相對路徑，或 http(s) 網址。',
    reset: '回到預設故事',
    example: '載入範例資料',
    loading: '正在讀取 {label}…',
    loaded: '已載入「{name}」。',
    loadedFiles: '已載入拖放的檔案。',
    errorsOne: '發現 1 個錯誤：這份資料沒有載入，畫面仍是原本的資料。',
    errorsMany: '發現 {n} 個錯誤：這份資料沒有載入，畫面仍是原本的資料。',
    warningsOne: '1 個警告（資料仍可使用）',
    warningsMany: '{n} 個警告（資料仍可使用）',
    loadAnyway: '仍然載入（有問題的圖表會顯示錯誤訊息）',
    keep: '保留目前的資料',
    nothingFound: '拖放的檔案裡沒有可用的資料檔。',
    colFile: '檔案',
    colPath: '位置',
    colExpected: '應為',
    colFound: '實際',
    whole: '（整個檔案）',
    more: '另有 {n} 項未列出。',
    contract: '資料契約（JSON Schema）：',
  },
  en: {
    title: 'Load other data',
    intro: 'Drop JSON files that follow the data contract anywhere on the page, choose them, or enter the URL of a manifest. The data on screen stays until the new data passes its checks.',
    showing: 'Now showing:',
    defaultStory: 'the default story',
    version: 'version {version}',
    choose: 'Choose JSON files…',
    dropHint: 'or drop them anywhere on the page (several files at once, or one combined bundle)',
    dropOverlay: 'Drop to load the data',
    urlLabel: 'Manifest URL',
    urlPlaceholder: 'https://…/manifest.json',
    urlLoad: 'Load URL',
    urlInvalid: 'Enter a path on this site, or an http(s) URL.',
    reset: 'Back to the default story',
    example: 'Load the example dataset',
    loading: 'Reading {label}…',
    loaded: 'Loaded “{name}”.',
    loadedFiles: 'Loaded the dropped files.',
    errorsOne: '1 problem found: this data was not loaded; the charts still show the previous data.',
    errorsMany: '{n} problems found: this data was not loaded; the charts still show the previous data.',
    warningsOne: '1 warning (the data can still be used)',
    warningsMany: '{n} warnings (the data can still be used)',
    loadAnyway: 'Load anyway (charts with problems will say so)',
    keep: 'Keep the current data',
    nothingFound: 'The dropped files hold no dataset file.',
    colFile: 'File',
    colPath: 'Where',
    colExpected: 'Expected',
    colFound: 'Found',
    whole: '(whole file)',
    more: '{n} more not listed.',
    contract: 'The data contract (JSON Schema):',
  },
} satisfies Dict<string>;

type Rule = [RegExp, (...groups: string[]) => string];

const typeWords: Record<string, string> = { number: '數字', string: '字串', boolean: 'true 或 false', null: 'null' };

/** Chinese wording of every expectation the validator, the cross-checks and the loader produce. */
const expectedZh: Rule[] = [
  [/^no such key \(not in the contract\)$/, () => '資料契約中沒有的鍵（已略過）'],
  [/^this key \(it is required\)$/, () => '這個鍵（必填）'],
  [/^a lower-case slug \(a-z, 0-9, -\)$/, () => '小寫代號（a–z、0–9、-）'],
  [/^at least one source id$/, () => '至少一個來源 id'],
  [/^a date as YYYY-MM$/, () => 'YYYY-MM 格式的年月'],
  [/^a date as YYYY, YYYY-MM or YYYY-MM-DD$/, () => 'YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期'],
  [/^an http\(s\) URL$/, () => 'http(s) 網址'],
  [/^a full URL$/, () => '完整的網址'],
  [/^a relative or http\(s\) URL$/, () => '相對路徑或 http(s) 網址'],
  [/^an ISO 3166-1 alpha-2 code$/, () => 'ISO 3166-1 二字母國家代碼'],
  [/^a number above 0$/, () => '大於 0 的數字'],
  [/^a number between (-?[\d.]+) and (-?[\d.]+)$/, (a, b) => `介於 ${a} 與 ${b} 之間的數字`],
  [/^a number >=\s*(-?[\d.]+)$/, (n) => `不小於 ${n} 的數字`],
  [/^a number <=\s*(-?[\d.]+)$/, (n) => `不大於 ${n} 的數字`],
  [/^a whole number$/, () => '整數'],
  [/^a list$/, () => '清單（陣列）'],
  [/^an object$/, () => '物件'],
  [/^at least (\d+) item\(s\)$/, (n) => `至少 ${n} 項`],
  [/^at most (\d+) items$/, (n) => `最多 ${n} 項`],
  [/^at most (\d+) characters$/, (n) => `最多 ${n} 個字元`],
  [/^at most (\d+) MB$/, (n) => `最多 ${n} MB`],
  [/^an id not used before in this file$/, () => '本檔案中沒有重複的 id'],
  [/^the id of a source in sources\.json$/, () => 'sources.json 裡某個來源的 id'],
  [/^the id of an entity in entities\.json$/, () => 'entities.json 裡某個實體的 id'],
  [/^the id of a chapter entity$/, () => '某個章節（kind 為 chapter）實體的 id'],
  [/^an entity with an hq location$/, () => '有總部位置（hq）的實體'],
  [/^the id of a node in nodes$/, () => 'nodes 裡某個節點的 id'],
  [/^a node other than the source$/, () => '與 source 不同的節點'],
  [/^a unit exactly when value is a number$/, () => '單位（value 是數字時才有）'],
  [/^a year not before from \((\d+)\)$/, (y) => `不早於 from（${y}）的年份`],
  [/^a file the browser can fetch$/, () => '瀏覽器能取得的檔案'],
  [/^an HTTP 200 response$/, () => 'HTTP 200 回應'],
  [/^valid JSON$/, () => '有效的 JSON'],
  [/^a complete file$/, () => '完整的檔案'],
  [/^a readable file$/, () => '可讀取的檔案'],
  [/^a manifest$/, () => 'manifest（資料清單）'],
  [/^a dataset$/, () => '一份資料'],
  [/^presenter scenes \(optional; this dataset has none\)$/, () => '簡報場景（選用；這份資料沒有）'],
  [/^this file \(every dataset has it\)$/, () => '這個檔案（每份資料都必須有）'],
  [/^a \.json file$/, () => '.json 檔'],
  [/^(\w+) given once$/, (p) => `${p} 只出現一次`],
  [/^one of the keys (.+)$/, (keys) => `下列其中一個鍵：${keys.split(', ').join('、')}`],
  [/^a dataset file \(.+\) or a bundle of them$/, () => '資料檔（entities、sources、sites、flows、power、story 或 manifest）或它們的合併檔'],
  [/^a TopoJSON topology with "(.+)"$/, (o) => `含 "${o}" 的 TopoJSON 地圖`],
  [/^a base map$/, () => '底圖'],
  [/^an id not used before in nodes$/, () => 'nodes 中沒有重複的 id'],
  [/^a number above 0, or null$/, () => '大於 0 的數字，或 null'],
  [/^a node in a later column than the source \(column (\d+)\)$/, (c) => `比 source 更右邊的欄位中的節點（source 在第 ${c} 欄）`],
  [/^links without a cycle$/, () => '不構成循環的連結'],
  [/^\((.+)\)$/, (list) => `下列其中之一：${list.split(' or ').join('、')}`],
  [/^(number|string|boolean|null)$/, (t) => typeWords[t] ?? t],
  [/^((?:\w+ or )+\w+)$/, (list) => list.split(' or ').map((t) => typeWords[t] ?? t).join(' 或 ')],
];

const receivedZh: Rule[] = [
  [/^nothing$/, () => '沒有'],
  [/^a key (.+) \(ignored\)$/, (k) => `鍵 ${k}（已略過）`],
  [/^a key (.+)$/, (k) => `鍵 ${k}`],
  [/^HTTP (\d+)$/, (s) => `HTTP ${s} 錯誤`],
  [/^no answer within ([\d.]+) s$/, (s) => `${s} 秒內沒有回應`],
  [/^a network error \(.+\)$/, () => '網路錯誤（離線、網址有誤，或對方伺服器不允許跨來源讀取：CORS）'],
  [/^a broken download$/, () => '下載中斷'],
  [/^([\d.]+) MB$/, (n) => `${n} MB`],
  [/^(\d+) items$/, (n) => `${n} 項`],
  [/^another kind of file \(ignored\)$/, () => '其他類型的檔案（已略過）'],
  [/^a second copy \(also in (.+)\); this one is used$/, (f) => `第二份（另一份在 ${f}）；採用這一份`],
  [/^something else$/, () => '其他內容'],
  [/^(".*") in column (\d+)$/, (id, c) => `${id}（第 ${c} 欄）`],
  [/^a cycle (.+)$/, (ids) => `循環 ${ids}`],
];

/** A value as describeValue shows it (JSON, possibly cut short) reads the same in every language. */
const isJsonValue = (s: string) => /^(["[{\-\d]|true$|false$|null$)/.test(s);

/** The Chinese wording, or null when no rule knows the text (the tests hold every produced text to a rule). */
export function translated(text: string, kind: 'expected' | 'received'): string | null {
  if (kind === 'received' && isJsonValue(text)) return text;
  for (const [pattern, render] of kind === 'expected' ? expectedZh : receivedZh) {
    const m = pattern.exec(text);
    if (m) return render(...m.slice(1).map((g) => g ?? ''));
  }
  return null;
}

/** One issue's parts in the reader's language (file names, paths and values stay as they are). */
export function issueParts(issue: DataIssue, lang: Lang): { file: string; path: string; expected: string; received: string } {
  const local = (text: string, kind: 'expected' | 'received') => (lang === 'zh' ? (translated(text, kind) ?? text) : text);
  return { file: issue.file, path: issue.path, expected: local(issue.expected, 'expected'), received: local(issue.received, 'received') };
}

/** `sites.json: sites[4].lat: expected …, got …` in English; the same facts in Chinese. */
export function issueText(issue: DataIssue, lang: Lang): string {
  if (lang === 'en') return formatIssue(issue);
  const p = issueParts(issue, lang);
  return `${p.path ? `${p.file}：${p.path}` : p.file}：應為${p.expected}，實際為${p.received}`;
}
