import type { DatasetFiles } from './schema.ts';
import type { DataIssue } from './issue.ts';

type Loaded = Partial<DatasetFiles>;

function issue(file: string, path: string, expected: string, received: string, severity: DataIssue['severity'] = 'error'): DataIssue {
  return { file, path, expected, received: JSON.stringify(received), severity };
}

function duplicates<T>(items: readonly T[], id: (item: T) => string, file: string, prefix: string): DataIssue[] {
  const seen = new Set<string>();
  const out: DataIssue[] = [];
  items.forEach((item, i) => {
    const key = id(item);
    if (seen.has(key)) out.push(issue(file, `${prefix}[${i}].id`, 'an id not used before in this file', key));
    seen.add(key);
  });
  return out;
}

/**
 * Checks what one file says about another: every id a file names must exist where it points.
 * Each issue belongs to the file that holds the dangling reference, so only that file's views fail.
 * Also what a schema cannot say and JSON Schema would not carry (a view listed twice in a scene),
 * as a warning.
 */
export function crossCheck(files: Loaded): DataIssue[] {
  const out: DataIssue[] = [];
  const entities = new Map((files.entities?.entities ?? []).map((e) => [e.id, e]));
  const sources = new Set((files.sources?.sources ?? []).map((s) => s.id));
  const chapters = new Set([...entities.values()].filter((e) => e.kind === 'chapter').map((e) => e.id));
  const haveEntities = files.entities !== undefined;
  const haveSources = files.sources !== undefined;

  const checkSources = (file: string, path: string, ids: readonly string[]) => {
    if (!haveSources) return;
    ids.forEach((id, i) => {
      if (!sources.has(id)) out.push(issue(file, `${path}[${i}]`, 'the id of a source in sources.json', id));
    });
  };
  const checkEntity = (file: string, path: string, id: string, expected = 'the id of an entity in entities.json') => {
    if (haveEntities && !entities.has(id)) out.push(issue(file, path, expected, id));
  };
  const checkChapters = (file: string, path: string, ids: readonly string[]) => {
    if (!haveEntities) return;
    ids.forEach((id, i) => {
      if (!chapters.has(id)) out.push(issue(file, `${path}[${i}]`, 'the id of a chapter entity', id));
    });
  };
  const checkClaims = (file: string, path: string, claims: readonly { sources: string[] }[] | undefined) =>
    claims?.forEach((c, i) => checkSources(file, `${path}.claims[${i}].sources`, c.sources));

  if (files.sources) out.push(...duplicates(files.sources.sources, (s) => s.id, 'sources.json', 'sources'));

  if (files.entities) {
    const list = files.entities.entities;
    out.push(...duplicates(list, (e) => e.id, 'entities.json', 'entities'));
    list.forEach((e, i) => {
      checkSources('entities.json', `entities[${i}].sources`, e.sources);
      checkChapters('entities.json', `entities[${i}].chapters`, e.chapters);
    });
  }

  if (files.sites) {
    const list = files.sites.sites;
    out.push(...duplicates(list, (s) => s.id, 'sites.json', 'sites'));
    list.forEach((s, i) => {
      const at = `sites[${i}]`;
      checkEntity('sites.json', `${at}.entity`, s.entity);
      if (s.origin !== null) {
        checkEntity('sites.json', `${at}.origin`, s.origin);
        const origin = entities.get(s.origin);
        if (origin && !origin.hq) out.push(issue('sites.json', `${at}.origin`, 'an entity with an hq location', s.origin));
      }
      checkSources('sites.json', `${at}.sources`, s.sources);
      checkChapters('sites.json', `${at}.chapters`, s.chapters);
      checkClaims('sites.json', at, s.claims);
    });
  }

  if (files.flows) {
    const { nodes, links } = files.flows;
    const nodeIds = new Set(nodes.map((n) => n.id));
    out.push(...duplicates(nodes, (n) => n.id, 'flows.json', 'nodes'));
    nodes.forEach((n, i) => checkEntity('flows.json', `nodes[${i}].id`, n.id));
    links.forEach((l, i) => {
      const at = `links[${i}]`;
      for (const end of ['source', 'target'] as const) {
        if (!nodeIds.has(l[end])) out.push(issue('flows.json', `${at}.${end}`, 'the id of a node in nodes', l[end]));
      }
      if (l.source === l.target) out.push(issue('flows.json', `${at}.target`, 'a node other than the source', l.target));
      if ((l.value === null) !== (l.unit === null)) {
        out.push(issue('flows.json', `${at}.unit`, 'a unit exactly when value is a number', String(l.unit)));
      }
      checkSources('flows.json', `${at}.sources`, l.sources);
      checkChapters('flows.json', `${at}.chapters`, l.chapters);
      checkClaims('flows.json', at, l.claims);
    });
  }

  if (files.power) {
    out.push(...duplicates(files.power.series, (s) => s.id, 'power.json', 'series'));
    files.power.series.forEach((s, i) => {
      const at = `series[${i}]`;
      if (s.entity !== null) checkEntity('power.json', `${at}.entity`, s.entity);
      checkSources('power.json', `${at}.sources`, s.sources);
      checkChapters('power.json', `${at}.chapters`, s.chapters);
      s.points.forEach((p, j) => {
        checkSources('power.json', `${at}.points[${j}].sources`, p.sources);
        checkClaims('power.json', `${at}.points[${j}]`, p.claims);
      });
    });
    files.power.annotations.forEach((a, i) => {
      const at = `annotations[${i}]`;
      a.entities.forEach((id, j) => checkEntity('power.json', `${at}.entities[${j}]`, id));
      checkSources('power.json', `${at}.sources`, a.sources);
      checkChapters('power.json', `${at}.chapters`, a.chapters);
      checkClaims('power.json', at, a.claims);
      if (a.from !== null && a.to !== null && a.from > a.to) {
        out.push(issue('power.json', `${at}.to`, `a year not before from (${a.from})`, String(a.to)));
      }
    });
  }

  if (files.story) {
    files.story.scenes.forEach((s, i) => {
      if (s.selection !== null) checkEntity('story.json', `scenes[${i}].selection`, s.selection);
      if (s.chapter !== null) checkChapters('story.json', `scenes[${i}].chapter`, [s.chapter]);
      // A warning, not an error: the presenter shows a view once however often a scene lists it.
      s.views.forEach((view, j) => {
        if (s.views.indexOf(view) < j) out.push(issue('story.json', `scenes[${i}].views[${j}]`, 'a view not already in this scene (shown once)', view, 'warning'));
      });
    });
  }
  return out;
}
