import type { Translation } from '../../define';
import type en from './en';

export default {
  'scanner.open': 'Skanna med kameran',
  'scanner.stop': 'Sluta skanna',
  'scanner.pause': 'Pausa',
  'scanner.resume': 'Fortsätt',
  'scanner.why':
    'Kameran läser streckkoderna på kartongens etikett: serienummer, PKID och resten, alla på en gång. Inget spelas in eller skickas någonstans. Första gången frågar webbläsaren om Boxpilot får använda kameran: välj Tillåt.',
  'scanner.starting': 'Startar kameran …',
  'scanner.view': 'Kamerabild',
  'scanner.aim': 'Håll kartongens etikett inom ramen. Alla koder på den läses på en gång; kameran är kvar på för nästa kartong.',
  'scanner.paused': 'Pausad: inga koder läses. Tryck på Fortsätt för att gå vidare.',
  'scanner.started': 'Kameran är på. Håll kartongens etikett inom ramen.',
  'scanner.stopped': 'Kameran är av.',
  'scanner.backgrounded': 'Kameran stängdes av medan Boxpilot låg i bakgrunden; den startar igen när du kommer tillbaka.',
  'scanner.torch': 'Ficklampa',
  'scanner.zoom': 'Zoom',
  'scanner.camera': 'Kamera',
  'scanner.camera.unnamed': 'Kamera {n}',
  'scanner.retry': 'Försök igen',
  'scanner.error.permission-denied':
    'Boxpilot får inte använda kameran. Tillåt den igen: klicka på kamera- eller låsikonen i adressfältet (på en surfplatta: webbläsarens webbplatsinställningar), ställ Kamera på Tillåt och tryck sedan på Försök igen. En handskanner eller att skriva fungerar under tiden.',
  'scanner.error.no-camera':
    'Ingen kamera hittades på enheten. Anslut en kamera, eller använd en handskanner eller skriv koderna i "Lägg till identifierare".',
  'scanner.error.in-use':
    'Kameran används av en annan app eller webbläsarflik. Stäng den andra appen (videosamtal, kameraapp) eller fliken och tryck sedan på Försök igen.',
  'scanner.error.constraints':
    'Kameran kan inte leverera en användbar bild. Välj en annan kamera om det finns en, eller tryck på Försök igen.',
  'scanner.error.insecure-context':
    'Webbläsaren tillåter kameran bara på en säker adress (https). Öppna Boxpilot via dess https-adress, eller be IT publicera den över https.',
  'scanner.error.stalled':
    'Kameran slutade skicka bilder, även efter en omstart. Kontrollera att den fortfarande är ansluten och tryck sedan på Försök igen.',
  'scanner.error.unknown': 'Kameran kunde inte startas. Tryck på Försök igen; om det fortsätter att misslyckas, ladda om sidan.',
  'scanner.error.decoder':
    'Streckkodsläsaren slutade fungera. Tryck på Sluta skanna och Skanna med kameran för att starta den igen; en handskanner fungerar fortfarande.',
  'scanner.error.wasm':
    'Webbläsaren blockerar streckkodsläsaren (WebAssembly är avstängt, oftast av en företagspolicy). Be IT tillåta WebAssembly för webbplatsen, eller använd en handskanner.',
  'scanner.result.taken': 'Tillagd',
  'scanner.result.box-closed': 'Kartongen sparad, nästa kartong',
  'scanner.result.same': 'Finns redan',
  'scanner.result.attention': 'Titta på skärmen',
  'scanner.result.unusable': 'Kan inte användas',
  'scanner.mode': 'Skannerläge',
  'scanner.mode.help':
    'För en USB- eller Bluetooth-skanner: koder tas emot var fokus än är (utom i textfält), med samma ljud som kameran.',
  'scanner.mode.on': 'Skannerläge på: skanna med handskannern, du behöver inte trycka på ett fält först.',
  'scanner.mode.off': 'Skannerläge av.',
  'scanner.sounds.title': 'Skanningsljud',
  'scanner.sounds.label': 'Spela ett ljud för varje skanningsresultat',
  'scanner.sounds.help':
    'Olika toner för en kod som tagits emot, en sparad kartong, en dubblett och en kod som inte kan användas. Surfplattan vibrerar också där den kan.',
  'scanner.sounds.saved': 'Sparat.',
  'scanner.photo.setting.title': 'Etikettfoton',
  'scanner.photo.setting.label': 'Spara ett litet foto av varje skannad etikett med enheten',
  'scanner.photo.setting.help':
    'Bevis om en registrering senare ifrågasätts, till exempel fel 808 (enheten är registrerad på en annan organisation): fotot visar etiketten som den skannades. Det stannar på den här enheten, skickas aldrig någonstans (inte heller med registreringen) och raderas med sin enhet. Av som standard.',
  'scanner.photo.button': 'Etikettfoto',
  'scanner.photo.open': 'Etikettfoto, rad {n}',
  'scanner.photo.title': 'Etikettfoto för rad {n}',
  'scanner.photo.alt': 'Kartongetiketten för rad {n} som kameran såg den när den skannades',
  'scanner.photo.kept': 'Sparas bara på den här enheten, som bevis vid en tvist. Det raderas med enheten.',
  'scanner.photo.missing': 'Fotot finns inte längre (enheten ändrades eller raderades i en annan flik). Stäng och titta på raden igen.',
  'scanner.photo.close': 'Stäng',
} satisfies Translation<typeof en>;
