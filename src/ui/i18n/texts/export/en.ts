// Exporting a list: which file type, what blocks it, downloading, and what to do with the file.
// The three file-type names are the names of Microsoft's services and stay as in English where
// that is what the user sees in the portal.
// English is the source: sv.ts and da.ts must translate exactly these keys (a type error otherwise).
export default {
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
  'export.summary.blocked': 'Once the problems below are fixed: {summary}',
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
};
