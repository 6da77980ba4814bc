// Ten-character values on a box: an HP serial number or a Lenovo machine type model (MTM)?
// Spec §2: "HP 10 characters; Lenovo 8 characters (plus a 10-character machine type model)" and
// "formats of HP, Lenovo and Surface from weak sources: treat as hints, not rules". So these
// shapes only steer the classification and the question the UI asks; they never reject a value.
//
// - HP serial, typical: a digit and two letters (5CG, 8CG, 2UA …) or three letters (CND, MXL …),
//   then seven letters/digits with at least one digit: 5CG1234XYZ, CND8452T6Q.
// - Lenovo MTM: a four-character machine type whose first two characters are digits (20XW,
//   21AH, 82XV, 11DT …) and six model characters; typically the last two are a region code
//   (letters): 20XW0026MX, 21AH00BUGE.
// The typical HP prefix and the MTM's two leading digits exclude each other. What both fit is a
// value with the MTM's two leading digits but not its usual ending (2012345678, 20XW002612): it
// could be a machine type model, and HP's only documented rule is "10 characters".

/** A Lenovo machine type model: machine type (two digits + two characters) + six model characters. */
export const LENOVO_MTM = /^[0-9]{2}[0-9A-Z]{2}[0-9A-Z]{6}$/;
/** The usual MTM: machine type, four model characters, two-letter region code (20XW0026MX). */
const LENOVO_MTM_TYPICAL = /^[0-9]{2}[0-9A-Z]{2}[0-9A-Z]{4}[A-Z]{2}$/;
/** The usual HP serial: digit + two letters or three letters, then letters/digits with a digit. */
const HP_SERIAL_TYPICAL = /^(?:[0-9][A-Z]{2}|[A-Z]{3})(?=[A-Z]*[0-9])[0-9A-Z]{7}$/;
/** Any ten letters/digits with at least one digit: all that HP's format is known to be (spec §2). */
const TEN = /^(?=[A-Z]*[0-9])[0-9A-Z]{10}$/;

export type TenCharacterShape =
  /** Fits only the HP serial shape (typical HP prefix; cannot be an MTM). */
  | 'hp-serial'
  /** Fits only the Lenovo MTM shape (the full usual MTM structure, no HP prefix). */
  | 'lenovo-mtm'
  /** Fits both: MTM's leading digits without its usual structure, and HP's ten characters. */
  | 'both'
  /** Ten characters that fit neither typical shape (a serial of some other maker, or HP's). */
  | 'other'
  | null;

export function tenCharacterShape(v: string): TenCharacterShape {
  if (v.length !== 10 || !TEN.test(v)) return null;
  if (HP_SERIAL_TYPICAL.test(v)) return 'hp-serial';
  if (LENOVO_MTM_TYPICAL.test(v)) return 'lenovo-mtm';
  if (LENOVO_MTM.test(v)) return 'both';
  return 'other';
}
