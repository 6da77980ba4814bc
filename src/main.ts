import { mount } from 'svelte';
import App from './ui/App.svelte';
import { isFramedByAnotherOrigin, showFramedRefusal } from './ui/frame-guard';
import { i18n } from './ui/i18n/i18n.svelte';
import './ui/styles/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// Framed by another site: nothing starts (no storage, no service worker), only the reason.
if (isFramedByAnotherOrigin(window)) {
  showFramedRefusal(target, { title: i18n.t('frame.title'), body: i18n.t('frame.body'), open: i18n.t('frame.open') });
} else {
  mount(App, { target });
  // The benchmark and the end-to-end tests measure "first screen" from this mark.
  performance.mark('boxpilot:first-screen');
}
