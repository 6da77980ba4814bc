import type { Translation } from '../../define';
import type en from './en';

export default {
  'help.title': 'Hjälp',
  'help.intro': 'Så registrerar du enheter med Boxpilots filer, och vad meddelandena betyder.',
  'help.toc.title': 'På den här sidan',
  'help.toc.back': 'Tillbaka till innehållet',

  'help.upload.title': 'Ladda upp en fil i Partnercenter',
  'help.upload.before':
    'Före den första uppladdningen för en kund: kunden måste ha godkänt din partnerrelation i Partnercenter (kundens globala administratör godkänner din begäran). Delegerade administratörsbehörigheter behövs inte för Autopilot; administratören kan avmarkera "Inkludera delegerade administrationsbehörigheter".',
  'help.upload.step1':
    'Öppna enhetslistan i Boxpilot, välj Exportera, välj "Partnercenter" och ladda ned. Behåll filen som den är: öppna den inte i Excel.',
  'help.upload.step2': 'Logga in i Partnercenter (partner.microsoft.com/dashboard).',
  'help.upload.step3': 'Välj Kunder i menyn och sedan den kund som enheterna är till för.',
  'help.upload.step4': 'Välj Enheter på kundens sida.',
  'help.upload.step5': 'Under Tillämpa profiler på enheter väljer du Lägg till enheter.',
  'help.upload.step6':
    'Skriv batchnamnet. Det blir grupptagg för alla enheter i filen, så använd enhetslistans namn. För Microsoft Managed Desktop skriver du taggen exakt som i tabellen nedan, med stora och små bokstäver.',
  'help.upload.step7':
    'Välj Bläddra, välj .csv-filen och ladda upp den. Om Boxpilot delade upp listan i flera filer laddar du upp dem en i taget med samma batchnamn.',
  'help.upload.step8':
    'Vänta tills Partnercenter har behandlat enheterna (det kan ta några minuter) och kontrollera varje enhets status. Felkoderna förklaras under Registreringsfel.',
  'help.upload.failed.title': 'Om uppladdningen misslyckas',
  'help.upload.failed.body':
    'Kontrollera filformatet och kolumnordningen. Första raden måste vara exakt den här rubrikraden, utan tillägg. Exportera filen igen från Boxpilot i stället för att redigera den.',
  'help.upload.header': 'Rubrikraden i en fil för Partnercenter',
  'help.upload.profiles':
    'Partnercenter ser bara Autopilot-profiler som har skapats i Partnercenter, inte profiler som skapats i Intune. Om kunden hanterar sina profiler i Intune tilldelar kundens administratör dem där, till exempel genom en dynamisk grupp på grupptaggen.',
  'help.mmd.title': 'Grupptaggar för Microsoft Managed Desktop',
  'help.mmd.intro':
    'Varje Managed Desktop-profil kräver sin tagg exakt som den står, med stora och små bokstäver och understreck. Microsofts anvisningar från 2022 använde den äldre formen: fråga kunden vilken form deras klientorganisation använder.',
  'help.mmd.col.tag': 'Grupptagg',
  'help.mmd.col.profile': 'Profil',
  'help.mmd.current': 'Aktuell',
  'help.mmd.older': 'Äldre (2022)',
  'help.mmd.standard': 'Standard',
  'help.mmd.powerUser': 'Superanvändare',
  'help.mmd.sensitiveData': 'Känsliga data',
  'help.mmd.kiosk': 'Kiosk',
  'help.mmd.shared': '{profile}, delad enhet',

  'help.pkid.title': 'Vad ett PKID är och var det finns',
  'help.pkid.what':
    'PKID (Windows Product Key ID) är ett 13-siffrigt nummer som hör till den Windows-licens som tillverkaren har lagt in i enhetens firmware. I Partnercenters fil heter kolumnen "Windows Product ID". Det är det bästa sättet att registrera en enhet som fortfarande ligger i kartongen: inget att packa upp, starta eller skriva in.',
  'help.pkid.where':
    'Det står på kartongens etikett som en egen endimensionell streckkod (en rad streck) med de 13 siffrorna under, oftast märkt PKID eller Product Key ID. Distributörer och tillverkare kan också skicka PKID:n elektroniskt med ordern.',
  'help.pkid.notTitle': 'Blanda inte ihop det med',
  'help.pkid.notKey':
    'Produktnyckeln på 25 tecken (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX): det är själva licensnyckeln, inte ett PKID.',
  'help.pkid.notProductId': 'Windows "Produkt-ID" som visas i Inställningar, till exempel 00000-00000-0000-AAAAA.',
  'help.pkid.notEan':
    'Produktens EAN-13-streckkod (eller UPC). Den har också 13 siffror, men den är densamma på alla kartonger av samma modell. När Boxpilot inte kan avgöra vilket 13-siffrigt nummer som är PKID frågar det dig.',
  'help.pkid.figure':
    'Skiss av en kartongetikett. Utformningen skiljer sig mellan tillverkare: leta efter orden PKID eller Product Key ID.',
  'help.label.title': 'Exempel på kartongetikett',
  'help.label.desc':
    'En kartongetikett med tre streckkoder: serienumret, PKID med sina 13 siffror under, och produktens EAN-13-streckkod.',
  'help.label.serial': 'Serienummer',
  'help.label.pkid': 'PKID: skanna den här',
  'help.label.ean': 'EAN-13: inte PKID',

  'help.paths.title': 'Tre sätt att registrera en enhet',
  'help.paths.intro': 'Partnercenter godtar en enhet när dess rad innehåller något av följande:',
  'help.paths.pkid.term': 'Enbart PKID',
  'help.paths.pkid.body': 'Snabbast för enheter i kartong: skanna PKID-streckkoden, så är det klart.',
  'help.paths.hash.term': 'Maskinvaruhash',
  'help.paths.hash.body':
    'Ett fingeravtryck på ungefär 4 000 tecken som bara en igångsatt enhet kan ta fram. Det kommer oftast i en fil från tillverkaren eller distributören, eller från Get-WindowsAutopilotInfo på en startad enhet. Det kan kombineras med PKID och serienummer.',
  'help.paths.tuple.term': 'Serienummer + tillverkare + modell (tupeln)',
  'help.paths.tuple.body':
    'Alla tre tillsammans. Tillverkare och modell måste stavas exakt som enhetens firmware rapporterar dem, med stora och små bokstäver, till exempel "Microsoft Corporation", "Dell Inc.", "HP" eller "LENOVO". Boxpilot föreslår stavningarna i en vallista.',
  'help.paths.lenovo':
    'För Lenovo är modellen den 10 tecken långa maskintypsmodellen (MTM) som står på kartongen, till exempel 20XW0026MX, inte marknadsnamnet som "ThinkPad T14".',
  'help.paths.guess':
    'En gissad eller förkortad stavning misslyckas senare med fel 812. Tupeln fungerar inte för mycket gamla enheter.',
  'help.paths.other': 'Alla andra kombinationer, till exempel enbart ett serienummer, avvisas.',
  'help.paths.known': 'Tillverkarnamn så som firmware skriver dem:',
  'help.paths.knownComma':
    '{name} innehåller ett kommatecken, som en fil för Partnercenter inte kan innehålla: registrera de enheterna med PKID eller maskinvaruhash.',
  'help.paths.unboxTitle': 'Varför du inte ska packa upp enheter för att läsa hashen',
  'help.paths.unbox':
    'Microsoft avråder partner från att packa upp och starta varje ny enhet för att läsa av maskinvaruhashen. Det tar lång tid per enhet, kunden får öppnade kartonger, och det behövs inte: PKID:t på kartongen, eller uppgifterna som tillverkaren eller distributören skickar elektroniskt, registrerar enheten lika bra.',

  'help.excel.title': 'Varför Excel förstör enhetsfiler',
  'help.excel.intro':
    'Om du öppnar en enhetsfil i Excel och sparar den ändras filen, även om du själv inte har ändrat något:',
  'help.excel.quotes': 'Excel kan lägga till citattecken runt värden. Filer för Partnercenter får inte ha några.',
  'help.excel.semicolon':
    'Med svenska, danska och de flesta europeiska inställningar skiljer Excel kolumnerna åt med ; i stället för ,.',
  'help.excel.unicode':
    'Excel sparar som Unicode (UTF-8 med byteordningsmärke) eller i en lokal teckentabell; Partnercenter vill ha ren ANSI-text.',
  'help.excel.zeros': 'Excel tar bort inledande nollor: serienumret 0012345 blir 12345.',
  'help.excel.scientific':
    'Excel visar långa tal i vetenskaplig notation och sparar dem så: PKID:t 3258461234567 blir 3,25846E+12, och siffrorna som försvann går inte att få tillbaka.',
  'help.excel.rule':
    'Ladda upp Boxpilots filer precis som de laddades ned. Ska en enhet ändras gör du det i Boxpilot och exporterar igen.',
  'help.excel.import':
    'Boxpilot kan läsa filer som Excel har sparat (det känner igen ; och citattecken) och flaggar det som inte går att reparera, till exempel PKID i vetenskaplig notation: skanna de kartongerna igen.',

  'help.rules.title': 'Vad varje kontroll betyder',
  'help.rules.intro':
    'Boxpilot kontrollerar varje enhet och varje fil som läses in. Här är alla meddelanden, grupperade efter vad de gäller. Kursiva ord står för värdena från din lista.',
  'help.rules.area.identifiers': 'Identifierare',
  'help.rules.area.pkid': 'PKID',
  'help.rules.area.serial': 'Serienummer',
  'help.rules.area.hash': 'Maskinvaruhash',
  'help.rules.area.manufacturer': 'Tillverkare och modell',
  'help.rules.area.values': 'Tecken i alla fält',
  'help.rules.area.group-tag': 'Grupptagg',
  'help.rules.area.assigned-user': 'Tilldelad användare',
  'help.rules.area.duplicates': 'Dubbletter',
  'help.rules.area.writing': 'Skriva filer',
  'help.rules.area.reading': 'Läsa filer',
  'help.rules.area.other': 'Övriga kontroller',

  'help.errors.title': 'Registreringsfel i Partnercenter',
  'help.errors.intro':
    'Efter en uppladdning visar Partnercenter resultatet för varje enhet. Här är felen, vad de betyder och vad du gör:',
  'help.errors.801':
    'Begäran var felaktigt utformad. Exportera filen igen från Boxpilot, utan att redigera den, och ladda upp den igen.',
  'help.errors.802':
    'Maskinvaruhashen är ogiltig. Hämta den igen från enheten, be tillverkaren om en ny fil, eller registrera enheten med PKID.',
  'help.errors.803':
    'Varken serienummer eller PKID gick att använda. Lägg till PKID från kartongen, eller serienumret.',
  'help.errors.806': 'Enheten är redan registrerad för den här kunden. Du behöver inte göra något.',
  'help.errors.807':
    'Enheten är inte registrerad i den här kundens klientorganisation. Kontrollera att du valt rätt kund, eller registrera enheten först.',
  'help.errors.808':
    'Enheten är registrerad för en annan organisation, ofta för att den är renoverad eller har sålts vidare. Den tidigare ägaren måste avregistrera den innan du kan registrera den.',
  'help.errors.809':
    'Autopilot-profilen är inte registrerad i kundens klientorganisation. Välj en profil som skapats i Partnercenter för den här kunden.',
  'help.errors.810': 'Profilen tillhör en annan klientorganisation. Välj en av den här kundens profiler.',
  'help.errors.811':
    'En annan partner har registrerat enheten, och du kan inte ändra den. Kontakta kunden eller den partnern.',
  'help.errors.812':
    'Ingen enhet matchade serienummer, tillverkare och modell. Kontrollera att tillverkare och modell är exakt firmwarens stavning (Lenovo: MTM på 10 tecken). Tillverkaren kan också ännu inte ha rapporterat enheten till Microsoft: försök senare, eller registrera med PKID eller maskinvaruhash.',
  'help.errors.813':
    'Maskinvaruhashen matchar flera enheter. Registrera enheten med PKID i stället, eller kontakta Microsofts support.',
  'help.errors.814':
    'Enheten finns redan i Microsoft Entra ID. Kundens administratör måste ta bort den där innan den kan registreras.',
  'help.errors.duplicated':
    'Samma enhet finns två gånger i en uppladdning; bara en av dem behandlades. Ta bort dubbletten (Boxpilot markerar dubbletter före export).',
} satisfies Translation<typeof en>;
