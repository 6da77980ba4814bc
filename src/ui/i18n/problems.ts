import { MESSAGES, type MessageCode } from '../../core';
import type { Locale } from './define';

// Swedish and Danish texts of the core's problems, keyed by the same stable codes as
// src/core/messages.ts (the English source). The type is complete on purpose: a code the core
// adds without a translation here is a type error, not an English sentence in a Swedish screen.
// Placeholders match the English template (problems.spec.ts checks it). Terms follow Microsoft's
// own localisations: sv "maskinvaruhash", "grupptagg"; da "hardware-hash", "gruppemærke".
export const PROBLEM_TEXTS: Record<'sv' | 'da', Record<MessageCode, string>> = {
  sv: {
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
  da: {
    'cleaned.noise':
      'Usynlige eller overflødige tegn blev fjernet fra {field} ({removed}). Kontrollér, at "{value}" er det, der står på etiketten.',
    'cleaned.hash-whitespace':
      'Mellemrum og linjeskift blev fjernet fra hardware-hashen; en hash indeholder aldrig sådanne.',
    'normalize.not-an-object':
      'En gemt enhed kunne ikke læses og blev erstattet af en tom. Scan eller importér den igen.',
    'normalize.not-a-string':
      'Feltet {field} i en gemt enhed var ikke tekst og blev udeladt. Scan eller indtast det igen.',
    'identifiers.missing':
      'Enheden har ingen identifikator, som Partnercenter accepterer. Giv den et PKID, en hardware-hash eller serienummer + producent + model (tuplen).',
    'identifiers.incomplete-tuple':
      'Serienummer, producent og model skal bruges sammen (tuplen); mangler: {missing}. Tilføj det manglende, eller scan i stedet PKID\'et fra kassen.',
    'intune.hash-required':
      'Intune importerer kun enheder med hardware-hash; rækker med PKID eller serienummer/producent/model kan kun registreres af en partner i Partnercenter. Eksportér i stedet listen til Partnercenter, eller tilføj hashen.',
    'corporate.tuple-required':
      'En virksomhedsidentifikator kræver serienummer, producent og model; mangler: {missing}. Find oplysningen på enheden eller i producentens fil.',
    'pkid.scientific-notation':
      'PKID\'et "{value}" er blevet lavet om til videnskabelig notation af Excel, og cifrene er tabt; det kan ikke repareres. Scan PKID-stregkoden på kassen igen.',
    'pkid.is-product-key':
      'Dette er en Windows-produktnøgle på 25 tegn, ikke et PKID. PKID er det 13-cifrede nummer under sin egen stregkode på kassens etiket: scan den.',
    'pkid.is-product-id':
      'Dette er Windows\' "Produkt-id", som vises i Indstillinger, ikke et PKID. PKID er det 13-cifrede nummer under sin egen stregkode på kassens etiket: scan den.',
    'pkid.format':
      'Et PKID består af præcis 13 cifre; det gør "{value}" ikke. Scan PKID-stregkoden igen (et kortere nummer kan have mistet foranstillede nuller i Excel).',
    'serial.generic':
      '"{value}" er en pladsholder, som firmwaren angiver, når der ikke er sat et serienummer, og ikke et rigtigt serienummer. Aflæs serienummeret på kassen eller på etiketten under enheden.',
    'serial.scientific-notation':
      'Serienummeret "{value}" er blevet lavet om til videnskabelig notation af Excel, og cifrene er tabt. Scan serienummerets stregkode igen.',
    'serial.leading-zeros-lost':
      'Serienummeret "{value}" har {length} cifre, mens andre serienumre for {model} i filen har {expected}: Excel kan have fjernet foranstillede nuller. Sammenlign med etiketten.',
    'hash.not-base64':
      'Hardware-hashen indeholder tegn, der ikke kan forekomme i en hash (den skal være base64: A-Z, a-z, 0-9, +, /, =). Kopiér den igen fra producentens fil, eller indsaml den igen med Get-WindowsAutopilotInfo.',
    'hash.length':
      'Hardware-hashen er {length} tegn lang; en rigtig er omkring 4.000 tegn. Den kan være afkortet: indsaml den igen.',
    'manufacturer.case':
      'Producenten skal skrives præcis, som firmwaren angiver den: "{expected}", ikke "{value}". Partnercenter skelner mellem store og små bogstaver.',
    'manufacturer.alias':
      '"{value}" er ikke det navn, firmwaren bruger for denne producent; det er "{expected}". Brug præcis den stavemåde, ellers mislykkes registreringen senere (fejl 812).',
    'manufacturer.unknown':
      '"{value}" er ikke et af de producentnavne, Boxpilot kender. Kontrollér den nøjagtige stavemåde i firmwaren (Systemproducent i Systemoplysninger), ellers mislykkes registreringen senere (fejl 812).',
    'manufacturer.comma':
      '"{value}" indeholder et komma, og en CSV-fil til Partnercenter kan ikke have anførselstegn om værdier, så det kan ikke skrives til en fil. Registrér enheden med PKID eller hardware-hash (uden producent og model), eller via Partnercenters API.',
    'model.lenovo-mtm':
      'For Lenovo skal modellen være den 10 tegn lange maskintypemodel (MTM), der står på kassen (for eksempel 20XW0026MX), ikke "{value}".',
    'value.not-ascii':
      'Feltet {field} indeholder "{char}" ({codePoint}), som en fil til Partnercenter ikke kan indeholde: kun almindelige bogstaver, cifre og tegnsætning er tilladt. Indtast værdien igen uden det tegn.',
    'value.delimiter':
      'Feltet {field} indeholder et komma, som ville dele linjen i ekstra kolonner (filerne bruger aldrig anførselstegn). Fjern kommaet.',
    'value.quote': 'Feltet {field} indeholder et anførselstegn, og det må disse filer ikke indeholde. Fjern det.',
    'value.formula':
      'Feltet {field} begynder med "{char}", så Excel ville køre det som en formel, når filen åbnes (en måde at køre kommandoer på den pc, der åbner den); disse filer kan ikke sætte anførselstegn om værdien. Ret værdien uden det indledende "{char}", eller fjern enheden.',
    'group-tag.too-long':
      'Gruppemærket er {length} tegn langt; hold det på højst 64 tegn, så alle tjenester accepterer det.',
    'group-tag.managed-desktop-case':
      'Managed Desktop-mærker skal passe præcist, også store og små bogstaver: mente du "{expected}"?',
    'group-tag.managed-desktop-unknown':
      '"{value}" ligner et Managed Desktop-mærke, men er det ikke. Vælg et af mærkerne på listen, præcis som det står.',
    'group-tag.managed-desktop-older':
      '"{value}" er et ældre ({generation}) Managed Desktop-mærke. Kontrollér, hvilken form kundens lejer bruger; den aktuelle form er "{current}".',
    'assigned-user.not-upn':
      'Den tildelte bruger "{value}" er ikke et brugerprincipalnavn (UPN, navn@domæne.dk). Brug brugerens loginadresse.',
    'duplicate.in-list':
      'Enhed nr. {other} på denne liste har samme {field} "{value}". Partnercenter behandler kun én af dem: fjern dubletten.',
    'duplicate.serial-case':
      'Enhed nr. {other} har serienummeret "{otherValue}", som kun adskiller sig ved store og små bogstaver. Kontrollér etiketten: det er sandsynligvis den samme enhed, der er scannet to gange.',
    'duplicate.elsewhere':
      'Samme {field} "{value}" findes også på listen "{list}". Kontrollér, at enheden ikke registreres to gange.',
    'rows.split': '{count} enheder er flere, end én fil må indeholde ({maxRows}); de skrives som {files} filer.',
    'write.empty': 'Der er ingen enheder at skrive. Scan eller importér nogle først.',
    'file.empty': 'Filen er tom. Vælg filen igen; den er måske ikke blevet gemt.',
    'file.too-large': 'Filen er {sizeMb} MB; Boxpilot læser filer på op til {maxMb} MB. Del den op i mindre filer.',
    'file.binary':
      'Dette er ikke en tekstfil (den ligner {kind}). Vælg CSV-filen eller Excel-projektmappen med enhedslisten.',
    'file.zip-not-workbook':
      'Dette er et zip-arkiv, men ikke en Excel-projektmappe. Pak det ud, og vælg CSV- eller .xlsx-filen i det.',
    'file.xlsx-too-large':
      'Projektmappen er for stor udpakket: den indeholder mindst {unpackedMb} MB, og Boxpilot udpakker højst {maxMb} MB. Den kan være beskadiget eller lavet til at overbelaste appen; eksportér arket som CSV i Excel, eller del den op i mindre projektmapper.',
    'file.xlsx-unreadable':
      'Excel-projektmappen kunne ikke læses ({reason}). Åbn den i Excel, og gem den igen som .xlsx, eller eksportér den som CSV.',
    'file.utf16-truncated':
      'Filen slutter midt i et tegn (UTF-16 med et ulige antal byte): den kan være afkortet. Det sidste ufuldstændige tegn blev ignoreret; kontrollér den sidste enhed.',
    'file.nul-bytes':
      'Filen indeholdt {count} NUL-byte, som blev fjernet. Den kan være gemt med forkert tegnkodning: kontrollér enhederne.',
    'file.undecodable': 'Nogle tegn kunne ikke afkodes og blev erstattet. Gem filen som UTF-8, og indlæs den igen.',
    'file.mixed-line-endings':
      'Filen blander linjeskift fra Windows og Unix; hver linje blev læst som en særskilt række.',
    'file.header-only': 'Filen har en overskriftsrække, men ingen enheder.',
    'file.no-devices': 'Der blev ikke fundet nogen enheder i filen. Kontrollér, at det er den rigtige fil.',
    'file.no-header':
      'Filen har ingen overskriftsrække; kolonnerne blev gættet ud fra indholdet ({columns}). Kontrollér kolonnetilknytningen.',
    'file.too-many-columns':
      'Filen har {count} kolonner; kun de første {max} blev læst. Kontrollér, at det er en enhedsliste.',
    'file.too-many-rows':
      'Filen har mere end {max} rækker; kun de første {max} blev læst. Del den op i mindre filer.',
    'file.parse-error': 'Linje {line} kunne ikke læses ({reason}). Kontrollér den linje i filen.',
    'file.aborted': 'Indlæsningen af filen blev annulleret.',
    'file.failed': 'Filen kunne ikke læses ({reason}). Gem den igen som CSV eller .xlsx, og prøv igen.',
    'column.unknown':
      'Kolonnen "{header}" kender Boxpilot ikke, så den blev ikke læst. Knyt den til et felt, hvis den indeholder enhedsdata.',
    'column.duplicate': 'To kolonner er knyttet til {field}; kun den første ("{header}") læses.',
    'column.no-identifier':
      'Ingen kolonne indeholder serienummer, PKID eller hardware-hash. Knyt kolonnerne manuelt.',
    'row.extra-cells':
      'Denne linje har {count} celler, men overskriftsrækken har {expected}; de ekstra celler blev ignoreret.',
    'row.cell-too-long':
      'Cellen med {field} på denne linje er {length} tegn lang (højst {max} læses): intet serienummer, PKID eller hardware-hash er så langt; en hash er omkring 4.096 tegn. Den blev ikke læst: kontrollér, at kolonnen indeholder {field}, og at filen blev eksporteret hel.',
    'file.cell-too-long':
      'Linje {line} har en celle med {field} på {length} tegn (højst {max} læses): intet serienummer, PKID eller hardware-hash er så langt; en hash er omkring 4.096 tegn. Linjen blev ikke læst: kontrollér, at det er en enhedsliste, og at filen blev eksporteret hel.',
  },
};

export const isMessageCode = (code: string): code is MessageCode => Object.prototype.hasOwnProperty.call(MESSAGES, code);

/** The template of a problem in a language, with its `{param}` placeholders unfilled. */
export function problemTemplate(locale: Locale, code: MessageCode): string {
  return locale === 'en' ? MESSAGES[code] : PROBLEM_TEXTS[locale][code];
}
