import type { DataIssue } from '../data/issue';
import { formatIssue } from '../data/issue';
import type { Lang } from './lang';
import { byLang } from './strings';

/* The wording of data problems, in the loader's tables and a view's error panel alike (the loader's
   own strings are in data.ts, which only the loader needs). The rewording rules are part of each
   language's strings: the Chinese ones (issues.zh.ts) are fetched by Chinese readers only, and
   English needs none, being the validator's own language. */

/** A pattern for a text the validator writes, and its wording in another language. */
export type IssueRule = [RegExp, (...groups: string[]) => string];

const rules = byLang((s) => s.issues);

/** A value as describeValue shows it (JSON, possibly cut short) reads the same in every language. */
const isJsonValue = (s: string) => /^(["[{\-\d]|true$|false$|null$)/.test(s);

/** The Chinese wording, or null when no rule knows the text (the tests hold every produced text to a rule). */
export function translated(text: string, kind: 'expected' | 'received'): string | null {
  if (kind === 'received' && isJsonValue(text)) return text;
  for (const [pattern, render] of rules.zh[kind]) {
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
