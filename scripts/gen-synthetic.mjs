#!/usr/bin/env node
// A deterministic synthetic dataset with the same contract as data/*.json, for the benchmark's
// x10 / x50 scales. Scale k = k blocks, each 40 Sankey nodes (6 policies, 10 segments,
// 24 companies), 60 links and 10 map sites; power series grow with ceil(sqrt(k)).
// Same seed and scale -> byte-identical files (seeded PRNG, no clocks, no Math.random).
//
//   node scripts/gen-synthetic.mjs --scale 10 [--seed 1] --out DIR
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PER_BLOCK = { policies: 6, segments: 10, companies: 24, links: 60, sites: 10, sources: 8 };
export const NODES_PER_BLOCK = PER_BLOCK.policies + PER_BLOCK.segments + PER_BLOCK.companies;
const CHAPTERS = 5;
const ROLES = ['foundry', 'packaging', 'server', 'power', 'cooling', 'air', 'chip'];
const STATUSES = ['announced', 'construction', 'operating', 'planned'];
const CONFIDENCE = ['high', 'medium', 'low'];
// Rough boxes (lat, lon) for North American sites, so arcs cross the Pacific as the real ones do.
const REGIONS = [
  { country: 'US', en: 'Texas', zh: '德州', lat: [26, 35], lon: [-104, -94] },
  { country: 'US', en: 'Arizona', zh: '亞利桑那州', lat: [31.5, 36.5], lon: [-114, -109.5] },
  { country: 'US', en: 'California', zh: '加州', lat: [33, 40], lon: [-122, -116] },
  { country: 'US', en: 'Ohio', zh: '俄亥俄州', lat: [38.5, 41.5], lon: [-84.5, -81] },
  { country: 'MX', en: 'Nuevo León', zh: '新萊昂州', lat: [24, 27], lon: [-101, -99] },
  { country: 'MX', en: 'Jalisco', zh: '哈利斯科州', lat: [19.5, 22], lon: [-105, -102] },
  { country: 'CA', en: 'Ontario', zh: '安大略省', lat: [42.5, 45], lon: [-81, -76] },
];

/** mulberry32: small, fast, and identical on every platform. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    range: ([lo, hi], digits = 2) => Number((lo + next() * (hi - lo)).toFixed(digits)),
    chance: (p) => next() < p,
  };
}

const txt = (en, zh) => ({ zh, en });

/** The counts a scale promises (the unit tests hold the generator to them). */
export function expectedCounts(scale) {
  const root = Math.ceil(Math.sqrt(scale));
  return {
    nodes: NODES_PER_BLOCK * scale,
    links: PER_BLOCK.links * scale,
    sites: PER_BLOCK.sites * scale,
    series: 4 * root,
    annotations: 2 * root,
  };
}

/**
 * @param {{ scale?: number, seed?: number }} [options]
 * @returns {import('../src/lib/data/schema.ts').DatasetFiles & { manifest: import('../src/lib/data/schema.ts').Manifest }}
 */
