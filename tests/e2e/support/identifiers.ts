// Identifiers for end-to-end tests that the core classifies without asking back.

/** A Dell-style service tag: 7 characters, A-Z and 0-9. */
export function serviceTag(n: number): string {
  return `T${n.toString(36).toUpperCase().padStart(6, '0')}`;
}

/**
 * A 13-digit PKID whose last digit is deliberately NOT a valid GS1 check digit, so it cannot
 * be mistaken for an EAN-13 barcode (which would make the app ask which one it is).
 */
export function pkid(n: number): string {
  const body = String(325846000000 + n).padStart(12, '0');
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * (i % 2 === 0 ? 1 : 3), 0);
  const check = (10 - (sum % 10)) % 10;
  return body + String((check + 1) % 10);
}
