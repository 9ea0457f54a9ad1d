import { describe, expect, it } from 'vitest';
import { citationCounts, viewRecords } from '../../../src/lib/export/records';
import { files } from './fixture';

describe('viewRecords (the JSON download)', () => {
  it('map: the sites as stored, the entities they name and only the sources they cite', () => {
    const out = viewRecords('map', files);
    expect(out.sites).toEqual(files.sites.sites);
    expect(out.entities.map((e) => e.id)).toEqual(['tsmc', 'amkor', 'wistron']);
    // Most cited first: src-b by Amkor's site, claim and entity, src-c by Wistron's site and two claims (3 each), src-a twice.
    expect(out.sources.map((s) => s.id)).toEqual(['src-b', 'src-c', 'src-a']);
  });

  it('sankey: width meaning, nodes and links, with claim sources', () => {
    const out = viewRecords('sankey', files);
    expect(out.links).toEqual(files.flows.links);
    expect(out.widthMeaning).toEqual(files.flows.widthMeaning);
    expect(out.entities.map((e) => e.id)).toEqual(['export-fee', 'nvidia', 'amd']);
    expect(out.sources.map((s) => s.id)).toEqual(['src-a']);
  });

  it('power: series and annotations, and the sources of every point', () => {
    const out = viewRecords('power', files);
    expect(out.series).toEqual(files.power.series);
    expect(out.annotations).toEqual(files.power.annotations);
    // src-d: three points, a claim, the annotation and its claim; src-a: the series and TSMC's entity.
    expect(out.sources.map((s) => s.id)).toEqual(['src-d', 'src-a']);
  });

  it('survives as JSON text', () => {
    const text = JSON.stringify(viewRecords('map', files));
    expect(JSON.parse(text).sites[2].city.zh).toBe('沃斯堡');
  });

  it('citationCounts counts ids under any `sources` key, at any depth', () => {
    expect([...citationCounts({ a: [{ sources: ['x'] }, { b: { sources: ['y', 'x'] } }], sources: [{ id: 'not-ids' }] })]).toEqual([
      ['x', 2],
      ['y', 1],
    ]);
  });
});
