import type { Translation } from '../../define';
import type en from './en';

export default {
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
} satisfies Translation<typeof en>;
