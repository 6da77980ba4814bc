// Unit and component specs render pieces of screens without the screen that needs their texts
// (i18n.use in its `<script module>`): give them every pack up front, in every language, so a
// spec can also switch language at once. A screen that forgets a pack is caught by the
// end-to-end tests (console errors).
import { loadPacks } from '../../src/ui/i18n/catalog';
import { i18n } from '../../src/ui/i18n/i18n.svelte';
import { PACKS } from '../../src/ui/i18n/packs';

i18n.use(...PACKS);
await i18n.ready();
await Promise.all((['en', 'sv', 'da'] as const).map((locale) => loadPacks(locale, PACKS)));
