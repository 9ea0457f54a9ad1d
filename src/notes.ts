import { mount } from 'svelte';
import NotesWindow from './lib/present/NotesWindow.svelte';
import { browserLang } from './lib/i18n/lang';

/** The speaker-notes window (notes.html): language from its link until the presentation says otherwise. */
export function mountNotes(target: HTMLElement): void {
  const asked = new URLSearchParams(location.search).get('lang');
  const initialLang = asked === 'zh' || asked === 'en' ? asked : browserLang(navigator.languages);
  mount(NotesWindow, { target, props: { initialLang } });
}
