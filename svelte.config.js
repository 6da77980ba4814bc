// Svelte 5 compiles TypeScript in <script lang="ts"> itself; runes are on for every component.
export default {
  compilerOptions: { runes: true },
};
