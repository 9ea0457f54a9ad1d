import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAME, fileName, footerLines, frameLayout, isoDay, sourceLine, textWidth, wrap } from '../../../src/lib/export/frame';
import { files } from './fixture';

describe('wrap', () => {
  it('breaks English between words and Chinese between characters', () => {
    const width = textWidth('AI manufacturing', 20);
    expect(wrap('The North American AI manufacturing corridor', width, 20)).toEqual(['The North', 'American AI', 'manufacturing', 'corridor']);
    expect(wrap('AI manufacturing corridor', width, 20)).toEqual(['AI manufacturing', 'corridor']);
    expect(wrap('北美 AI 製造走廊與政策壓力', 100, 20)).toEqual(['北美 AI 製', '造走廊與政', '策壓力']);
  });

  it('never loses text and never exceeds the width, unless one word alone is wider', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '台', '積', '電', '1', ',') , maxLength: 80 }), fc.integer({ min: 40, max: 600 }), (text, width) => {
        const lines = wrap(text, width, 14);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const line of lines) if (/\s|[台積電]/.test(line)) expect(textWidth(line, 14) <= width || !/\s/.test(line.trim()) || line.length === 1).toBe(true);
      }),
    );
  });
});

describe('frameLayout', () => {
  it('adds a title band above and a footer band below a chart of unchanged size', () => {
    const layout = frameLayout({ width: 800.4, height: 500 }, 'A title', ['Sources: TSMC', 'Credit · date']);
    expect(layout.width).toBe(800 + 2 * FRAME.pad);
    expect(layout.chart).toEqual({ x: FRAME.pad, y: FRAME.pad + FRAME.titleLine + FRAME.gap, width: 800, height: 500 });
    expect(layout.height).toBe(layout.chart.y + 500 + FRAME.gap + 2 * FRAME.footLine + FRAME.pad);
    expect(layout.footer.lines).toEqual(['Sources: TSMC', 'Credit · date']);
    expect(layout.footer.y).toBeGreaterThan(layout.chart.y + layout.chart.height);
  });

  it('wraps a long title on a phone-width chart and grows the band to fit', () => {
    const wide = frameLayout({ width: 1200, height: 400 }, '新座標：北美 AI 製造走廊與政策壓力如何流向受益者', []);
    const narrow = frameLayout({ width: 360, height: 400 }, '新座標：北美 AI 製造走廊與政策壓力如何流向受益者', []);
    expect(wide.title.lines).toHaveLength(1);
    expect(narrow.title.lines.length).toBeGreaterThan(1);
    expect(narrow.chart.y - wide.chart.y).toBe((narrow.title.lines.length - 1) * FRAME.titleLine);
  });
});

describe('source line, footer and file name', () => {
  it('names each publisher once and says how many more there are', () => {
    expect(sourceLine(files.sources.sources, 'en', 3)).toBe('Sources: TSMC, US Commerce, 自由時報 and 2 more');
    expect(sourceLine(files.sources.sources.slice(0, 2), 'zh')).toBe('資料來源：TSMC、US Commerce');
  });

  it('ends with the credit and the date', () => {
    expect(footerLines([], 'en', '2026-11-25')[1]).toBe('New Coordinates: mapping the AI hardware supply chain · Exported 2026-11-25');
  });

  it('builds dated file names per view, language and format', () => {
    expect(fileName('map', 'zh', '2026-11-25', 'png')).toBe('new-coordinates-map-zh-2026-11-25.png');
    expect(fileName('power', 'en', '2026-11-25', 'png-transparent')).toBe('new-coordinates-power-en-2026-11-25-transparent.png');
    expect(fileName('sankey', 'en', '2026-01-02', 'csv')).toBe('new-coordinates-sankey-en-2026-01-02.csv');
    expect(isoDay(new Date(2026, 0, 2))).toBe('2026-01-02');
  });
});
