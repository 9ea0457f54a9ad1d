/** Svelte 5 compiles `<script lang="ts">` natively; runes are on for every component. */
export default {
  compilerOptions: { runes: true },
};
