import type { Translation } from '../../define';
import type en from './en';

export default {
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
} satisfies Translation<typeof en>;
