import { describe, expect, it } from 'vitest';
import { cursorOf, moveCursor, type CursorRow } from '../../../src/lib/model/power/cursor';

const row = (id: string, years: number[]): CursorRow => ({ id, stops: years.map((year) => ({ key: `${id}:${year}`, year })) });
const rows = [row('a', [2024, 2030, 2035]), row('empty', []), row('b', [2020, 2023, 2024, 2025, 2030]), row('note', [2022])];

describe('moveCursor', () => {
  it('steps through the years of a row and stops at its ends', () => {
    expect(moveCursor(rows, { row: 0, col: 0 }, 'ArrowRight')).toEqual({ row: 0, col: 1 });
    expect(moveCursor(rows, { row: 0, col: 2 }, 'ArrowRight')).toEqual({ row: 0, col: 2 });
    expect(moveCursor(rows, { row: 0, col: 0 }, 'ArrowLeft')).toEqual({ row: 0, col: 0 });
    expect(moveCursor(rows, { row: 2, col: 2 }, 'End')).toEqual({ row: 2, col: 4 });
    expect(moveCursor(rows, { row: 2, col: 2 }, 'Home')).toEqual({ row: 2, col: 0 });
  });

  it('switches rows keeping the nearest year, skipping empty rows', () => {
    // From 2030 in row a to row b: 2030 exists there.
    expect(moveCursor(rows, { row: 0, col: 1 }, 'ArrowDown')).toEqual({ row: 2, col: 4 });
    // From 2024 in row b up to row a: 2024.
    expect(moveCursor(rows, { row: 2, col: 2 }, 'ArrowUp')).toEqual({ row: 0, col: 0 });
    expect(moveCursor(rows, { row: 3, col: 0 }, 'ArrowDown')).toEqual({ row: 3, col: 0 });
    expect(moveCursor(rows, { row: 0, col: 0 }, 'ArrowUp')).toEqual({ row: 0, col: 0 });
  });

  it('recovers a cursor left on a row that emptied', () => {
    expect(moveCursor(rows, { row: 1, col: 3 }, 'ArrowRight')).toEqual({ row: 0, col: 0 });
    expect(moveCursor(rows, { row: 9, col: 0 }, 'Home')).toEqual({ row: 0, col: 0 });
  });

  it('ignores other keys', () => {
    expect(moveCursor(rows, { row: 0, col: 1 }, 'a')).toEqual({ row: 0, col: 1 });
  });
});

describe('cursorOf', () => {
  it('finds a key, or says it is gone', () => {
    expect(cursorOf(rows, 'b:2025')).toEqual({ row: 2, col: 3 });
    expect(cursorOf(rows, 'b:1999')).toBeNull();
  });
});
