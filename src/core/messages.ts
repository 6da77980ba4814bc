import type { BinaryKind } from './import/sniff-binary';
import type { NoiseKind } from './noise';
import type { DeviceField } from './types';

// The English text of every Problem, keyed by its stable code, with {param} placeholders.
// The UI reuses this object as its English catalog and translates by code (sv, da): keep each
// message complete on its own, saying what is wrong AND what to do.

export const MESSAGES = {
  // --- cleaning (noise.ts, normalize.ts) ---------------------------------------------------
  'cleaned.noise':
    'Invisible or stray characters were removed from the {field} ({removed}). Check that "{value}" is what is printed on the label.',
  'cleaned.hash-whitespace':
    'Spaces and line breaks were removed from the hardware hash; a hash never contains them.',
  'normalize.not-an-object': 'A stored device was not readable and was replaced by an empty one. Scan or import it again.',
  'normalize.not-a-string':
    'The {field} of a stored device was not text and was left out. Scan or type it again.',

  // --- identifier sets (validate/identifier-sets.ts) --------------------------------------
  'identifiers.missing':
    'This device has no identifier Partner Center accepts. Give it a PKID, a hardware hash, or serial number + manufacturer + model (the tuple).',
  'identifiers.incomplete-tuple':
    'Serial number, manufacturer and model are needed together (the tuple); missing: {missing}. Add it, or scan the PKID from the box instead.',
  'intune.hash-required':
    'Intune only imports devices with a hardware hash; PKID and serial/manufacturer/model rows can only be registered by a partner in Partner Center. Export this list for Partner Center instead, or add the hash.',
  'corporate.tuple-required':
    'A corporate identifier needs serial number, manufacturer and model; missing: {missing}. Add it from the device or its OEM file.',

  // --- PKID (validate/pkid-rules.ts) -------------------------------------------------------
  'pkid.scientific-notation':
    'The PKID "{value}" was turned into scientific notation by Excel and its digits are lost; it cannot be repaired. Scan the PKID barcode on the box again.',
  'pkid.is-product-key':
    'This is a 25-character Windows product key, not a PKID. The PKID is the 13-digit number under its own barcode on the box label: scan that one.',
  'pkid.is-product-id':
    'This is the Windows "Product ID" shown in Settings, not a PKID. The PKID is the 13-digit number under its own barcode on the box label: scan that one.',
  'pkid.format':
    'A PKID is exactly 13 digits; "{value}" is not. Scan the PKID barcode again (a shorter number may have lost leading zeros in Excel).',

  // --- serial (validate/serial-rules.ts) ---------------------------------------------------
  'serial.generic':
    '"{value}" is a placeholder the firmware reports when no serial number was set, not a real serial. Read the serial number from the box or the label under the device.',
  'serial.scientific-notation':
    'The serial number "{value}" was turned into scientific notation by Excel and its digits are lost. Scan the serial barcode again.',
  'serial.leading-zeros-lost':
    'The serial number "{value}" has {length} digits while other {model} serials in this file have {expected}: Excel may have removed leading zeros. Check it against the label.',

  // --- hash (validate/hash-rules.ts) --------------------------------------------------------
  'hash.not-base64':
    'The hardware hash contains characters that cannot be in one (it must be base64: A-Z, a-z, 0-9, +, /, =). Copy it again from the OEM file or collect it again with Get-WindowsAutopilotInfo.',
  'hash.length':
    'The hardware hash is {length} characters long; a real one is about 4,000. It may be cut off: collect it again.',

  // --- manufacturer / model (validate/manufacturer-rules.ts) -------------------------------
  'manufacturer.case':
    'The manufacturer must be written exactly as the firmware reports it: "{expected}", not "{value}". Partner Center matches it case by case.',
  'manufacturer.alias':
    '"{value}" is not how the firmware names this manufacturer; it is "{expected}". Use the exact spelling or registration fails later (error 812).',
  'manufacturer.unknown':
    '"{value}" is not one of the manufacturer names Boxpilot knows. Check the exact firmware spelling (Manufacturer in System Information) or registration fails later (error 812).',
  'manufacturer.comma':
    '"{value}" contains a comma, and a Partner Center CSV cannot quote values, so it cannot be written to a file. Register this device by PKID or hardware hash (leave manufacturer and model out), or through the Partner Center API.',
  'model.lenovo-mtm':
    'For Lenovo the model must be the 10-character machine type model printed on the box (such as 20XW0026MX), not "{value}".',

  // --- every value (validate/value-rules.ts) ------------------------------------------------
  'value.not-ascii':
    'The {field} contains "{char}" ({codePoint}), which a Partner Center file cannot hold: only plain letters, digits and punctuation are allowed. Retype it without that character.',
  'value.delimiter':
    'The {field} contains a comma, which would split the line into extra columns (files are never quoted). Remove the comma.',
  'value.quote':
    'The {field} contains a quotation mark, which these files must not contain. Remove it.',
  'value.formula':
    'The {field} starts with "{char}", so Excel would run it as a formula when the file is opened (a way to run commands on the PC that opens it); these files cannot quote it. Correct the value without the leading "{char}", or remove the device.',

  // --- group tag / user (validate/group-tag-rules.ts, user-rules.ts) -----------------------
  'group-tag.too-long':
    'The group tag is {length} characters long; keep it at most 64 so every service accepts it.',
  'group-tag.managed-desktop-case':
    'Managed Desktop tags must match exactly, case included: did you mean "{expected}"?',
  'group-tag.managed-desktop-unknown':
    '"{value}" looks like a Managed Desktop tag but is not one. Pick one of the tags from the list exactly.',
  'group-tag.managed-desktop-older':
    '"{value}" is an older ({generation}) Managed Desktop tag. Check which form your tenant uses; the current form is "{current}".',
  'assigned-user.not-upn':
    'The assigned user "{value}" is not a user principal name (name@domain.com). Use the user\'s sign-in address.',

  // --- duplicates and size (validate/duplicates.ts, rows.ts) --------------------------------
  'duplicate.in-list':
    'Device #{other} in this list has the same {field} "{value}". Partner Center processes only one of them: remove the duplicate.',
  'duplicate.serial-case':
    'Device #{other} has serial number "{otherValue}", which differs only in case. Check the label: it is probably the same device scanned twice.',
  'duplicate.elsewhere':
    'The same {field} "{value}" is also in the list "{list}". Check that the device is not registered twice.',
  'rows.split':
    '{count} devices is more than one file may hold ({maxRows}); they will be written as {files} files.',

  // --- writer (write/*.ts) -----------------------------------------------------------------
  'write.empty': 'There are no devices to write. Scan or import some first.',

  // --- reading files (import/*.ts) ----------------------------------------------------------
  'file.empty': 'The file is empty. Choose the file again; it may not have been saved.',
  'file.too-large':
    'The file is {sizeMb} MB; Boxpilot reads files up to {maxMb} MB. Split it into smaller files.',
  'file.binary':
    'This is not a text file (it looks like {kind}). Choose the CSV or Excel workbook with the device list.',
  'file.zip-not-workbook':
    'This is a zip archive but not an Excel workbook. Unpack it and choose the CSV or .xlsx inside.',
  'file.xlsx-too-large':
    'The workbook is too large unpacked: it holds at least {unpackedMb} MB, and Boxpilot unpacks at most {maxMb} MB. It may be damaged or built to overload the app; export the sheet as CSV in Excel, or split it into smaller workbooks.',
  'file.xlsx-unreadable':
    'The Excel workbook could not be read ({reason}). Open it in Excel and save it again as .xlsx, or export it as CSV.',
  'file.utf16-truncated':
    'The file ends in the middle of a character (UTF-16 with an odd number of bytes): it may be cut off. The last incomplete character was ignored; check the last device.',
  'file.nul-bytes':
    'The file contained {count} NUL bytes, which were removed. It may have been saved with the wrong encoding: check the devices.',
  'file.undecodable':
    'Some characters could not be decoded and were replaced. Save the file as UTF-8 and read it again.',
  'file.mixed-line-endings':
    'The file mixes Windows and Unix line endings; each line was read as a separate row.',
  'file.header-only': 'The file has a header but no devices.',
  'file.no-devices': 'No devices were found in the file. Check that it is the right file.',
  'file.no-header':
    'The file has no header row; columns were guessed from their content ({columns}). Check the column mapping.',
  'file.too-many-columns':
    'The file has {count} columns; only the first {max} were read. Check that it is a device list.',
  'file.too-many-rows':
    'The file has more than {max} rows; only the first {max} were read. Split it into smaller files.',
  'file.parse-error': 'Line {line} could not be read ({reason}). Check that line in the file.',
  'file.aborted': 'Reading the file was cancelled.',
  'file.failed': 'The file could not be read ({reason}). Save it again as CSV or .xlsx and retry.',
  'column.unknown':
    'The column "{header}" is not one Boxpilot knows, so it was not read. Map it to a field if it holds device data.',
  'column.duplicate':
    'Two columns are mapped to {field}; only the first ("{header}") is read.',
  'column.no-identifier':
    'No column holds a serial number, PKID or hardware hash. Map the columns by hand.',
  'row.extra-cells': 'This line has {count} cells but the header has {expected}; the extra cells were ignored.',
  'row.cell-too-long':
    'The {field} cell on this line is {length} characters long (at most {max} are read): no serial number, PKID or hardware hash is that long; a hash is about 4,096 characters. It was not read: check that this column holds the {field} and that the file was exported whole.',
  'file.cell-too-long':
    'Line {line} holds a {field} cell of {length} characters (at most {max} are read): no serial number, PKID or hardware hash is that long; a hash is about 4,096 characters. The line was not read: check that this is a device list and that it was exported whole.',
} as const;

