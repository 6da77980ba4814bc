import type { Translation } from '../../define';
import type en from './en';

export default {
  'export.title': 'Exportera {list}',
  'export.dialect': 'Filtyp',
  'export.dialect.partner-center': 'Partnercenter',
  'export.dialect.intune': 'Intune',
  'export.dialect.corporate-identifiers': 'Företagsidentifierare',
  'export.dialect.partner-center.help': 'Du registrerar enheterna åt kunden i Partnercenter (PKID, hash eller serienummer + tillverkare + modell).',
  'export.dialect.intune.help': 'Kundens administratör importerar enheterna i Intune. Kräver en maskinvaruhash för varje enhet.',
  'export.dialect.corporate-identifiers.help': 'Företagsidentifierare i Intune: tillverkare, modell och serienummer, utan rubrikrad.',
  'export.empty': 'Listan har inga enheter ännu. Lägg till eller importera några först.',
  'export.checking': 'Kontrollerar enheterna…',
  'export.summary.single': '1 enhet i 1 fil.',
  'export.summary.one': '{devices} enheter i 1 fil.',
  'export.summary.many': '{devices} enheter i {files} filer med högst {maxRows} rader (gränsen ställs in under Inställningar).',
  'export.summary.blocked': 'När problemen nedan är rättade: {summary}',
  'export.unusable.intune':
    'Intune kan inte använda den här listan: {count} av {total} enheter saknar maskinvaruhash, och Intune importerar bara enheter som har en. Välj Partnercenter i stället (en partner kan registrera med PKID eller serienummer + tillverkare + modell), eller lägg till hasharna.',
  'export.unusable.corporate-identifiers':
    'Företagsidentifierare kräver serienummer, tillverkare och modell för varje enhet; {count} av {total} enheter saknar något av dem. Lägg till dem i listan, eller välj Partnercenter.',
  'export.blocked.title': 'Det här måste rättas först ({count})',
  'export.blocked.help': 'Inget skrivs så länge de finns kvar: en fil med dem skulle avvisas. Rätta dem i listan.',
  'export.warnings.title': 'Varningar ({count}): filen kan ändå skrivas',
  'export.device': 'Enhet {number}',
  'export.show': 'Visa',
  'export.more': '… och {count} till.',
  'export.download': 'Ladda ned',
  'export.writing': 'Skriver filerna…',
  'export.downloaded': 'Nedladdat: {names}',
  'export.failed': 'Filerna kunde inte kontrolleras eller skrivas. {reason}',
  'export.howto.partner-center':
    'Ladda upp filen i Partnercenter: Kunder → kunden → Enheter → Lägg till enheter; skriv listans namn ”{list}” som batchnamn.',
  'export.howto.intune':
    'Ge filen till kundens administratör: Intune administrationscenter → Enheter → Windows → Registrering → Enheter (Windows Autopilot) → Importera.',
  'export.howto.corporate-identifiers':
    'Ge filen till kundens administratör: Intune administrationscenter → Enheter → Registrering → Företagsenhetsidentifierare → Lägg till → Ladda upp CSV-fil.',
  'export.howto.help': 'Alla steg beskrivs under Hjälp.',
  'export.close': 'Stäng',
} satisfies Translation<typeof en>;
