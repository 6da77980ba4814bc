import type { ProblemWords } from './words';

// Terms follow Microsoft's own localisations: sv "maskinvaruhash", "grupptagg"; da "hardware-hash", "gruppemærke".
export default {
  templates: {
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
  fields: {
    serialNumber: 'serienummer',
    pkid: 'PKID',
    hardwareHash: 'hardware-hash',
    manufacturer: 'producent',
    model: 'model',
    groupTag: 'gruppemærke',
    assignedUser: 'tildelt bruger',
  },
  binaryKinds: {
    png: 'et PNG-billede',
    jpeg: 'et JPEG-billede',
    gif: 'et GIF-billede',
    pdf: 'et PDF-dokument',
    xls: 'en gammel Excel .xls- eller anden Office-fil (gem den som .xlsx)',
    gzip: 'et gzip-arkiv',
    '7z': 'et 7-Zip-arkiv',
    rar: 'et RAR-arkiv',
    exe: 'et Windows-program',
    elf: 'et program',
    binary: 'binære data',
  },
  noise: {
    'outer-space': 'mellemrum i starten eller slutningen',
    'no-break-space': 'hårde mellemrum',
    'zero-width': 'usynlige tegn med nul bredde',
    'soft-hyphen': 'bløde bindestreger',
    'smart-quote': 'typografiske anførselstegn',
    'line-break': 'linjeskift',
    tab: 'tabulatorer',
    'group-separator': 'stregkodsseparatorer',
    control: 'kontroltegn',
  },
  fromYear: 'fra {year}',
  current: 'aktuel',
} satisfies ProblemWords;
