import type { Translation } from '../../define';
import type en from './en';

export default {
  'export.title': 'Eksportér {list}',
  'export.dialect': 'Filtype',
  'export.dialect.partner-center': 'Partnercenter',
  'export.dialect.intune': 'Intune',
  'export.dialect.corporate-identifiers': 'Virksomheds-id’er',
  'export.dialect.partner-center.help': 'Du registrerer enhederne for kunden i Partnercenter (PKID, hash eller serienummer + producent + model).',
  'export.dialect.intune.help': 'Kundens administrator importerer enhederne i Intune. Kræver en hardwarehash for hver enhed.',
  'export.dialect.corporate-identifiers.help': 'Virksomheds-enheds-id’er i Intune: producent, model og serienummer, uden overskrift.',
  'export.empty': 'Listen har ingen enheder endnu. Tilføj eller importér nogle først.',
  'export.checking': 'Kontrollerer enhederne…',
  'export.summary.single': '1 enhed i 1 fil.',
  'export.summary.one': '{devices} enheder i 1 fil.',
  'export.summary.many': '{devices} enheder i {files} filer med højst {maxRows} linjer (grænsen sættes under Indstillinger).',
  'export.summary.blocked': 'Når problemerne nedenfor er rettet: {summary}',
  'export.unusable.intune':
    'Intune kan ikke bruge denne liste: {count} af {total} enheder har ingen hardwarehash, og Intune importerer kun enheder med en. Vælg Partnercenter i stedet (en partner kan registrere med PKID eller serienummer + producent + model), eller tilføj hashene.',
  'export.unusable.corporate-identifiers':
    'Virksomheds-id’er kræver serienummer, producent og model for hver enhed; {count} af {total} enheder mangler et af dem. Tilføj dem i listen, eller vælg Partnercenter.',
  'export.blocked.title': 'Det skal rettes først ({count})',
  'export.blocked.help': 'Intet skrives, så længe de er der: en fil med dem ville blive afvist. Ret dem i listen.',
  'export.warnings.title': 'Advarsler ({count}): filen kan stadig skrives',
  'export.device': 'Enhed {number}',
  'export.show': 'Vis',
  'export.more': '… og {count} mere.',
  'export.download': 'Download',
  'export.writing': 'Skriver filerne…',
  'export.downloaded': 'Downloadet: {names}',
  'export.failed': 'Filerne kunne ikke kontrolleres eller skrives. {reason}',
  'export.howto.partner-center':
    'Upload filen i Partnercenter: Kunder → kunden → Enheder → Tilføj enheder; skriv listens navn “{list}” som batchnavn.',
  'export.howto.intune':
    'Giv filen til kundens administrator: Intune Administration → Enheder → Windows → Tilmelding → Enheder (Windows Autopilot) → Importér.',
  'export.howto.corporate-identifiers':
    'Giv filen til kundens administrator: Intune Administration → Enheder → Tilmelding → Virksomheds-enheds-id’er → Tilføj → Upload CSV-fil.',
  'export.howto.help': 'Alle trin er beskrevet under Hjælp.',
  'export.close': 'Luk',
} satisfies Translation<typeof en>;
