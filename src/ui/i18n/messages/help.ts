import { defineMessages } from '../define';

// The Help screen: uploading in Partner Center (from the seeds, spec §0/§1), the PKID (§2), the
// registration paths, Excel damage, the check list (texts come from problems.ts) and the
// Partner Center registration errors (§6). Partner Center's own UI words are the ones its
// localised pages use (sv "Lägg till enheter", da "Tilføj enheder").
export const helpMessages = defineMessages(
  {
    'help.title': 'Help',
    'help.intro': "How to get devices registered with Boxpilot's files, and what its messages mean.",
    'help.toc.title': 'On this page',
    'help.toc.back': 'Back to contents',

    'help.upload.title': 'Uploading a file in Partner Center',
    'help.upload.before':
      'Before the first upload for a customer: the customer must have accepted your partner relationship in Partner Center (their global administrator approves your request). Delegated admin rights are not needed for Autopilot; the administrator may untick "Include delegated admin privileges".',
    'help.upload.step1':
      'In Boxpilot, open the device list, choose Export, pick "Partner Center" and download. Keep the file as it is: do not open it in Excel.',
    'help.upload.step2': 'Sign in to Partner Center (partner.microsoft.com/dashboard).',
    'help.upload.step3': 'Choose Customers in the menu, then the customer the devices are for.',
    'help.upload.step4': "On the customer's page, choose Devices.",
    'help.upload.step5': 'Under Apply profiles to devices, choose Add devices.',
    'help.upload.step6':
      "Type the batch name. It becomes the group tag of every device in the file, so use the device list's name. For Microsoft Managed Desktop, type the tag exactly as in the table below, case included.",
    'help.upload.step7':
      'Choose Browse, pick the .csv file and upload it. If Boxpilot split the list into several files, upload them one at a time with the same batch name.',
    'help.upload.step8':
      "Wait until Partner Center has processed the devices (this can take minutes) and check each device's status. The error codes are explained under Registration errors.",
    'help.upload.failed.title': 'If the upload fails',
    'help.upload.failed.body':
      'Check the file format and the column order. The first line must be exactly this header, with nothing added. Export the file again from Boxpilot rather than editing it.',
    'help.upload.header': 'The header line of a Partner Center file',
    'help.upload.profiles':
      "Partner Center only sees Autopilot profiles created in Partner Center, not profiles created in Intune. If the customer manages profiles in Intune, the customer's administrator assigns them there, for example through a dynamic group on the group tag.",
    'help.mmd.title': 'Microsoft Managed Desktop group tags',
    'help.mmd.intro':
      "Each Managed Desktop profile needs its tag exactly as listed, case and underscores included. Microsoft's 2022 instructions used the older form: ask the customer which form their tenant uses.",
    'help.mmd.col.tag': 'Group tag',
    'help.mmd.col.profile': 'Profile',
    'help.mmd.current': 'Current',
    'help.mmd.older': 'Older (2022)',
    'help.mmd.standard': 'Standard',
    'help.mmd.powerUser': 'Power user',
    'help.mmd.sensitiveData': 'Sensitive data',
    'help.mmd.kiosk': 'Kiosk',
    'help.mmd.shared': '{profile}, shared device',

    'help.pkid.title': 'What a PKID is and where to find it',
    'help.pkid.what':
      'The PKID (Windows Product Key ID) is a 13-digit number tied to the Windows licence the manufacturer stored in the device\'s firmware. In the Partner Center file its column is called "Windows Product ID". It is the best way to register a device that is still in its box: nothing to unpack, start or type.',
    'help.pkid.where':
      'It is printed on the box label as its own one-dimensional barcode (a row of bars), with the 13 digits beneath it, usually marked PKID or Product Key ID. Distributors and manufacturers can also send the PKIDs electronically with the order.',
    'help.pkid.notTitle': 'Not to be confused with',
    'help.pkid.notKey':
      'The 25-character product key (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX): that is the licence key itself, not a PKID.',
    'help.pkid.notProductId': 'The Windows "Product ID" shown in Settings, such as 00000-00000-0000-AAAAA.',
    'help.pkid.notEan':
      "The product's EAN-13 (or UPC) barcode. It has 13 digits too, but it is the same on every box of that model. When Boxpilot cannot tell which 13-digit number is the PKID, it asks you.",
    'help.pkid.figure':
      'Sketch of a box label. Layouts differ between manufacturers: look for the words PKID or Product Key ID.',
    'help.label.title': 'Example box label',
    'help.label.desc':
      "A box label with three barcodes: the serial number, the PKID with its 13 digits beneath it, and the product's EAN-13 barcode.",
    'help.label.serial': 'Serial number',
    'help.label.pkid': 'PKID: scan this one',
    'help.label.ean': 'EAN-13: not the PKID',

    'help.paths.title': 'Three ways to register a device',
    'help.paths.intro': "Partner Center accepts a device when its row carries one of these:",
    'help.paths.pkid.term': 'PKID alone',
    'help.paths.pkid.body': 'The quickest for devices in their boxes: scan the PKID barcode and you are done.',
    'help.paths.hash.term': 'Hardware hash',
    'help.paths.hash.body':
      'A fingerprint of about 4,000 characters that only a running device can produce. It usually comes in a file from the manufacturer or distributor, or from Get-WindowsAutopilotInfo on a started device. It may be combined with the PKID and the serial number.',
    'help.paths.tuple.term': 'Serial number + manufacturer + model (the tuple)',
    'help.paths.tuple.body':
      'All three together. Manufacturer and model must be spelled exactly as the device\'s firmware reports them, case included, for example "Microsoft Corporation", "Dell Inc.", "HP" or "LENOVO". Boxpilot offers these spellings in a pick list.',
    'help.paths.lenovo':
      'For Lenovo the model is the 10-character machine type model (MTM) printed on the box, such as 20XW0026MX, not the marketing name such as "ThinkPad T14".',
    'help.paths.guess':
      'A guessed or shortened spelling fails later with error 812. The tuple does not work for very old devices.',
    'help.paths.other': 'Any other combination, such as a serial number alone, is rejected.',
    'help.paths.known': 'Manufacturer names as the firmware writes them:',
    'help.paths.knownComma':
      '{name} contains a comma, which a Partner Center file cannot hold: register those devices by PKID or hardware hash.',
    'help.paths.unboxTitle': 'Why not unbox devices to read the hash',
    'help.paths.unbox':
      'Microsoft advises partners not to unpack and start each new device to read its hardware hash. It takes a long time per device, the customer gets opened boxes, and it is not needed: the PKID on the box, or the data the manufacturer or distributor sends electronically, registers the device just as well.',

    'help.excel.title': 'Why Excel breaks device files',
    'help.excel.intro':
      'Opening a device file in Excel and saving it changes the file, even when you changed nothing yourself:',
    'help.excel.quotes': 'Excel may add quotation marks around values. Partner Center files must have none.',
    'help.excel.semicolon':
      'With Swedish, Danish and most European settings, Excel separates the columns with ; instead of ,.',
    'help.excel.unicode':
      'Excel saves as Unicode (UTF-8 with a byte order mark) or in a local code page; Partner Center wants plain ANSI text.',
    'help.excel.zeros': 'Excel drops leading zeros: serial number 0012345 becomes 12345.',
    'help.excel.scientific':
      'Excel shows long numbers in scientific notation and saves them that way: the PKID 3258461234567 becomes 3.25846E+12, and the lost digits cannot be recovered.',
    'help.excel.rule':
      "Upload Boxpilot's files exactly as downloaded. To change a device, change it in Boxpilot and export again.",
    'help.excel.import':
      'Boxpilot can read files that Excel has saved (it recognises ; and quotation marks) and flags what cannot be repaired, such as PKIDs in scientific notation: scan those boxes again.',

    'help.rules.title': 'What each check means',
    'help.rules.intro':
      'Boxpilot checks every device and every file it reads. These are all its messages, grouped by what they are about. Words in italics stand for the values from your list.',
    'help.rules.area.identifiers': 'Identifiers',
    'help.rules.area.pkid': 'PKID',
    'help.rules.area.serial': 'Serial number',
    'help.rules.area.hash': 'Hardware hash',
    'help.rules.area.manufacturer': 'Manufacturer and model',
    'help.rules.area.values': 'Characters in any field',
    'help.rules.area.group-tag': 'Group tag',
    'help.rules.area.assigned-user': 'Assigned user',
    'help.rules.area.duplicates': 'Duplicates',
    'help.rules.area.writing': 'Writing files',
    'help.rules.area.reading': 'Reading files',
    'help.rules.area.other': 'Other checks',

    'help.errors.title': 'Registration errors in Partner Center',
    'help.errors.intro':
      "After an upload, Partner Center reports each device's result. These are its errors, what they mean and what to do:",
    'help.errors.801':
      'The request was malformed. Export the file again from Boxpilot, without editing it, and upload it again.',
    'help.errors.802':
      'The hardware hash is not valid. Collect it again from the device, ask the manufacturer for a new file, or register the device by PKID.',
    'help.errors.803':
      'Neither a serial number nor a PKID could be used. Add the PKID from the box, or the serial number.',
    'help.errors.806': 'The device is already registered to this customer. Nothing to do.',
    'help.errors.807':
      "The device is not registered in this customer's tenant. Check that you chose the right customer, or register the device first.",
    'help.errors.808':
      'The device is registered to another organisation, often because it was refurbished or resold. The previous owner must deregister it before you can register it.',
    'help.errors.809':
      "The Autopilot profile is not registered in the customer's tenant. Choose a profile created in Partner Center for this customer.",
    'help.errors.810': "The profile belongs to another tenant. Choose one of this customer's profiles.",
    'help.errors.811':
      'Another partner registered this device, and you cannot change it. Contact the customer or that partner.',
    'help.errors.812':
      'No device matched the serial number, manufacturer and model. Check that manufacturer and model are exactly the firmware spellings (Lenovo: the 10-character MTM). The manufacturer may also not have reported the device to Microsoft yet: try again later, or register by PKID or hardware hash.',
    'help.errors.813':
      'The hardware hash matches several devices. Register this device by PKID instead, or contact Microsoft support.',
    'help.errors.814':
      "The device is already in Microsoft Entra ID. The customer's administrator must remove it there before it can be registered.",
    'help.errors.duplicated':
      'The same device is twice in one upload; only one of them was processed. Remove the duplicate (Boxpilot flags duplicates before export).',
  },
  {
    sv: {
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
    },
    da: {
      'help.title': 'Hjælp',
      'help.intro': 'Sådan får du enheder registreret med Boxpilots filer, og hvad meddelelserne betyder.',
      'help.toc.title': 'På denne side',
      'help.toc.back': 'Tilbage til indholdet',

      'help.upload.title': 'Upload en fil i Partnercenter',
      'help.upload.before':
        'Før den første upload for en kunde: kunden skal have accepteret din partnerrelation i Partnercenter (kundens globale administrator godkender din anmodning). Delegerede administratorrettigheder er ikke nødvendige for Autopilot; administratoren kan fjerne markeringen i "Inkluder delegerede administratorrettigheder".',
      'help.upload.step1':
        'Åbn enhedslisten i Boxpilot, vælg Eksportér, vælg "Partnercenter", og download. Behold filen, som den er: åbn den ikke i Excel.',
      'help.upload.step2': 'Log på Partnercenter (partner.microsoft.com/dashboard).',
      'help.upload.step3': 'Vælg Kunder i menuen og derefter den kunde, enhederne er til.',
      'help.upload.step4': 'Vælg Enheder på kundens detaljeside.',
      'help.upload.step5': 'Under Anvend profiler på enheder skal du vælge Tilføj enheder.',
      'help.upload.step6':
        'Skriv batchnavnet. Det bliver gruppemærke for alle enheder i filen, så brug enhedslistens navn. Til Microsoft Managed Desktop skriver du mærket præcis som i tabellen nedenfor, med store og små bogstaver.',
      'help.upload.step7':
        'Vælg Gennemse, vælg .csv-filen, og upload den. Hvis Boxpilot har delt listen op i flere filer, uploader du dem én ad gangen med samme batchnavn.',
      'help.upload.step8':
        'Vent, til Partnercenter har behandlet enhederne (det kan tage nogle minutter), og kontrollér hver enheds status. Fejlkoderne er forklaret under Registreringsfejl.',
      'help.upload.failed.title': 'Hvis uploaden mislykkes',
      'help.upload.failed.body':
        'Kontrollér filformatet og kolonnerækkefølgen. Første linje skal være præcis denne overskriftsrække, uden tilføjelser. Eksportér filen igen fra Boxpilot i stedet for at redigere den.',
      'help.upload.header': 'Overskriftsrækken i en fil til Partnercenter',
      'help.upload.profiles':
        'Partnercenter kan kun se Autopilot-profiler, der er oprettet i Partnercenter, ikke profiler oprettet i Intune. Hvis kunden administrerer sine profiler i Intune, tildeler kundens administrator dem dér, for eksempel via en dynamisk gruppe på gruppemærket.',
      'help.mmd.title': 'Gruppemærker til Microsoft Managed Desktop',
      'help.mmd.intro':
        'Hver Managed Desktop-profil kræver sit mærke præcis, som det står, med store og små bogstaver og understregninger. Microsofts vejledning fra 2022 brugte den ældre form: spørg kunden, hvilken form deres lejer bruger.',
      'help.mmd.col.tag': 'Gruppemærke',
      'help.mmd.col.profile': 'Profil',
      'help.mmd.current': 'Aktuel',
      'help.mmd.older': 'Ældre (2022)',
      'help.mmd.standard': 'Standard',
      'help.mmd.powerUser': 'Superbruger',
      'help.mmd.sensitiveData': 'Følsomme data',
      'help.mmd.kiosk': 'Kiosk',
      'help.mmd.shared': '{profile}, delt enhed',

      'help.pkid.title': 'Hvad et PKID er, og hvor det står',
      'help.pkid.what':
        'PKID (Windows Product Key ID) er et 13-cifret nummer, der hører til den Windows-licens, som producenten har lagt i enhedens firmware. I Partnercenters fil hedder kolonnen "Windows Product ID". Det er den bedste måde at registrere en enhed på, som stadig er i kassen: intet skal pakkes ud, startes eller tastes ind.',
      'help.pkid.where':
        "Det står på kassens etiket som sin egen endimensionelle stregkode (en række streger) med de 13 cifre nedenunder, som regel mærket PKID eller Product Key ID. Distributører og producenter kan også sende PKID'erne elektronisk med ordren.",
      'help.pkid.notTitle': 'Må ikke forveksles med',
      'help.pkid.notKey':
        'Produktnøglen på 25 tegn (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX): det er selve licensnøglen, ikke et PKID.',
      'help.pkid.notProductId': 'Windows\' "Produkt-id", som vises i Indstillinger, for eksempel 00000-00000-0000-AAAAA.',
      'help.pkid.notEan':
        'Produktets EAN-13-stregkode (eller UPC). Den har også 13 cifre, men den er den samme på alle kasser af samme model. Når Boxpilot ikke kan afgøre, hvilket 13-cifret nummer der er PKID, spørger den dig.',
      'help.pkid.figure':
        'Skitse af en kasseetiket. Udformningen varierer mellem producenter: kig efter ordene PKID eller Product Key ID.',
      'help.label.title': 'Eksempel på kasseetiket',
      'help.label.desc':
        'En kasseetiket med tre stregkoder: serienummeret, PKID med sine 13 cifre nedenunder og produktets EAN-13-stregkode.',
      'help.label.serial': 'Serienummer',
      'help.label.pkid': 'PKID: scan denne',
      'help.label.ean': 'EAN-13: ikke PKID',

      'help.paths.title': 'Tre måder at registrere en enhed på',
      'help.paths.intro': 'Partnercenter accepterer en enhed, når dens række indeholder et af følgende:',
      'help.paths.pkid.term': 'Kun PKID',
      'help.paths.pkid.body': 'Hurtigst for enheder i kassen: scan PKID-stregkoden, så er det klaret.',
      'help.paths.hash.term': 'Hardware-hash',
      'help.paths.hash.body':
        'Et fingeraftryk på omkring 4.000 tegn, som kun en kørende enhed kan frembringe. Det kommer som regel i en fil fra producenten eller distributøren eller fra Get-WindowsAutopilotInfo på en startet enhed. Det kan kombineres med PKID og serienummer.',
      'help.paths.tuple.term': 'Serienummer + producent + model (tuplen)',
      'help.paths.tuple.body':
        'Alle tre sammen. Producent og model skal staves præcis, som enhedens firmware angiver dem, med store og små bogstaver, for eksempel "Microsoft Corporation", "Dell Inc.", "HP" eller "LENOVO". Boxpilot foreslår stavemåderne i en valgliste.',
      'help.paths.lenovo':
        'For Lenovo er modellen den 10 tegn lange maskintypemodel (MTM), der står på kassen, for eksempel 20XW0026MX, ikke markedsføringsnavnet som "ThinkPad T14".',
      'help.paths.guess':
        'En gættet eller forkortet stavemåde mislykkes senere med fejl 812. Tuplen virker ikke for meget gamle enheder.',
      'help.paths.other': 'Alle andre kombinationer, for eksempel kun et serienummer, afvises.',
      'help.paths.known': 'Producentnavne, som firmwaren skriver dem:',
      'help.paths.knownComma':
        '{name} indeholder et komma, som en fil til Partnercenter ikke kan indeholde: registrér de enheder med PKID eller hardware-hash.',
      'help.paths.unboxTitle': 'Hvorfor du ikke skal pakke enheder ud for at aflæse hashen',
      'help.paths.unbox':
        "Microsoft fraråder partnere at pakke hver ny enhed ud og starte den for at aflæse hardware-hashen. Det tager lang tid pr. enhed, kunden får åbnede kasser, og det er ikke nødvendigt: PKID'et på kassen eller de oplysninger, producenten eller distributøren sender elektronisk, registrerer enheden lige så godt.",

      'help.excel.title': 'Hvorfor Excel ødelægger enhedsfiler',
      'help.excel.intro':
        'Hvis du åbner en enhedsfil i Excel og gemmer den, bliver filen ændret, også selvom du ikke selv har ændret noget:',
      'help.excel.quotes': 'Excel kan sætte anførselstegn om værdier. Filer til Partnercenter må ikke have nogen.',
      'help.excel.semicolon':
        'Med danske, svenske og de fleste europæiske indstillinger adskiller Excel kolonnerne med ; i stedet for ,.',
      'help.excel.unicode':
        'Excel gemmer som Unicode (UTF-8 med BOM) eller i en lokal tegntabel; Partnercenter vil have ren ANSI-tekst.',
      'help.excel.zeros': 'Excel fjerner foranstillede nuller: serienummeret 0012345 bliver til 12345.',
      'help.excel.scientific':
        "Excel viser lange tal i videnskabelig notation og gemmer dem sådan: PKID'et 3258461234567 bliver til 3,25846E+12, og de tabte cifre kan ikke genskabes.",
      'help.excel.rule':
        'Upload Boxpilots filer præcis, som de blev downloadet. Skal en enhed ændres, gør du det i Boxpilot og eksporterer igen.',
      'help.excel.import':
        'Boxpilot kan læse filer, som Excel har gemt (den genkender ; og anførselstegn), og markerer det, der ikke kan repareres, for eksempel PKID i videnskabelig notation: scan de kasser igen.',

      'help.rules.title': 'Hvad hver kontrol betyder',
      'help.rules.intro':
        'Boxpilot kontrollerer hver enhed og hver fil, der indlæses. Her er alle meddelelserne, grupperet efter hvad de handler om. Kursive ord står for værdierne fra din liste.',
      'help.rules.area.identifiers': 'Identifikatorer',
      'help.rules.area.pkid': 'PKID',
      'help.rules.area.serial': 'Serienummer',
      'help.rules.area.hash': 'Hardware-hash',
      'help.rules.area.manufacturer': 'Producent og model',
      'help.rules.area.values': 'Tegn i alle felter',
      'help.rules.area.group-tag': 'Gruppemærke',
      'help.rules.area.assigned-user': 'Tildelt bruger',
      'help.rules.area.duplicates': 'Dubletter',
      'help.rules.area.writing': 'Skrivning af filer',
      'help.rules.area.reading': 'Indlæsning af filer',
      'help.rules.area.other': 'Andre kontroller',

      'help.errors.title': 'Registreringsfejl i Partnercenter',
      'help.errors.intro':
        'Efter en upload viser Partnercenter resultatet for hver enhed. Her er fejlene, hvad de betyder, og hvad du skal gøre:',
      'help.errors.801':
        'Anmodningen var forkert udformet. Eksportér filen igen fra Boxpilot uden at redigere den, og upload den igen.',
      'help.errors.802':
        'Hardware-hashen er ugyldig. Indsaml den igen fra enheden, bed producenten om en ny fil, eller registrér enheden med PKID.',
      'help.errors.803':
        'Hverken serienummer eller PKID kunne bruges. Tilføj PKID fra kassen eller serienummeret.',
      'help.errors.806': 'Enheden er allerede registreret til denne kunde. Du behøver ikke gøre noget.',
      'help.errors.807':
        'Enheden er ikke registreret i denne kundes lejer. Kontrollér, at du har valgt den rigtige kunde, eller registrér enheden først.',
      'help.errors.808':
        'Enheden er registreret til en anden organisation, ofte fordi den er istandsat eller videresolgt. Den tidligere ejer skal afregistrere den, før du kan registrere den.',
      'help.errors.809':
        'Autopilot-profilen er ikke registreret i kundens lejer. Vælg en profil, der er oprettet i Partnercenter til denne kunde.',
      'help.errors.810': 'Profilen tilhører en anden lejer. Vælg en af denne kundes profiler.',
      'help.errors.811':
        'En anden partner har registreret enheden, og du kan ikke ændre den. Kontakt kunden eller den partner.',
      'help.errors.812':
        'Ingen enhed matchede serienummer, producent og model. Kontrollér, at producent og model er præcis firmwarens stavemåde (Lenovo: MTM på 10 tegn). Producenten har måske heller ikke rapporteret enheden til Microsoft endnu: prøv igen senere, eller registrér med PKID eller hardware-hash.',
      'help.errors.813':
        'Hardware-hashen matcher flere enheder. Registrér i stedet enheden med PKID, eller kontakt Microsoft Support.',
      'help.errors.814':
        'Enheden findes allerede i Microsoft Entra ID. Kundens administrator skal fjerne den dér, før den kan registreres.',
      'help.errors.duplicated':
        'Den samme enhed er med to gange i én upload; kun den ene blev behandlet. Fjern dubletten (Boxpilot markerer dubletter før eksport).',
    },
  },
);
