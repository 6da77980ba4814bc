import type { Catalog } from './en';

export const sv: Catalog = {
  'app.name': 'Boxpilot',
  'app.tagline': 'Autopilot-registrering direkt från kartongens etikett',
  'app.skipToContent': 'Hoppa till innehållet',
  'nav.label': 'Huvudmeny',
  'nav.lists': 'Enhetslistor',
  'nav.settings': 'Inställningar',
  'lists.title': 'Enhetslistor',
  'lists.intro':
    'En enhetslista innehåller enheterna för en kundleverans. I Partnercenter blir den en batch, och dess namn blir grupptaggen.',
  'lists.empty.title': 'Inga enhetslistor ännu',
  'lists.empty.body':
    'Enhetslistor som du skapar sparas på den här enheten, även utan nätverksanslutning.',
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
  'notFound.title': 'Sidan finns inte',
  'notFound.body': 'Det finns ingenting på den här adressen. Det kan vara ett gammalt bokmärke.',
  'notFound.back': 'Gå till enhetslistor',
};
