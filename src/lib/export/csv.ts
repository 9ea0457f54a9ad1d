import { csvFormat } from 'd3-dsv';
import type { Row } from './rows';

/** Excel reads a CSV as the local code page unless it starts with a UTF-8 byte-order mark. */
export const BOM = '\uFEFF';

/** Rows as CSV text (d3-dsv quotes every cell that needs it), BOM first; columns in the rows' own order. */
export function toCsv(rows: readonly Row[]): string {
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  return BOM + csvFormat(rows as Row[], columns);
}
