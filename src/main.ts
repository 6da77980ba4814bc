import { mount } from 'svelte';
import App from './ui/App.svelte';
import { showBootFailure } from './ui/boot-failure';
import { isFramedByAnotherOrigin, showFramedRefusal } from './ui/frame-guard';
import { FIRST_SCREEN_PACKS } from './ui/i18n/first-screen-packs';
import { i18n } from './ui/i18n/i18n.svelte';
import './ui/styles/global.css';

async function start(target: HTMLElement): Promise<void> {
  // The first screen's texts, in the active language only (each language is its own download).
  try {
    i18n.use(...FIRST_SCREEN_PACKS);
    await i18n.ready();
  } catch (error) {
    console.error('Boxpilot: the first screen’s texts could not be downloaded', error);
    showBootFailure(target, i18n.locale);
    return;
  }
  // Framed by another site: nothing starts (no storage, no service worker), only the reason.
  if (isFramedByAnotherOrigin(window)) {
    showFramedRefusal(target, { title: i18n.t('frame.title'), body: i18n.t('frame.body'), open: i18n.t('frame.open') });
    return;
  }
  mount(App, { target });
  // The benchmark and the end-to-end tests measure "first screen" from this mark.
  performance.mark('boxpilot:first-screen');
}

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
void start(target);
