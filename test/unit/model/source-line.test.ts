import { describe, expect, it } from 'vitest';
import { topPublishers } from '../../../src/lib/model/source-line';
import type { Citation } from '../../../src/lib/model/citations';
import type { Source } from '../../../src/lib/data/schema';

const source = (id: string, publisher: string): Source => ({ id, title: id, publisher, url: null, date: null });
const cite = (group: Citation['group'], id: string): Citation => ({ group, id, label: { zh: id, en: id }, years: [] });

describe('topPublishers', () => {
  const sources = [source('a', 'IEA'), source('b', 'IEA'), source('c', 'Taipower'), source('d', 'Reuters'), source('e', 'LTN')];
  const index = new Map<string, Citation[]>([
    ['a', [cite('power', 's1'), cite('power', 's2')]],
    ['b', [cite('power', 's3')]],
    ['c', [cite('power', 'grid'), cite('map', 'x')]],
    ['d', [cite('sankey', 'l1')]],
    ['e', [cite('power', 's1')]],
  ]);
  it('ranks the publishers of one view by how many of its figures cite them', () => {
    expect(topPublishers('power', sources, index, 2)).toEqual({ names: ['IEA', 'LTN'], more: 1 });
  });
  it('ignores the other views', () => {
    expect(topPublishers('sankey', sources, index)).toEqual({ names: ['Reuters'], more: 0 });
  });
});
