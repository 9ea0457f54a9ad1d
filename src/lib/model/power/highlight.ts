/**
 * Whether a series or annotation is dimmed. Bright when nothing is active, or when the related set
 * holds it or a twin (the same measure in the other unit, or another scenario of it), so a selection
 * survives the unit switch; dimmed too when a chapter filter leaves it out.
 */
export function isDimmed(ids: readonly string[], chapters: readonly string[], lit: ReadonlySet<string> | null, chapter: string | null): boolean {
  if (chapter !== null && !chapters.includes(chapter)) return true;
  return lit !== null && !ids.some((id) => lit.has(id));
}

/** Ids of series measuring the same thing in the same panel (both units, every scenario). */
export function twins<S extends { id: string; panel: string; measure: string }>(series: S, all: readonly S[]): string[] {
  return all.filter((s) => s.panel === series.panel && s.measure === series.measure).map((s) => s.id);
}

/** What a click on a mark selects: the entity a series concerns, else the series or annotation itself. */
export function selectionId(mark: { id: string; entity?: string | null }): string {
  return mark.entity ?? mark.id;
}