export function generate({ scale = 1, seed = 1 } = {}) {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number >= 1, got ${scale}`);
  const r = prng(seed * 7919 + scale);
  const counts = expectedCounts(scale);

  const sources = [];
  const sourceIds = [];
  for (let b = 0; b < scale; b++) {
    for (let i = 0; i < PER_BLOCK.sources; i++) {
      const id = `src-b${b}-${i}`;
      sourceIds.push(id);
      sources.push({
        id,
        title: `Synthetic report ${b}.${i}`,
        publisher: `Synthetic Press ${i % 3}`,
        url: `https://example.org/synthetic/${b}/${i}`,
        date: `${r.int(2019, 2025)}-${String(r.int(1, 12)).padStart(2, '0')}`,
        lang: i % 2 ? 'en' : 'zh',
      });
    }
  }
  // Each block cites its own sources in turn, so every source ends up cited at least once (see cite()).
  const cursor = new Array(scale).fill(0);
  const cite = (b, n = 1) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(`src-b${b}-${cursor[b]++ % PER_BLOCK.sources}`);
    return [...new Set(out)];
  };

  const chapters = Array.from({ length: CHAPTERS }, (_, i) => ({
    id: `ch-${i + 1}`,
    kind: 'chapter',
    name: txt(`Chapter ${i + 1}`, `第 ${i + 1} 章`),
    ticker: null,
    exchange: null,
    country: null,
    hq: null,
    order: i + 1,
    chapters: [],
    sources: [],
  }));
  const chaptersOf = () => {
    const a = r.int(1, CHAPTERS);
    return r.chance(0.3) ? [...new Set([`ch-${a}`, `ch-${r.int(1, CHAPTERS)}`])] : [`ch-${a}`];
  };

  const entities = [...chapters];
  const nodes = [];
  const links = [];
  const sites = [];
  /** Taiwan-headquartered companies, the arcs' origins. */
  const origins = [];
  const companiesByBlock = [];
  for (let b = 0; b < scale; b++) {
    const ids = { policies: [], segments: [], companies: [] };
    for (let i = 0; i < PER_BLOCK.policies; i++) {
      const id = `b${b}-policy-${i}`;
      ids.policies.push(id);
      entities.push({ id, kind: 'policy', name: txt(`Policy ${b}.${i}`, `政策 ${b}.${i}`), ticker: null, exchange: null, country: 'US', hq: null, chapters: chaptersOf(), sources: cite(b) });
    }
    for (let i = 0; i < PER_BLOCK.segments; i++) {
      const id = `b${b}-segment-${i}`;
      ids.segments.push(id);
      entities.push({ id, kind: 'segment', name: txt(`Segment ${b}.${i}`, `環節 ${b}.${i}`), short: txt(`Seg ${b}.${i}`, `環 ${b}.${i}`), ticker: null, exchange: null, country: null, hq: null, chapters: chaptersOf(), sources: [] });
    }
    for (let i = 0; i < PER_BLOCK.companies; i++) {
      const id = `b${b}-company-${i}`;
      const taiwan = i % 3 === 0;
      ids.companies.push(id);
      if (taiwan) origins.push(id);
      entities.push({
        id,
        kind: 'company',
        name: txt(`Company ${b}.${i}`, `公司 ${b}.${i}`),
        short: txt(`Co ${b}.${i}`, `司 ${b}.${i}`),
        ticker: taiwan ? `${2300 + ((b * 24 + i) % 7000)}.TW` : null,
        exchange: taiwan ? 'TWSE' : null,
        country: taiwan ? 'TW' : 'US',
        hq: taiwan
          ? { lat: r.range([22.6, 25.1]), lon: r.range([120.2, 121.6]), place: txt('Taiwan', '臺灣'), approx: r.chance(0.2) }
          : null,
        chapters: chaptersOf(),
        ...(r.chance(0.1) ? { unverified: ['name.en'] } : {}),
        sources: cite(b),
      });
    }
    companiesByBlock.push(ids.companies);
    nodes.push(...ids.policies.map((id) => ({ id, column: 0 })), ...ids.segments.map((id) => ({ id, column: 1 })), ...ids.companies.map((id) => ({ id, column: 2 })));

    // Links only run from a lower column to a higher one, so the graph is acyclic by construction.
    // Every segment gets a policy and every company a segment; the rest are random distinct pairs,
    // a few reaching the next block's segments so highlighting spans blocks at larger scales.
    const seen = new Set();
    const blockLinks = [];
    const add = (source, target) => {
      const key = `${source}>${target}`;
      if (seen.has(key) || blockLinks.length >= PER_BLOCK.links) return;
      seen.add(key);
      const measured = r.chance(0.6);
      blockLinks.push({
        source,
        target,
        value: measured ? r.range([0.1, 40], 1) : null,
        unit: measured ? 'USD bn' : null,
        note: txt(`Synthetic flow ${source} to ${target}`, `合成流向 ${source} 至 ${target}`),
        chapters: chaptersOf(),
        ...(r.chance(0.05) ? { claims: [claim(r, `claim-${source}-${target}`, cite(b))] } : {}),
        sources: cite(b),
      });
    };
    ids.segments.forEach((s, i) => add(ids.policies[i % PER_BLOCK.policies], s));
    ids.companies.forEach((c, i) => add(ids.segments[i % PER_BLOCK.segments], c));
    const nextSegment = (i) => `b${(b + 1) % scale}-segment-${i}`;
    for (let i = 0; i < 2 && scale > 1; i++) add(r.pick(ids.policies), nextSegment(r.int(0, PER_BLOCK.segments - 1)));
    while (blockLinks.length < PER_BLOCK.links) {
      if (r.chance(0.3)) add(r.pick(ids.policies), r.pick(ids.segments));
      else add(r.pick(ids.segments), r.pick(ids.companies));
    }
    links.push(...blockLinks);
  }

  for (let b = 0; b < scale; b++) {
    const blockOrigins = origins.filter((id) => id.startsWith(`b${b}-`));
    for (let i = 0; i < PER_BLOCK.sites; i++) {
      const region = r.pick(REGIONS);
      const origin = r.chance(0.9) ? r.pick(blockOrigins) : null;
      const entity = origin && r.chance(0.7) ? origin : r.pick(companiesByBlock[b]);
      const invested = r.chance(0.6);
      const city = `City ${b}.${i}`;
      sites.push({
        id: `b${b}-site-${i}`,
        entity,
        facility: r.chance(0.5) ? txt(`Plant ${b}.${i}`, `廠區 ${b}.${i}`) : null,
        city: txt(city, `城市 ${b}.${i}`),
        region: txt(region.en, region.zh),
        country: region.country,
        lat: r.range(region.lat),
        lon: r.range(region.lon),
        approx: r.chance(0.3),
        role: r.pick(ROLES),
        investment: invested ? { amount: r.int(1, 500) * 1e7, currency: region.country === 'MX' && r.chance(0.5) ? 'MXN' : 'USD' } : null,
        announced: r.chance(0.85) ? `${r.int(2020, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}` : null,
        status: r.pick(STATUSES),
        statusNote: txt('Synthetic status note.', '合成狀態說明。'),
        origin,
        confidence: r.pick(CONFIDENCE),
        chapters: chaptersOf(),
        ...(r.chance(0.1) ? { claims: [claim(r, `claim-b${b}-site-${i}`, cite(b))] } : {}),
        sources: cite(b, r.int(1, 2)),
      });
    }
  }

  const series = [];
  const companies = companiesByBlock.flat();
  for (let i = 0; i < counts.series; i++) {
    const b = i % scale;
    const share = i % 2 === 1;
    const panel = i % 4 < 2 ? 'global' : 'taiwan';
    const base = share ? r.range([0.5, 3]) : r.range([50, 400], 0);
    const growth = 1 + r.range([0.03, 0.15]);
    const points = [];
    for (let year = 2015; year <= 2035; year++) {
      const projected = year > 2024;
      points.push({
        year,
        value: r.chance(0.03) ? null : Number((base * growth ** (year - 2015)).toFixed(share ? 2 : 1)),
        kind: projected ? 'projection' : 'actual',
        ...(projected && r.chance(0.1) ? { bound: 'about' } : {}),
        confidence: projected ? 'medium' : 'high',
        sources: cite(b),
      });
    }
    series.push({
      id: `series-${i}`,
      label: txt(`Series ${i}`, `序列 ${i}`),
      unit: share ? '%' : 'TWh',
      panel,
      measure: `measure-${Math.floor(i / 2)}`,
      scenario: r.pick([null, 'base', 'lift-off', 'high-efficiency', 'headwinds']),
      entity: r.chance(0.5) ? r.pick(companies) : null,
      chapters: chaptersOf(),
      points,
      sources: cite(b),
    });
  }
  const annotations = Array.from({ length: counts.annotations }, (_, i) => {
    const b = i % scale;
    const from = r.int(2016, 2030);
    return {
      id: `note-${i}`,
      kind: ['period', 'claim', 'note'][i % 3],
      panel: i % 2 ? 'taiwan' : 'global',
      from,
      to: i % 3 === 0 ? from + r.int(1, 5) : null,
      label: txt(`Annotation ${i}`, `註記 ${i}`),
      body: txt('A synthetic annotation.', '合成註記。'),
      amount: i % 3 === 0 ? { value: r.int(1, 900) * 1e8, currency: 'TWD' } : null,
      entities: [r.pick(companiesByBlock[b])],
      chapters: chaptersOf(),
      sources: cite(b),
    };
  });

  const scenes = chapters.map((ch, i) => ({
    id: `scene-${i + 1}`,
    title: txt(`Scene ${i + 1}`, `場景 ${i + 1}`),
    body: txt('A synthetic scene.', '合成場景。'),
    notes: txt('', ''),
    views: [['map', 'sankey', 'power'][i % 3]],
    selection: i % 2 ? r.pick(companies) : null,
    chapter: ch.id,
    framing: i % 2 ? 'corridor' : 'pacific',
  }));

  // Sources that the random citing above missed (a block whose cursor stopped early) are cited by
  // that block's first company, so the dataset lists only sources it cites and cites all it lists.
  const cited = new Set(JSON.stringify([entities, sites, links, series, annotations]).match(/"src-b\d+-\d+"/g).map((s) => s.slice(1, -1)));
  for (const id of sourceIds) {
    if (cited.has(id)) continue;
    const b = Number(id.split('-')[1].slice(1));
    entities.find((e) => e.id === `b${b}-company-0`).sources.push(id);
  }

  return {
    manifest: {
      name: txt(`Synthetic dataset x${scale} (seed ${seed})`, `合成資料集 x${scale}（種子 ${seed}）`),
      version: `synthetic-x${scale}-s${seed}`,
      files: { entities: 'entities.json', sources: 'sources.json', sites: 'sites.json', flows: 'flows.json', power: 'power.json', story: 'story.json' },
    },
    entities: { entities },
    sources: { sources },
    sites: { sites },
    flows: { widthMeaning: txt('Width = USD bn where known, otherwise 1 per link (synthetic).', '寬度＝已知時為美元十億，否則每條連結計 1（合成）。'), nodes, links },
    power: { series, annotations },
    story: { title: txt('Synthetic story', '合成故事'), scenes },
  };
}

