// Which delimiter the file uses: `,` (Get-WindowsAutopilotInfo), `;` (Excel in sv-SE, da-DK,
// de-DE …, spec §1), TAB, or `|`. Counted outside quotes on the first lines; the delimiter that
// appears the same number of times (> 0) on most lines wins. Hash text never contains any of them.

export type Delimiter = ',' | ';' | '\t' | '|';
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

export function detectDelimiter(text: string): Delimiter {
  const lines: string[] = [];
  let pos = 0;
  while (lines.length < 10 && pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    // Only the start of very long lines (hash rows): delimiters sit around the hash, not in it.
    const raw = text.slice(pos, Math.min(end, pos + 20000)).replace(/\r$/, '');
    if (raw.trim() !== '') lines.push(raw.length > 256 ? raw.slice(0, 128) + raw.slice(-128) : raw);
    pos = end + 1;
  }
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
