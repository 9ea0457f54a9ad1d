import { describe, expect, it } from 'vitest';
import { embedTable, JS_BUDGET_KB, legend } from '../../../bench/report.mjs';

const embed = (view: string, jsGzipBytes: number | null, readyMs: number | null) => ({
  view,
  readyMs,
  js: jsGzipBytes === null ? null : { count: 5, raw: jsGzipBytes * 3, gzip: jsGzipBytes },
  all: jsGzipBytes === null ? null : { count: 9, raw: jsGzipBytes * 6, gzip: jsGzipBytes * 2 },
  errors: [],
});

describe('embedTable', () => {
  it('marks each embed’s JS against the budget, with the change since the previous report', () => {
    const under = (JS_BUDGET_KB - 5) * 1024;
    const over = (JS_BUDGET_KB + 5) * 1024;
    const rows = embedTable([embed('map', under, 400), embed('sankey', over, 500)], [embed('map', under * 2, 800)]).split('\n');
    expect(rows[2]).toBe(`| ?embed=map | ${(JS_BUDGET_KB - 5).toFixed(1)} ✓ (-50%) | ${(2 * (JS_BUDGET_KB - 5)).toFixed(0)} | 400 (-50%) |`);
    expect(rows[3]).toBe(`| ?embed=sankey | ${(JS_BUDGET_KB + 5).toFixed(1)} OVER | ${(2 * (JS_BUDGET_KB + 5)).toFixed(0)} | 500 |`);
  });

  it('says n/a for an embed that never reported its bytes or became ready', () => {
    expect(embedTable([embed('power', null, null)]).split('\n')[2]).toBe('| ?embed=power | n/a | n/a | n/a |');
  });
});

describe('legend', () => {
  const ref = { d3: { 1: { jsGzipKb: 29, 1: 150, 4: 540 } } };
  it('warns that a reference from another session makes the verdicts loose, and points to --peers', () => {
    const text = legend({ path: '/shared/peers/results/peers.md', ref, sameRun: false }, null);
    expect(text).toContain('(reference: /shared/peers/results/peers.md');
    expect(text).toContain('--peers');
  });
  it('says nothing of the kind when the peers ran in the same session', () => {
    const text = legend({ path: '/tmp/peers/results/peers.md', ref, sameRun: true }, null);
    expect(text).toContain('(reference: /tmp/peers/results/peers.md');
    expect(text).not.toContain('--peers');
  });
});