function claim(r, id, sources) {
  const value = r.range([1, 100], 0);
  return {
    id,
    topic: txt('Synthetic claim', '合成說法'),
    article: { value, text: txt(`${value}`, `${value}`) },
    record: { value: value + 1, text: txt(`${value + 1}`, `${value + 1}`) },
    unit: 'USD bn',
    verdict: r.pick(['differs', 'estimate', 'unverified']),
    note: txt('Synthetic.', '合成。'),
    sources,
  };
}

/** Writes manifest.json and every file it names into dir. */
export async function writeDataset(dir, dataset) {
  await mkdir(dir, { recursive: true });
  for (const [key, value] of Object.entries(dataset)) {
    const name = key === 'manifest' ? 'manifest.json' : dataset.manifest.files[key];
    await writeFile(join(dir, name), `${JSON.stringify(value)}\n`);
  }
}

async function main(argv) {
  const get = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  const scale = Number(get('scale', '1'));
  const seed = Number(get('seed', '1'));
  const out = resolve(get('out', `bench-data/x${scale}`));
  const dataset = generate({ scale, seed });
  await writeDataset(out, dataset);
  console.log(`wrote x${scale} (seed ${seed}): ${dataset.flows.nodes.length} nodes, ${dataset.flows.links.length} links, ${dataset.sites.sites.length} sites, ${dataset.power.series.length} series -> ${out}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
