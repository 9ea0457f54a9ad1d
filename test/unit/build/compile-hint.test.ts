import { describe, expect, it } from 'vitest';
import { SourceMapConsumer } from 'source-map-js';
import type { OutputBundle } from 'rolldown';
import { COMPILE_HINT, compileHintPlugin } from '../../../scripts/compile-hint-plugin';

// A chunk of two lines whose map points its second line's `b` at source line 7.
const map = { version: 3, sources: ['src/b.ts'], names: [], mappings: ';AAMA', file: 'b.js' };
const bundle = () =>
  ({
    'assets/b.js': { type: 'chunk', fileName: 'assets/b.js', code: 'const __vite__mapDeps=0;\nb();' },
    'assets/b.js.map': { type: 'asset', fileName: 'assets/b.js.map', source: JSON.stringify(map) },
    'assets/b.css': { type: 'asset', fileName: 'assets/b.css', source: 'b{}' },
  }) as unknown as OutputBundle;

function run(out: OutputBundle): void {
  const hook = compileHintPlugin().generateBundle as { handler: (options: unknown, bundle: OutputBundle) => void };
  hook.handler({}, out);
}

describe('compileHintPlugin', () => {
  it("puts the hint on each chunk's first line, above what Vite prepended, and leaves other files alone", () => {
    const out = bundle();
    run(out);
    const chunk = out['assets/b.js'] as { code: string };
    expect(chunk.code.split('\n')).toEqual([COMPILE_HINT, 'const __vite__mapDeps=0;', 'b();']);
    expect((out['assets/b.css'] as { source: string }).source).toBe('b{}');
  });

  it('moves the source map down the line it adds, so positions still resolve to their source', () => {
    const out = bundle();
    run(out);
    const shifted = new SourceMapConsumer(JSON.parse((out['assets/b.js.map'] as { source: string }).source));
    expect(shifted.originalPositionFor({ line: 3, column: 0 })).toMatchObject({ source: 'src/b.ts', line: 7 });
    expect(shifted.originalPositionFor({ line: 2, column: 0 }).source).toBeNull();
  });
});
