import { defineMessages } from '../define';

// Scanning box labels: the camera scanner, the handheld-scanner mode and the scan sounds.
export const scannerMessages = defineMessages(
  {
    'scanner.open': 'Scan with camera',
    'scanner.stop': 'Stop scanning',
    'scanner.pause': 'Pause',
    'scanner.resume': 'Resume',
    'scanner.why':
      'The camera reads the barcodes on the box label: serial number, PKID and the rest, all at once. Nothing is recorded or sent anywhere. The first time, the browser asks whether Boxpilot may use the camera: choose Allow.',
    'scanner.starting': 'Starting the camera …',
    'scanner.view': 'Camera view',
    'scanner.aim': 'Hold the box label inside the frame. Every code on it is read at once; the camera stays on for the next box.',
    'scanner.paused': 'Paused: no codes are read. Press Resume to go on.',
    'scanner.started': 'Camera on. Hold the box label inside the frame.',
    'scanner.stopped': 'Camera off.',
    'scanner.backgrounded': 'The camera was turned off while Boxpilot was in the background; it starts again when you come back.',
    'scanner.torch': 'Torch',
    'scanner.zoom': 'Zoom',
    'scanner.camera': 'Camera',
    'scanner.camera.unnamed': 'Camera {n}',
    'scanner.retry': 'Try again',
    'scanner.error.permission-denied':
      'Boxpilot may not use the camera. Allow it again: click the camera or lock icon in the address bar (on a tablet: the browser\'s site settings), set Camera to Allow, then press Try again. A handheld scanner or typing works meanwhile.',
    'scanner.error.no-camera':
      'No camera was found on this device. Connect a camera, or use a handheld scanner or type the codes into "Add identifier".',
    'scanner.error.in-use':
      'The camera is in use by another app or browser tab. Close the other app (video call, camera app) or tab, then press Try again.',
    'scanner.error.constraints':
      'This camera cannot deliver a usable picture. Choose another camera if there is one, or press Try again.',
    'scanner.error.insecure-context':
      'The browser allows the camera only on a secure (https) address. Open Boxpilot through its https address, or ask IT to publish it over https.',
    'scanner.error.stalled':
      'The camera stopped sending pictures, also after a restart. Check that it is still connected, then press Try again.',
    'scanner.error.unknown': 'The camera could not be started. Press Try again; if it keeps failing, reload the page.',
    'scanner.error.decoder':
      'The barcode reader stopped working. Press Stop scanning and Scan with camera to start it again; a handheld scanner still works.',
    'scanner.error.wasm':
      'This browser blocks the barcode reader (WebAssembly is switched off, usually by a company policy). Ask IT to allow WebAssembly for this site, or use a handheld scanner.',
    'scanner.result.taken': 'Taken',
    'scanner.result.box-closed': 'Box saved, next box',
    'scanner.result.same': 'Already have it',
    'scanner.result.attention': 'Look at the screen',
    'scanner.result.unusable': 'Not usable',
    'scanner.mode': 'Scanner mode',
    'scanner.mode.help':
      'For a USB or Bluetooth scanner: codes are taken wherever the focus is (except in text fields), with the same sounds as the camera.',
    'scanner.mode.on': 'Scanner mode on: scan with the handheld scanner, no need to tap a field first.',
    'scanner.mode.off': 'Scanner mode off.',
    'scanner.sounds.title': 'Scan sounds',
    'scanner.sounds.label': 'Play a sound for each scan result',
    'scanner.sounds.help':
      'Different tones for a code taken, a box saved, a duplicate and a code that cannot be used. The tablet also vibrates where it can.',
    'scanner.sounds.saved': 'Saved.',
    'scanner.photo.setting.title': 'Label photos',
    'scanner.photo.setting.label': 'Keep a small photo of each scanned label with its device',
    'scanner.photo.setting.help':
      'Evidence if a registration is later disputed, for example error 808 (the device is registered to another organisation): the photo shows the label as it was scanned. It stays on this device, is never sent anywhere (not with the registration either), and is deleted with its device. Off by default.',
    'scanner.photo.button': 'Label photo',
    'scanner.photo.open': 'Label photo, row {n}',
    'scanner.photo.title': 'Label photo of row {n}',
    'scanner.photo.alt': 'The box label of row {n} as the camera saw it when it was scanned',
    'scanner.photo.kept': 'Kept on this device only, as evidence for a dispute. It is deleted with the device.',
    'scanner.photo.missing': 'This photo is no longer stored (the device was changed or deleted in another tab). Close this and look at the row again.',
    'scanner.photo.close': 'Close',
  },
  {
    sv: {
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
    },
    da: {
      'scanner.open': 'Scan med kameraet',
      'scanner.stop': 'Stop scanning',
      'scanner.pause': 'Pause',
      'scanner.resume': 'Fortsæt',
      'scanner.why':
        'Kameraet læser stregkoderne på kassens etiket: serienummer, PKID og resten, alle på én gang. Intet optages eller sendes nogen steder hen. Første gang spørger browseren, om Boxpilot må bruge kameraet: vælg Tillad.',
      'scanner.starting': 'Starter kameraet …',
      'scanner.view': 'Kamerabillede',
      'scanner.aim': 'Hold kassens etiket inden for rammen. Alle koder på den læses på én gang; kameraet forbliver tændt til næste kasse.',
      'scanner.paused': 'På pause: ingen koder læses. Tryk på Fortsæt for at gå videre.',
      'scanner.started': 'Kameraet er tændt. Hold kassens etiket inden for rammen.',
      'scanner.stopped': 'Kameraet er slukket.',
      'scanner.backgrounded': 'Kameraet blev slukket, mens Boxpilot var i baggrunden; det starter igen, når du kommer tilbage.',
      'scanner.torch': 'Lommelygte',
      'scanner.zoom': 'Zoom',
      'scanner.camera': 'Kamera',
      'scanner.camera.unnamed': 'Kamera {n}',
      'scanner.retry': 'Prøv igen',
      'scanner.error.permission-denied':
        'Boxpilot må ikke bruge kameraet. Tillad det igen: klik på kamera- eller låseikonet i adresselinjen (på en tablet: browserens webstedsindstillinger), sæt Kamera til Tillad, og tryk så på Prøv igen. En håndscanner eller indtastning virker imens.',
      'scanner.error.no-camera':
        'Der blev ikke fundet et kamera på enheden. Tilslut et kamera, eller brug en håndscanner eller skriv koderne i "Tilføj id".',
      'scanner.error.in-use':
        'Kameraet bruges af en anden app eller browserfane. Luk den anden app (videoopkald, kamera-app) eller fanen, og tryk så på Prøv igen.',
      'scanner.error.constraints':
        'Kameraet kan ikke levere et brugbart billede. Vælg et andet kamera, hvis der er et, eller tryk på Prøv igen.',
      'scanner.error.insecure-context':
        'Browseren tillader kun kameraet på en sikker adresse (https). Åbn Boxpilot via dens https-adresse, eller bed IT om at udgive den over https.',
      'scanner.error.stalled':
        'Kameraet holdt op med at sende billeder, også efter en genstart. Kontrollér, at det stadig er tilsluttet, og tryk så på Prøv igen.',
      'scanner.error.unknown': 'Kameraet kunne ikke startes. Tryk på Prøv igen; hvis det bliver ved med at mislykkes, så genindlæs siden.',
      'scanner.error.decoder':
        'Stregkodelæseren holdt op med at virke. Tryk på Stop scanning og Scan med kameraet for at starte den igen; en håndscanner virker stadig.',
      'scanner.error.wasm':
        'Browseren blokerer stregkodelæseren (WebAssembly er slået fra, som regel af en virksomhedspolitik). Bed IT om at tillade WebAssembly for webstedet, eller brug en håndscanner.',
      'scanner.result.taken': 'Tilføjet',
      'scanner.result.box-closed': 'Kassen gemt, næste kasse',
      'scanner.result.same': 'Findes allerede',
      'scanner.result.attention': 'Se på skærmen',
      'scanner.result.unusable': 'Kan ikke bruges',
      'scanner.mode': 'Scannertilstand',
      'scanner.mode.help':
        'Til en USB- eller Bluetooth-scanner: koder modtages, uanset hvor fokus er (undtagen i tekstfelter), med de samme lyde som kameraet.',
      'scanner.mode.on': 'Scannertilstand til: scan med håndscanneren, du behøver ikke trykke på et felt først.',
      'scanner.mode.off': 'Scannertilstand fra.',
      'scanner.sounds.title': 'Scanningslyde',
      'scanner.sounds.label': 'Afspil en lyd for hvert scanningsresultat',
      'scanner.sounds.help':
        'Forskellige toner for en modtaget kode, en gemt kasse, en dublet og en kode, der ikke kan bruges. Tabletten vibrerer også, hvor den kan.',
      'scanner.sounds.saved': 'Gemt.',
      'scanner.photo.setting.title': 'Etiketfotos',
      'scanner.photo.setting.label': 'Gem et lille foto af hver scannet etiket sammen med enheden',
      'scanner.photo.setting.help':
        'Dokumentation, hvis en registrering senere bestrides, for eksempel fejl 808 (enheden er registreret til en anden organisation): fotoet viser etiketten, som den blev scannet. Det bliver på denne enhed, sendes aldrig nogen steder hen (heller ikke med registreringen) og slettes sammen med enheden. Slået fra som standard.',
      'scanner.photo.button': 'Etiketfoto',
      'scanner.photo.open': 'Etiketfoto, række {n}',
      'scanner.photo.title': 'Etiketfoto for række {n}',
      'scanner.photo.alt': 'Kassens etiket for række {n}, som kameraet så den, da den blev scannet',
      'scanner.photo.kept': 'Gemmes kun på denne enhed, som dokumentation ved en tvist. Det slettes sammen med enheden.',
      'scanner.photo.missing': 'Fotoet findes ikke længere (enheden blev ændret eller slettet i en anden fane). Luk og se på rækken igen.',
      'scanner.photo.close': 'Luk',
    },
  },
);
