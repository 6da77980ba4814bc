import type { Locale } from './i18n/define';

// The one text that cannot live in a text pack: it says the packs could not be downloaded (a
// first visit that lost the network half-way, before the app was kept for offline use).
const TEXTS: Record<Locale, { body: string; reload: string }> = {
  en: {
    body: 'Boxpilot could not download its texts, so it cannot start. Nothing you stored is lost: connect to the network and reload the page.',
    reload: 'Reload',
  },
  sv: {
    body: 'Boxpilot kunde inte hämta sina texter och kan därför inte starta. Inget du har sparat har gått förlorat: anslut till nätverket och ladda om sidan.',
    reload: 'Ladda om',
  },
  da: {
    body: 'Boxpilot kunne ikke hente sine tekster og kan derfor ikke starte. Intet, du har gemt, er gået tabt: opret forbindelse til netværket, og genindlæs siden.',
    reload: 'Genindlæs',
  },
};

/** Says why nothing else shows, with a way to try again. */
export function showBootFailure(target: HTMLElement, locale: Locale): void {
  const texts = TEXTS[locale];
  const main = document.createElement('main');
  main.className = 'boot-failure';
  main.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.textContent = texts.body;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = texts.reload;
  button.addEventListener('click', () => location.reload());
  main.append(p, button);
  target.replaceChildren(main);
}
