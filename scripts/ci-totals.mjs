// Sums Vitest JSON reports into the one closing line CI reads: "N passed, N failed".
// A missing report (a suite that crashed before writing) counts as one failure; `--steps P,F` adds
// the steps that are not test suites (type check, build, benchmark smoke) that passed and failed.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const args = process.argv.slice(2);
const steps = args.indexOf('--steps');
if (steps >= 0) {
  const [p = 0, f = 0] = (args.splice(steps, 2)[1] ?? '').split(',').map(Number);
  passed += p;
  failed += f;
}
for (const file of args) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
    if ((report.numTotalTests ?? 0) === 0) failed += 1;
  } catch {
    console.error(`no report at ${file}`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
