import type { ViewId } from '../data/schema';
import { viewIds } from '../data/keys';
import type { UrlState } from '../state/url-state';

/** The views whose code a page asks for as it starts; presenter mode's own chunk imports all three. */
export function viewsAskedFirst(state: Pick<UrlState, 'embed' | 'scene'>): readonly ViewId[] {
  if (state.scene !== null) return [];
  return state.embed ? [state.embed] : viewIds;
}

/** Whether a page asks for the trans-Pacific base map as it starts: the map opens on it unless framed on the corridor. */
export function baseMapAskedFirst(state: Pick<UrlState, 'embed' | 'framing'>): boolean {
  return (!state.embed || state.embed === 'map') && state.framing === 'pacific';
}
