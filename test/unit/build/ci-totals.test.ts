import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = new URL('../../../scripts/ci-totals.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'ci-totals-'));
const report = (name: string, body: object) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(body));
  return file;
};

/** The closing line and exit code of the script. */
function totals(...args: string[]): { line: string; code: number } {
  try {
    return { line: execFileSync('node', [script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(), code: 0 };
  } catch (e) {
    const failure = e as { stdout: string; status: number };
    return { line: failure.stdout.trim(), code: failure.status };
  }
}

describe('ci-totals', () => {
  const unit = report('unit.json', { numPassedTests: 10, numFailedTests: 0, numTotalTests: 10 });
  const e2e = report('e2e.json', { numPassedTests: 4, numFailedTests: 1, numTotalTests: 5 });

  it('sums the suites into one line, failing when any test failed', () => {
    expect(totals(unit)).toEqual({ line: '10 passed, 0 failed', code: 0 });
    expect(totals(unit, e2e)).toEqual({ line: '14 passed, 1 failed', code: 1 });
  });

  it('counts a step that is not a test suite (type check, build) in the totals, so a red step never reads "0 failed"', () => {
    expect(totals('--steps', '2,1', unit)).toEqual({ line: '12 passed, 1 failed', code: 1 });
    expect(totals('--steps', '3,0', unit)).toEqual({ line: '13 passed, 0 failed', code: 0 });
  });

  it('counts a missing report, or one without tests, as a failure', () => {
    expect(totals(unit, join(dir, 'absent.json'))).toEqual({ line: '10 passed, 1 failed', code: 1 });
    expect(totals(report('empty.json', { numPassedTests: 0, numTotalTests: 0 }))).toEqual({ line: '0 passed, 1 failed', code: 1 });
  });
});
