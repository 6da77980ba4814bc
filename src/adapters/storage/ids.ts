// Record ids: the time (base 36), a per-tab counter and randomness. Ids made in one tab sort in
// the order they were made, which keeps byList's tie-break stable for devices added in the same
// millisecond; the random part keeps two tabs (or an imported backup) from colliding.
let counter = 0;

function randomPart(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export function newId(prefix: 'l' | 'd' | 'b' | 'q', now: number): string {
  counter = (counter + 1) % 36 ** 5;
  return `${prefix}${Math.max(0, Math.floor(now)).toString(36).padStart(9, '0')}${counter.toString(36).padStart(5, '0')}${randomPart()}`;
}
