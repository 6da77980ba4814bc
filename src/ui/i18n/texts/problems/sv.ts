import type { ProblemWords } from './words';

// Terms follow Microsoft's own localisations: sv "maskinvaruhash", "grupptagg"; da "hardware-hash", "gruppemærke".
export default {
  templates: {
    'cleaned.noise':
      'Osynliga eller felaktiga tecken togs bort från {field} ({removed}). Kontrollera att "{value}" stämmer med det som står på etiketten.',
    'cleaned.hash-whitespace':
      'Mellanslag och radbrytningar togs bort från maskinvaruhashen; en hash innehåller aldrig sådana.',
    'normalize.not-an-object':
      'En sparad enhet gick inte att läsa och ersattes med en tom. Skanna eller importera den igen.',
    'normalize.not-a-string':
      'Fältet {field} i en sparad enhet var inte text och utelämnades. Skanna eller skriv in det igen.',
    'identifiers.missing':
      'Enheten saknar en identifierare som Partnercenter godtar. Ge den ett PKID, en maskinvaruhash eller serienummer + tillverkare + modell (tupeln).',
    'identifiers.incomplete-tuple':
      'Serienummer, tillverkare och modell behövs tillsammans (tupeln); saknas: {missing}. Lägg till det som saknas, eller skanna PKID:t från kartongen i stället.',
    'intune.hash-required':
      'Intune importerar bara enheter med maskinvaruhash; rader med PKID eller serienummer/tillverkare/modell kan bara registreras av en partner i Partnercenter. Exportera listan för Partnercenter i stället, eller lägg till hashen.',
    'corporate.tuple-required':
      'En företagsidentifierare kräver serienummer, tillverkare och modell; saknas: {missing}. Hämta uppgiften från enheten eller tillverkarens fil.',
    'pkid.scientific-notation':
      'PKID:t "{value}" har gjorts om till vetenskaplig notation av Excel och siffrorna är förlorade; det går inte att reparera. Skanna PKID-streckkoden på kartongen igen.',
    'pkid.is-product-key':
      'Det här är en Windows-produktnyckel på 25 tecken, inte ett PKID. PKID är det 13-siffriga numret under en egen streckkod på kartongens etikett: skanna den.',
    'pkid.is-product-id':
      'Det här är Windows "Produkt-ID" som visas i Inställningar, inte ett PKID. PKID är det 13-siffriga numret under en egen streckkod på kartongens etikett: skanna den.',
    'pkid.format':
      'Ett PKID består av exakt 13 siffror; "{value}" gör inte det. Skanna PKID-streckkoden igen (ett kortare nummer kan ha tappat inledande nollor i Excel).',
    'serial.generic':
      '"{value}" är en platshållare som firmware rapporterar när inget serienummer har angetts, inte ett riktigt serienummer. Läs av serienumret på kartongen eller på etiketten under enheten.',
    'serial.scientific-notation':
      'Serienumret "{value}" har gjorts om till vetenskaplig notation av Excel och siffrorna är förlorade. Skanna serienummerstreckkoden igen.',
    'serial.leading-zeros-lost':
      'Serienumret "{value}" har {length} siffror medan andra serienummer för {model} i filen har {expected}: Excel kan ha tagit bort inledande nollor. Jämför med etiketten.',
    'hash.not-base64':
      'Maskinvaruhashen innehåller tecken som inte kan finnas i en hash (den måste vara base64: A-Z, a-z, 0-9, +, /, =). Kopiera den igen från tillverkarens fil eller hämta den på nytt med Get-WindowsAutopilotInfo.',
    'hash.length':
      'Maskinvaruhashen är {length} tecken lång; en riktig är ungefär 4 000 tecken. Den kan vara avkortad: hämta den igen.',
    'manufacturer.case':
      'Tillverkaren måste skrivas exakt som firmware rapporterar den: "{expected}", inte "{value}". Partnercenter skiljer på stora och små bokstäver.',
    'manufacturer.alias':
      '"{value}" är inte det namn som firmware använder för den här tillverkaren; det är "{expected}". Använd exakt den stavningen, annars misslyckas registreringen senare (fel 812).',
    'manufacturer.unknown':
      '"{value}" är inte ett av de tillverkarnamn som Boxpilot känner till. Kontrollera den exakta stavningen i firmware (Systemtillverkare i Systeminformation), annars misslyckas registreringen senare (fel 812).',
    'manufacturer.comma':
      '"{value}" innehåller ett kommatecken, och en CSV-fil för Partnercenter kan inte ha citattecken runt värden, så det går inte att skriva till en fil. Registrera enheten med PKID eller maskinvaruhash (utan tillverkare och modell), eller via Partnercenters API.',
    'model.lenovo-mtm':
      'För Lenovo ska modellen vara den 10 tecken långa maskintypsmodellen (MTM) som står på kartongen (till exempel 20XW0026MX), inte "{value}".',
    'value.not-ascii':
      'Fältet {field} innehåller "{char}" ({codePoint}), som en fil för Partnercenter inte kan innehålla: bara vanliga bokstäver, siffror och skiljetecken är tillåtna. Skriv in värdet igen utan det tecknet.',
    'value.delimiter':
      'Fältet {field} innehåller ett kommatecken, som skulle dela raden i extra kolumner (filerna har aldrig citattecken). Ta bort kommatecknet.',
    'value.quote': 'Fältet {field} innehåller ett citattecken, och sådana får inte finnas i de här filerna. Ta bort det.',
    'value.formula':
      'Fältet {field} börjar med "{char}", så Excel skulle köra det som en formel när filen öppnas (ett sätt att köra kommandon på datorn som öppnar den); de här filerna kan inte ha citattecken runt värdet. Rätta värdet utan det inledande "{char}", eller ta bort enheten.',
    'group-tag.too-long':
      'Grupptaggen är {length} tecken lång; håll den till högst 64 tecken så att alla tjänster godtar den.',
    'group-tag.managed-desktop-case':
      'Managed Desktop-taggar måste stämma exakt, även stora och små bokstäver: menade du "{expected}"?',
    'group-tag.managed-desktop-unknown':
      '"{value}" ser ut som en Managed Desktop-tagg men är ingen. Välj en av taggarna i listan, exakt som den står.',
    'group-tag.managed-desktop-older':
      '"{value}" är en äldre ({generation}) Managed Desktop-tagg. Kontrollera vilken form kundens klientorganisation använder; den aktuella formen är "{current}".',
    'assigned-user.not-upn':
      'Den tilldelade användaren "{value}" är inte ett användarens huvudnamn (UPN, namn@domän.se). Använd användarens inloggningsadress.',
    'duplicate.in-list':
      'Enhet nr {other} i den här listan har samma {field} "{value}". Partnercenter behandlar bara en av dem: ta bort dubbletten.',
    'duplicate.serial-case':
      'Enhet nr {other} har serienumret "{otherValue}", som bara skiljer sig i stora och små bokstäver. Kontrollera etiketten: det är troligen samma enhet som skannats två gånger.',
    'duplicate.elsewhere':
      'Samma {field} "{value}" finns också i listan "{list}". Kontrollera att enheten inte registreras två gånger.',
    'rows.split': '{count} enheter är fler än en fil får innehålla ({maxRows}); de skrivs som {files} filer.',
    'write.empty': 'Det finns inga enheter att skriva. Skanna eller importera några först.',
    'file.empty': 'Filen är tom. Välj filen igen; den kanske inte sparades.',
    'file.too-large': 'Filen är {sizeMb} MB; Boxpilot läser filer på upp till {maxMb} MB. Dela upp den i mindre filer.',
    'file.binary':
      'Det här är inte en textfil (den ser ut att vara {kind}). Välj CSV-filen eller Excel-arbetsboken med enhetslistan.',
    'file.zip-not-workbook':
      'Det här är ett zip-arkiv men inte en Excel-arbetsbok. Packa upp det och välj CSV- eller .xlsx-filen som finns i det.',
    'file.xlsx-too-large':
      'Arbetsboken är för stor uppackad: den innehåller minst {unpackedMb} MB, och Boxpilot packar upp högst {maxMb} MB. Den kan vara skadad eller gjord för att överbelasta appen; exportera bladet som CSV i Excel, eller dela upp den i mindre arbetsböcker.',
    'file.xlsx-unreadable':
      'Excel-arbetsboken gick inte att läsa ({reason}). Öppna den i Excel och spara den igen som .xlsx, eller exportera den som CSV.',
    'file.utf16-truncated':
      'Filen slutar mitt i ett tecken (UTF-16 med ett udda antal byte): den kan vara avkortad. Det sista ofullständiga tecknet ignorerades; kontrollera den sista enheten.',
    'file.nul-bytes':
      'Filen innehöll {count} NUL-byte, som togs bort. Den kan ha sparats med fel teckenkodning: kontrollera enheterna.',
    'file.undecodable': 'Vissa tecken gick inte att avkoda och ersattes. Spara filen som UTF-8 och läs in den igen.',
    'file.mixed-line-endings': 'Filen blandar radslut från Windows och Unix; varje rad lästes som en egen rad.',
    'file.header-only': 'Filen har en rubrikrad men inga enheter.',
    'file.no-devices': 'Inga enheter hittades i filen. Kontrollera att det är rätt fil.',
    'file.no-header':
      'Filen saknar rubrikrad; kolumnerna gissades utifrån innehållet ({columns}). Kontrollera kolumnkopplingen.',
    'file.too-many-columns':
      'Filen har {count} kolumner; bara de första {max} lästes. Kontrollera att det är en enhetslista.',
    'file.too-many-rows': 'Filen har fler än {max} rader; bara de första {max} lästes. Dela upp den i mindre filer.',
    'file.parse-error': 'Rad {line} gick inte att läsa ({reason}). Kontrollera den raden i filen.',
    'file.aborted': 'Inläsningen av filen avbröts.',
    'file.failed': 'Filen gick inte att läsa ({reason}). Spara den igen som CSV eller .xlsx och försök igen.',
    'column.unknown':
      'Kolumnen "{header}" känner Boxpilot inte igen, så den lästes inte. Koppla den till ett fält om den innehåller enhetsdata.',
    'column.duplicate': 'Två kolumner är kopplade till {field}; bara den första ("{header}") läses.',
    'column.no-identifier': 'Ingen kolumn innehåller serienummer, PKID eller maskinvaruhash. Koppla kolumnerna för hand.',
    'row.extra-cells':
      'Raden har {count} celler men rubrikraden har {expected}; de extra cellerna ignorerades.',
    'row.cell-too-long':
      'Cellen för {field} på den här raden är {length} tecken lång (högst {max} läses): inget serienummer, PKID eller maskinvaruhash är så långt; en hash är ungefär 4 096 tecken. Den lästes inte: kontrollera att kolumnen innehåller {field} och att filen exporterades hel.',
    'file.cell-too-long':
      'Rad {line} har en cell för {field} på {length} tecken (högst {max} läses): inget serienummer, PKID eller maskinvaruhash är så långt; en hash är ungefär 4 096 tecken. Raden lästes inte: kontrollera att det är en enhetslista och att filen exporterades hel.',
  },
  fields: {
    serialNumber: 'serienummer',
    pkid: 'PKID',
    hardwareHash: 'maskinvaruhash',
    manufacturer: 'tillverkare',
    model: 'modell',
    groupTag: 'grupptagg',
    assignedUser: 'tilldelad användare',
  },
  binaryKinds: {
    png: 'en PNG-bild',
    jpeg: 'en JPEG-bild',
    gif: 'en GIF-bild',
    pdf: 'ett PDF-dokument',
    xls: 'en gammal Excel .xls- eller annan Office-fil (spara den som .xlsx)',
    gzip: 'ett gzip-arkiv',
    '7z': 'ett 7-Zip-arkiv',
    rar: 'ett RAR-arkiv',
    exe: 'ett Windows-program',
    elf: 'ett program',
    binary: 'binära data',
  },
  noise: {
    'outer-space': 'mellanslag i början eller slutet',
    'no-break-space': 'hårda mellanslag',
    'zero-width': 'osynliga tecken med noll bredd',
    'soft-hyphen': 'mjuka bindestreck',
    'smart-quote': 'typografiska citattecken',
    'line-break': 'radbrytningar',
    tab: 'tabbar',
    'group-separator': 'streckkodsavgränsare',
    control: 'styrtecken',
  },
  fromYear: 'från {year}',
  current: 'aktuell',
} satisfies ProblemWords;
