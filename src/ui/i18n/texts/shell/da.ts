import type { Translation } from '../../define';
import type en from './en';

export default {
  'app.name': 'Boxpilot',
  'app.tagline': 'Autopilot-registrering direkte fra kassens etiket',
  'app.skipToContent': 'Spring til indholdet',
  'nav.label': 'Hovedmenu',
  'nav.lists': 'Enhedslister',
  'nav.settings': 'Indstillinger',
  'nav.help': 'Hjælp',
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
  'pwa.updateWaits':
    'Boxpilot opdateres, så snart den igangværende {work} her er færdig eller annulleret; intet, du ikke har gemt, går tabt.',
  'pwa.updatedElsewhere':
    'En ny version af Boxpilot blev installeret fra en anden fane. Tryk på "Opdater nu" for også at skifte i denne fane; det, du har gemt, bevares.',
  'pwa.work.import': 'import',
  'pwa.work.export': 'eksport',
  'pwa.work.registration': 'registrering',
  'pwa.work.restore': 'gendannelse',
  'frame.title': 'Boxpilot kan ikke køre inde i et andet websted',
  'frame.body':
    'Denne side viser Boxpilot i en ramme på et andet websted, som kan narre dig til at trykke på dets knapper. Boxpilot starter ikke her: åbn det i sin egen fane.',
  'frame.open': 'Åbn Boxpilot i sin egen fane',
  'notFound.title': 'Siden findes ikke',
  'notFound.body': 'Der er intet på denne adresse. Det kan være et gammelt bogmærke.',
  'notFound.back': 'Gå til enhedslister',
  'settings.language.failed': 'Sproget kunne ikke hentes, så sproget blev ikke ændret. Opret forbindelse til netværket, og vælg det igen.',
  'app.screenFailed':
    'Denne skærm kunne ikke indlæses. Intet, du har gemt, er gået tabt: opret forbindelse til netværket, og genindlæs siden.',
  'app.reload': 'Genindlæs',
} satisfies Translation<typeof en>;
