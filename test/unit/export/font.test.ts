import { describe, expect, it } from 'vitest';
import { FONT_FALLBACK, withFallback } from '../../../src/lib/export/svg';

describe('withFallback', () => {
  it('keeps the page’s fonts first, then the system CJK fonts, each once, sans-serif last', () => {
    expect(withFallback('system-ui, "PingFang TC", sans-serif')).toBe(
      'system-ui, "PingFang TC", "Noto Sans CJK TC", "Noto Sans TC", "Microsoft JhengHei", "Heiti TC", sans-serif',
    );
    expect(withFallback('')).toBe(FONT_FALLBACK);
  });
});