export type MessageCode = keyof typeof MESSAGES;

// Some params are stable tokens, not words: `field` is a device field key ("serialNumber"),
// `kind` of file.binary a file type ("pdf"), `removed` the noise kinds of noise.ts, `columns` of
// file.no-header "1: serialNumber, 3: hardwareHash". The params keep the tokens (the UI
// translates by them); the English message says them in words, so no technician reads a key.

/** English words for each device field key. */
export const FIELD_WORDS: Readonly<Record<DeviceField, string>> = {
  serialNumber: 'serial number',
  pkid: 'PKID',
  hardwareHash: 'hardware hash',
  manufacturer: 'manufacturer',
  model: 'model',
  groupTag: 'group tag',
  assignedUser: 'assigned user',
};

/** English words for each file.binary `kind` token (import/sniff-binary.ts). */
export const BINARY_KIND_WORDS: Readonly<Record<BinaryKind, string>> = {
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  pdf: 'a PDF document',
  xls: 'an old Excel .xls or other Office file (save it as .xlsx)',
  gzip: 'a gzip archive',
  '7z': 'a 7-Zip archive',
  rar: 'a RAR archive',
  exe: 'a Windows program',
  elf: 'a program',
  binary: 'binary data',
};

/** English words for each noise kind (noise.ts) in cleaned.noise's `removed`. */
export const NOISE_WORDS: Readonly<Record<NoiseKind, string>> = {
  'outer-space': 'spaces at the start or end',
  'no-break-space': 'no-break spaces',
  'zero-width': 'zero-width characters',
  'soft-hyphen': 'soft hyphens',
  'smart-quote': 'curly quotation marks',
  'line-break': 'line breaks',
  tab: 'tabs',
  'group-separator': 'barcode separators',
  control: 'control characters',
};

const own = (table: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

/** A param as English words: tokens are translated, anything else (values, counts) stays. */
function inWords(code: MessageCode, name: string, v: string | number): string {
  const text = String(v);
  if (typeof v !== 'string') return text;
  switch (name) {
    case 'field':
      return own(FIELD_WORDS, text) ?? text;
    case 'kind':
      return code === 'file.binary' ? (own(BINARY_KIND_WORDS, text) ?? text) : text;
    case 'removed':
      return text
        .split(', ')
        .map((k) => own(NOISE_WORDS, k) ?? k)
        .join(', ');
    case 'columns':
      return code === 'file.no-header' ? text.replace(/(\d+: )(\w+)/g, (all, n: string, f: string) => n + (own(FIELD_WORDS, f) ?? f)) : text;
    default:
      return text;
  }
}

/**
 * Fills `{param}` placeholders with English words (field keys and other tokens are said in
 * words); a missing param stays visible rather than vanishing.
 */
export function formatMessage(code: MessageCode, params: Record<string, string | number> = {}): string {
  return MESSAGES[code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : inWords(code, name, v);
  });
}
