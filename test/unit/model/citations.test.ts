import { describe, expect, it } from 'vitest';
import { citationIndex, sourcesBySection } from '../../../src/lib/model/citations';
import { files } from '../export/fixture';

describe('citationIndex', () => {
  const index = citationIndex(files);
  const cited = (id: string) => (index.get(id) ?? []).map((c) => `${c.group}:${c.label.en}${c.years.length ? ` ${c.years.join(',')}` : ''}`);

  it('lists, for each source, every figure that cites it, once, in dataset order', () => {
    expect(cited('src-a')).toEqual([
      'entities:TSMC',
      'map:TSMC · Phoenix',
      'sankey:Export fee → NVIDIA',
      'sankey:Export fee → AMD',
      'power:TSMC share of Taiwan electricity',
    ]);
    expect(cited('src-b')).toEqual(['entities:Amkor Technology', 'map:Amkor · Peoria']);
    expect(cited('src-unused')).toEqual([]);
  });

  it('collapses a series’ points into one figure with the years that cite the source', () => {
    expect(cited('src-d')).toEqual(['power:TSMC share of Taiwan electricity 2020,2024,2030', 'power:“21% by 2030”']);
  });

  it('counts a claim’s sources as cited by the record carrying it, and gives the id to select', () => {
    const onlyClaims = citationIndex({
      sites: { sites: [{ ...files.sites.sites[1]!, sources: ['src-a'] }] },
    });
    expect(onlyClaims.get('src-b')?.map((c) => [c.group, c.id])).toEqual([['map', 'amkor-peoria']]);
  });

  it('covers every source id any record names', () => {
    const named = new Set(JSON.stringify([files.sites, files.flows, files.power, files.entities]).match(/src-[a-z]+/g));
    for (const id of named) expect(index.get(id)?.length, id).toBeGreaterThan(0);
  });
});

describe('sourcesBySection', () => {
  it('puts each source in exactly one section: its only view, several, or uncited', () => {
    const sections = sourcesBySection(files.sources.sources, citationIndex(files));
    const ids = (s: Parameters<typeof sections.get>[0]) => sections.get(s)!.map((x) => x.id);
    expect(ids('map')).toEqual(['src-c']);
    expect(ids('power')).toEqual(['src-d']);
    expect(ids('several')).toEqual(['src-a', 'src-b']);
    expect(ids('uncited')).toEqual(['src-unused']);
    expect([...sections.values()].flat()).toHaveLength(files.sources.sources.length);
  });
});
