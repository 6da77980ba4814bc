// The Help screen: uploading in Partner Center (from the seeds, spec §0/§1), the PKID (§2), the
// registration paths, Excel damage, the check list (texts come from problems.ts) and the
// Partner Center registration errors (§6). Partner Center's own UI words are the ones its
// localised pages use (sv "Lägg till enheter", da "Tilføj enheder").
// English is the source: sv.ts and da.ts must translate exactly these keys (a type error otherwise).
export default {
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
};
