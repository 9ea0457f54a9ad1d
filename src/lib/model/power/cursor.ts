/**
 * Keyboard movement through the chart, one tab stop for all of it: left/right step through the years
 * a row has data for, up/down switch rows (series, then annotations) keeping the nearest year.
 */
export interface CursorRow {
  id: string;
  /** Marks of the row in year order. */
  stops: readonly { key: string; year: number }[];
}

export interface Cursor {
  row: number;
  col: number;
}

export const cursorKeys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;

function nearest(stops: CursorRow['stops'], year: number): number {
  let best = 0;
  stops.forEach((s, i) => {
    if (Math.abs(s.year - year) < Math.abs(stops[best]!.year - year)) best = i;
  });
  return best;
}

/** The cursor after a key; the same cursor when the key leads nowhere. Empty rows are skipped. */
export function moveCursor(rows: readonly CursorRow[], cursor: Cursor, key: string): Cursor {
  const row = rows[cursor.row];
  if (!row || row.stops.length === 0) {
    const first = rows.findIndex((r) => r.stops.length > 0);
    return first >= 0 ? { row: first, col: 0 } : cursor;
  }
  const col = Math.min(cursor.col, row.stops.length - 1);
  switch (key) {
    case 'ArrowLeft':
      return { row: cursor.row, col: Math.max(0, col - 1) };
    case 'ArrowRight':
      return { row: cursor.row, col: Math.min(row.stops.length - 1, col + 1) };
    case 'Home':
      return { row: cursor.row, col: 0 };
    case 'End':
      return { row: cursor.row, col: row.stops.length - 1 };
    case 'ArrowUp':
    case 'ArrowDown': {
      const dir = key === 'ArrowUp' ? -1 : 1;
      for (let r = cursor.row + dir; r >= 0 && r < rows.length; r += dir) {
        const next = rows[r]!;
        if (next.stops.length) return { row: r, col: nearest(next.stops, row.stops[col]!.year) };
      }
      return { row: cursor.row, col };
    }
    default:
      return cursor;
  }
}

/** Where a key sits, so a pointer or a lost row (a series hidden) can put the cursor back. */
export function cursorOf(rows: readonly CursorRow[], key: string): Cursor | null {
  for (let row = 0; row < rows.length; row++) {
    const col = rows[row]!.stops.findIndex((s) => s.key === key);
    if (col >= 0) return { row, col };
  }
  return null;
}
