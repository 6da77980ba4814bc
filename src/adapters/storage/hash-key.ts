// The byHash index holds a short digest of the 4 KB hardware hash instead of the hash itself.
// A 4 KB index key per device would copy 200 MB of keys for 50,000 devices and make every
// write compare long strings; a prefix would not do either, because hashes share a long common
// header. A 53-bit digest plus the length is ~14 characters, collisions are about 1 in 10^15 per
// pair, and every lookup through the index compares the full hash before calling it a match
// (the synchronous identifier index is the one exception, documented there).

/** cyrb53 (public domain, bryc): a fast, well-mixed 53-bit string hash. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The key stored in the byHash index for a hardware hash. */
export function hashKey(hardwareHash: string): string {
  return `${hardwareHash.length.toString(36)}:${cyrb53(hardwareHash).toString(36)}`;
}
