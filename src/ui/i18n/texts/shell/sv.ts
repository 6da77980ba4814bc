import type { Translation } from '../../define';
import type en from './en';

export default {
  'app.name': 'Boxpilot',
  'app.tagline': 'Autopilot-registrering direkt från kartongens etikett',
  'app.skipToContent': 'Hoppa till innehållet',
  'nav.label': 'Huvudmeny',
  'nav.lists': 'Enhetslistor',
  'nav.settings': 'Inställningar',
  'nav.help': 'Hjälp',
  'settings.title': 'Inställningar',
  'settings.language': 'Språk',
  'settings.language.help': 'Språket för alla vyer och meddelanden.',
  'settings.offline': 'Användning offline',
  'settings.offline.ready': 'Klart: Boxpilot öppnas och fungerar utan nätverksanslutning.',
  'settings.offline.pending':
    'Förbereder: håll sidan öppen en stund med nätverksanslutning.',
  'settings.offline.unsupported':
    'Den här webbläsaren kan inte spara Boxpilot för offlinebruk. Använd en aktuell Chrome, Edge eller Safari via HTTPS.',
  'settings.version': 'Version {version}',
  'pwa.offlineReady': 'Boxpilot är redo att användas offline.',
  'pwa.updateAvailable': 'En ny version av Boxpilot finns. Ditt arbete är sparat oavsett.',
  'pwa.reload': 'Uppdatera nu',
  'pwa.later': 'Senare',
  'pwa.dismiss': 'OK',
  'pwa.updateFailed': 'Uppdateringen kunde inte installeras. Ladda om sidan för att försöka igen.',
  'pwa.updateWaits':
    'Boxpilot uppdateras så snart pågående {work} här är klar eller avbruten; inget som du inte har sparat går förlorat.',
  'pwa.updatedElsewhere':
    'En ny version av Boxpilot installerades från en annan flik. Tryck på "Uppdatera nu" för att byta även i den här fliken; det du har sparat finns kvar.',
  'pwa.work.import': 'import',
  'pwa.work.export': 'export',
  'pwa.work.registration': 'registrering',
  'pwa.work.restore': 'återställning',
  'frame.title': 'Boxpilot kan inte köras inuti en annan webbplats',
  'frame.body':
    'Den här sidan visar Boxpilot i en ram på en annan webbplats, vilket kan lura dig att trycka på dess knappar. Boxpilot startar inte här: öppna den i en egen flik.',
  'frame.open': 'Öppna Boxpilot i en egen flik',
  'notFound.title': 'Sidan finns inte',
  'notFound.body': 'Det finns ingenting på den här adressen. Det kan vara ett gammalt bokmärke.',
  'notFound.back': 'Gå till enhetslistor',
  'settings.language.failed': 'Språket kunde inte hämtas, så språket ändrades inte. Anslut till nätverket och välj det igen.',
  'app.screenFailed':
    'Den här vyn kunde inte läsas in. Inget du har sparat har gått förlorat: anslut till nätverket och ladda om sidan.',
  'app.reload': 'Ladda om',
} satisfies Translation<typeof en>;
