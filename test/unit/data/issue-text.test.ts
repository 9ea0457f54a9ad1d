import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssue, type DataIssue } from '../../../src/lib/data/issue';
import { issueText, issueParts, translated } from '../../../src/lib/i18n/issues';
import { loadStrings } from '../../../src/lib/i18n/strings';

// The Chinese rewording rules are part of the zh strings, which the app fetches for a Chinese reader.
beforeAll(() => loadStrings('zh'));

const issue = (expected: string, received: string, path = 'sites[4].lat'): DataIssue => ({ file: 'sites.json', path, expected, received, severity: 'error' });

describe('issue wording in the reader’s language', () => {
  it('English is the validator’s own line', () => {
    const i = issue('a number between -90 and 90', '"N/A"');
    expect(issueText(i, 'en')).toBe(formatIssue(i));
  });

  it('Chinese keeps file, path and value, and words the expectation', () => {
    expect(issueText(issue('a number between -90 and 90', '"N/A"'), 'zh')).toBe('sites.json：sites[4].lat：應為介於 -90 與 90 之間的數字，實際為"N/A"');
    expect(issueParts(issue('("foundry" or "packaging")', 'nothing', 'sites[1].role'), 'zh')).toMatchObject({ expected: '下列其中之一："foundry"、"packaging"', received: '沒有' });
  });

  // The messages load.ts, dropped.ts, limits.ts and cross-check.ts write (the property test covers the validator's).
  it.each([
    ['a file the browser can fetch', 'no answer within 15 s'],
    ['a file the browser can fetch', 'a network error (offline, a wrong address, or a server that does not allow cross-origin requests: CORS)'],
    ['an HTTP 200 response', 'HTTP 404'],
    ['valid JSON', '"<!doctype html>"'],
    ['at most 10 MB', '12.5 MB'],
    ['at most 5000 items', '6000 items'],
    ['a .json file', 'another kind of file (ignored)'],
    ['sites given once', 'a second copy (also in bundle.json › sites); this one is used'],
    ['this file (every dataset has it)', 'nothing'],
    ['presenter scenes (optional; this dataset has none)', 'nothing'],
    ['the id of an entity in entities.json', '"acme"'],
    ['a year not before from (2030)', '2020'],
    ['no such key (not in the contract)', 'a key "weight"'],
    ['one of the keys manifest, entities, sources, sites, flows, power, story', 'a key "extras" (ignored)'],
    ['a relative or http(s) URL', '"javascript:alert(1)"'],
    ['a node in a later column than the source (column 2)', '"tsmc" in column 1'],
    ['links without a cycle', 'a cycle a → b → a'],
    ['a view not already in this scene (shown once)', '"map"'],
  ])('%s / %s', (expected, received) => {
    expect(translated(expected, 'expected')).not.toBeNull();
    expect(translated(received, 'received')).not.toBeNull();
  });
});
