import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../../src/lib/export/csv';
import { mapRows, powerRows, sankeyRows } from '../../../src/lib/export/rows';
import { files } from './fixture';

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads the Chinese', () => {
    const csv = toCsv(mapRows(files));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it.each([
    ['map', mapRows],
    ['sankey', sankeyRows],
    ['power', powerRows],
  ] as const)('round-trips the %s rows through csvParse: quotes, commas, Chinese and empty cells intact', (_, build) => {
    const rows = build(files);
    const parsed = csvParse(toCsv(rows).slice(BOM.length));
    expect(parsed.columns).toEqual(Object.keys(rows[0]!));
    expect(parsed).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      for (const [key, value] of Object.entries(row)) expect(parsed[i]![key], key).toBe(value === null ? '' : String(value));
    });
  });

  it('quotes a cell with a comma, a quote or a line break', () => {
    const csv = toCsv([{ a: 'x, "y"\nz', b: 1 }]);
    expect(csv).toBe(`${BOM}a,b\n"x, ""y""\nz",1`);
  });

  it('gives just the mark for no rows', () => {
    expect(toCsv([])).toBe(BOM);
  });
});
