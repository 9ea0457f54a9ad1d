import { describe, expect, it } from 'vitest';
import { collectClaims, confidenceSummary } from '../../../src/lib/model/factchecks';
import { files } from '../export/fixture';

/** Claim ids found by walking the raw data, independent of how collectClaims walks it. */
function claimIdsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => claimIdsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'claims' && Array.isArray(v)) for (const c of v) out.add((c as { id: string }).id);
      claimIdsIn(v, out);
    }
  }
  return out;
}

describe('collectClaims', () => {
  const claims = collectClaims(files);

  it('finds every claim on sites, links, power points and annotations, each id once', () => {
    expect(claims.map((c) => c.claim.id).sort()).toEqual([...claimIdsIn(files)].sort());
    expect(new Set(claims.map((c) => c.claim.id)).size).toBe(claims.length);
  });

  it('keeps every record a shared claim is attached to', () => {
    const share = claims.find((c) => c.claim.id === 'china-share')!;
    expect(share.places.map((p) => [p.view, p.target])).toEqual([
      ['sankey', 'nvidia'],
      ['sankey', 'amd'],
    ]);
    expect(share.places[0]!.label).toEqual({ en: 'Export fee → NVIDIA', zh: '出口規費 → 輝達' });
  });

  it('names the id to select and the path of each claim in the dataset', () => {
    const byId = new Map(claims.map((c) => [c.claim.id, c.places]));
    expect(byId.get('amkor-award')).toEqual([
      { view: 'map', target: 'amkor-peoria', label: { en: 'Amkor · Peoria', zh: '艾克爾 · 皮奧里亞' }, path: 'sites.json: sites[1].claims[0]' },
    ]);
    expect(byId.get('wistron-amount')![0]!.path).toBe('sites.json: sites[2].claims[1]');
    expect(byId.get('tsmc-6pct')).toEqual([
      {
        view: 'power',
        target: 'tsmc-share',
        label: { en: 'TSMC share of Taiwan electricity · 2020', zh: '台積電占台灣用電 · 2020' },
        path: 'power.json: series[0].points[0].claims[0]',
      },
    ]);
    expect(byId.get('claim-21pct')![0]).toMatchObject({ view: 'power', target: 'claim-21pct' });
  });

  it('works on a partial dataset (a file still loading or broken)', () => {
    expect(collectClaims({ sites: files.sites }).map((c) => c.claim.id)).toEqual(['amkor-award', 'wistron-city', 'wistron-amount']);
    expect(collectClaims({})).toEqual([]);
    // Without entities, records are named by id rather than left blank.
    expect(collectClaims({ flows: files.flows })[0]!.places[0]!.label.en).toBe('export-fee → nvidia');
  });
});

describe('confidenceSummary', () => {
  it('counts approximate sites, unverified names and tickers, and low-confidence figures from the data', () => {
    const s = confidenceSummary(files);
    expect(s.approxSites.map((r) => r.target)).toEqual(files.sites.sites.filter((x) => x.approx).map((x) => x.id));
    expect(s.unverifiedNames.map((r) => r.target)).toEqual(['faraday']);
    expect(s.unverifiedTickers.map((r) => r.target)).toEqual(['wistron']);
    expect(s.lowConfidence.map((r) => [r.view, r.target, r.label.en])).toEqual([
      ['map', 'wistron-fort-worth', 'Wistron · Fort Worth, TX'],
      ['power', 'tsmc-share', 'TSMC share of Taiwan electricity · 2030'],
    ]);
  });
});
