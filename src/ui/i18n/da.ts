import type { Catalog } from './en';

export const da: Catalog = {
  'app.name': 'Boxpilot',
  'app.tagline': 'Autopilot-registrering direkte fra kassens etiket',
  'app.skipToContent': 'Spring til indholdet',
  'nav.label': 'Hovedmenu',
  'nav.lists': 'Enhedslister',
  'nav.settings': 'Indstillinger',
  'lists.title': 'Enhedslister',
  'lists.intro':
    'En enhedsliste indeholder enhederne til én kundelevering. I Partnercenter bliver den en batch, og dens navn bliver gruppemærket.',
  'lists.empty.title': 'Ingen enhedslister endnu',
  'lists.empty.body':
    'Enhedslister, du opretter, gemmes på denne enhed, også uden netværksforbindelse.',
  'settings.title': 'Indstillinger',
  'settings.language': 'Sprog',
  'settings.language.help': 'Sproget for alle skærme og beskeder.',
  'settings.offline': 'Brug offline',
  'settings.offline.ready': 'Klar: Boxpilot åbner og virker uden netværksforbindelse.',
  'settings.offline.pending':
    'Forbereder: hold siden åben et øjeblik med netværksforbindelse.',
  'settings.offline.unsupported':
    'Denne browser kan ikke gemme Boxpilot til offlinebrug. Brug en opdateret Chrome, Edge eller Safari via HTTPS.',
  'settings.version': 'Version {version}',
  'pwa.offlineReady': 'Boxpilot er klar til at virke offline.',
  'pwa.updateAvailable': 'En ny version af Boxpilot er klar. Dit arbejde er gemt under alle omstændigheder.',
  'pwa.reload': 'Opdater nu',
  'pwa.later': 'Senere',
  'pwa.dismiss': 'OK',
  'pwa.updateFailed': 'Opdateringen kunne ikke installeres. Genindlæs siden for at prøve igen.',
  'notFound.title': 'Siden findes ikke',
  'notFound.body': 'Der er intet på denne adresse. Det kan være et gammelt bogmærke.',
  'notFound.back': 'Gå til enhedslister',
};
