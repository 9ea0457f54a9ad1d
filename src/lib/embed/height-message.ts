/**
 * The messages an embedded view posts to its host page when its height changes:
 * our own documented message, and Datawrapper's shape so hosts already running
 * Datawrapper's responsive-embed script resize our iframe too.
 */
export interface HeightMessage {
  type: 'new-coordinates:height';
  id: string;
  view: string;
  height: number;
}

export function heightMessages(id: string, view: string, height: number): [HeightMessage, { 'datawrapper-height': Record<string, number> }] {
  const h = Math.ceil(height);
  return [{ type: 'new-coordinates:height', id, view, height: h }, { 'datawrapper-height': { [id]: h } }];
}
