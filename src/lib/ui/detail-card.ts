import { Deferred } from './deferred.svelte';

/** The frame every view's detail card sits in: drawn only on hover, focus or tap, so fetched after the views are ready. */
export const detailCard = new Deferred(() => import('./DetailCard.svelte'));
