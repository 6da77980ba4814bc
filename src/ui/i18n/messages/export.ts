import { defineMessages } from '../define';

// Exporting a list: which file type, what blocks it, downloading, and what to do with the file.
// The three file-type names are the names of Microsoft's services and stay as in English where
// that is what the user sees in the portal.
export const exportMessages = defineMessages(
  {
    'export.title': 'Export {list}',
    'export.dialect': 'File type',
    'export.dialect.partner-center': 'Partner Center',
    'export.dialect.intune': 'Intune',
    'export.dialect.corporate-identifiers': 'Corporate identifiers',
    'export.dialect.partner-center.help': 'You register the devices for the customer in Partner Center (PKID, hash or serial + manufacturer + model).',
    'export.dialect.intune.help': 'The customer’s administrator imports the devices in Intune. Needs a hardware hash for every device.',
    'export.dialect.corporate-identifiers.help': 'Intune corporate device identifiers: manufacturer, model and serial number, no header.',
    'export.empty': 'This list has no devices yet. Add or import some first.',
    'export.checking': 'Checking the devices…',
    'export.summary.single': '1 device in 1 file.',
    'export.summary.one': '{devices} devices in 1 file.',
    'export.summary.many': '{devices} devices in {files} files of at most {maxRows} rows (the limit is in Settings).',
    'export.unusable.intune':
      'Intune cannot use this list: {count} of {total} devices have no hardware hash, and Intune only imports devices with one. Choose Partner Center instead (a partner may register by PKID or serial + manufacturer + model), or add the hashes.',
    'export.unusable.corporate-identifiers':
      'Corporate identifiers need serial number, manufacturer and model for every device; {count} of {total} devices miss one of them. Add them in the list, or choose Partner Center.',
    'export.blocked.title': 'What must be fixed first ({count})',
    'export.blocked.help': 'Nothing is written while these remain: a file with them would be refused. Fix them in the list.',
    'export.warnings.title': 'Warnings ({count}): the file can still be written',
    'export.device': 'Device {number}',
    'export.show': 'Show',
    'export.more': '… and {count} more.',
    'export.download': 'Download',
    'export.writing': 'Writing the files…',
    'export.downloaded': 'Downloaded: {names}',
    'export.failed': 'The files could not be checked or written. {reason}',
    'export.howto.partner-center':
      'Upload this file in Partner Center: Customers → customer → Devices → Add devices; type the list name “{list}” as the batch name.',
    'export.howto.intune':
      'Give this file to the customer’s administrator: Intune admin center → Devices → Windows → Enrollment → Devices (Windows Autopilot) → Import.',
    'export.howto.corporate-identifiers':
      'Give this file to the customer’s administrator: Intune admin center → Devices → Enrollment → Corporate device identifiers → Add → Upload CSV file.',
    'export.howto.help': 'Every step is described in Help.',
    'export.close': 'Close',
  },
  {
    sv: {
      'export.title': 'Exportera {list}',
      'export.dialect': 'Filtyp',
      'export.dialect.partner-center': 'Partner Center',
      'export.dialect.intune': 'Intune',
      'export.dialect.corporate-identifiers': 'Företagsidentifierare',
      'export.dialect.partner-center.help': 'Du registrerar enheterna åt kunden i Partner Center (PKID, hash eller serienummer + tillverkare + modell).',
      'export.dialect.intune.help': 'Kundens administratör importerar enheterna i Intune. Kräver en maskinvaruhash för varje enhet.',
      'export.dialect.corporate-identifiers.help': 'Företagsidentifierare i Intune: tillverkare, modell och serienummer, utan rubrikrad.',
      'export.empty': 'Listan har inga enheter ännu. Lägg till eller importera några först.',
      'export.checking': 'Kontrollerar enheterna…',
      'export.summary.single': '1 enhet i 1 fil.',
      'export.summary.one': '{devices} enheter i 1 fil.',
      'export.summary.many': '{devices} enheter i {files} filer med högst {maxRows} rader (gränsen ställs in under Inställningar).',
      'export.unusable.intune':
        'Intune kan inte använda den här listan: {count} av {total} enheter saknar maskinvaruhash, och Intune importerar bara enheter som har en. Välj Partner Center i stället (en partner kan registrera med PKID eller serienummer + tillverkare + modell), eller lägg till hasharna.',
      'export.unusable.corporate-identifiers':
        'Företagsidentifierare kräver serienummer, tillverkare och modell för varje enhet; {count} av {total} enheter saknar något av dem. Lägg till dem i listan, eller välj Partner Center.',
      'export.blocked.title': 'Det här måste rättas först ({count})',
      'export.blocked.help': 'Inget skrivs så länge de finns kvar: en fil med dem skulle avvisas. Rätta dem i listan.',
      'export.warnings.title': 'Varningar ({count}): filen kan ändå skrivas',
      'export.device': 'Enhet {number}',
      'export.show': 'Visa',
      'export.more': '… och {count} till.',
      'export.download': 'Ladda ner',
      'export.writing': 'Skriver filerna…',
      'export.downloaded': 'Nedladdat: {names}',
      'export.failed': 'Filerna kunde inte kontrolleras eller skrivas. {reason}',
      'export.howto.partner-center':
        'Ladda upp filen i Partner Center: Kunder → kunden → Enheter → Lägg till enheter; skriv listans namn ”{list}” som batchnamn.',
      'export.howto.intune':
        'Ge filen till kundens administratör: Intune administrationscenter → Enheter → Windows → Registrering → Enheter (Windows Autopilot) → Importera.',
      'export.howto.corporate-identifiers':
        'Ge filen till kundens administratör: Intune administrationscenter → Enheter → Registrering → Företagsenhetsidentifierare → Lägg till → Ladda upp CSV-fil.',
      'export.howto.help': 'Alla steg beskrivs under Hjälp.',
      'export.close': 'Stäng',
    },
    da: {
      'export.title': 'Eksportér {list}',
      'export.dialect': 'Filtype',
      'export.dialect.partner-center': 'Partner Center',
      'export.dialect.intune': 'Intune',
      'export.dialect.corporate-identifiers': 'Virksomheds-id’er',
      'export.dialect.partner-center.help': 'Du registrerer enhederne for kunden i Partner Center (PKID, hash eller serienummer + producent + model).',
      'export.dialect.intune.help': 'Kundens administrator importerer enhederne i Intune. Kræver en hardwarehash for hver enhed.',
      'export.dialect.corporate-identifiers.help': 'Virksomheds-enheds-id’er i Intune: producent, model og serienummer, uden overskrift.',
      'export.empty': 'Listen har ingen enheder endnu. Tilføj eller importér nogle først.',
      'export.checking': 'Kontrollerer enhederne…',
      'export.summary.single': '1 enhed i 1 fil.',
      'export.summary.one': '{devices} enheder i 1 fil.',
      'export.summary.many': '{devices} enheder i {files} filer med højst {maxRows} linjer (grænsen sættes under Indstillinger).',
      'export.unusable.intune':
        'Intune kan ikke bruge denne liste: {count} af {total} enheder har ingen hardwarehash, og Intune importerer kun enheder med en. Vælg Partner Center i stedet (en partner kan registrere med PKID eller serienummer + producent + model), eller tilføj hashene.',
      'export.unusable.corporate-identifiers':
        'Virksomheds-id’er kræver serienummer, producent og model for hver enhed; {count} af {total} enheder mangler et af dem. Tilføj dem i listen, eller vælg Partner Center.',
      'export.blocked.title': 'Det skal rettes først ({count})',
      'export.blocked.help': 'Intet skrives, så længe de er der: en fil med dem ville blive afvist. Ret dem i listen.',
      'export.warnings.title': 'Advarsler ({count}): filen kan stadig skrives',
      'export.device': 'Enhed {number}',
      'export.show': 'Vis',
      'export.more': '… og {count} mere.',
      'export.download': 'Hent',
      'export.writing': 'Skriver filerne…',
      'export.downloaded': 'Hentet: {names}',
      'export.failed': 'Filerne kunne ikke kontrolleres eller skrives. {reason}',
      'export.howto.partner-center':
        'Upload filen i Partner Center: Kunder → kunden → Enheder → Tilføj enheder; skriv listens navn “{list}” som batchnavn.',
      'export.howto.intune':
        'Giv filen til kundens administrator: Intune Administration → Enheder → Windows → Tilmelding → Enheder (Windows Autopilot) → Importér.',
      'export.howto.corporate-identifiers':
        'Giv filen til kundens administrator: Intune Administration → Enheder → Tilmelding → Virksomheds-enheds-id’er → Tilføj → Upload CSV-fil.',
      'export.howto.help': 'Alle trin er beskrevet under Hjælp.',
      'export.close': 'Luk',
    },
  },
);
