// Backups of any size, as one record per line (NDJSON). A backup used to be one JSON string:
// past about 512 MB (140,000 devices with 4 KB hashes) JSON.stringify hit the browser's string
// limit and "Download backup" did nothing. Now it is written in parts (a Blob of parts, folded
// into a Blob as it grows, so no string longer than one part exists) and read as a stream,
// line by line, so no step holds the whole file as one string.

/** What a backup can be read from: a File or Blob, or anything with a byte stream. */
export interface ByteSource {
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
}

/** Collects lines into parts of about `partChars` characters, and the parts into one Blob. */
export class PartWriter {
  readonly #partChars: number;
  #lines: string[] = [];
  #chars = 0;
  #parts: string[] = [];
  #blob: Blob | undefined;
  readonly #type: string;

  constructor(partChars: number, type: string) {
    this.#partChars = Math.max(1, partChars);
    this.#type = type;
  }

  /** One record, as one line. */
  line(text: string): void {
    this.#lines.push(text, '\n');
    this.#chars += text.length + 1;
    if (this.#chars >= this.#partChars) this.#flushPart();
  }

  #flushPart(): void {
    if (this.#lines.length === 0) return;
    this.#parts.push(this.#lines.join(''));
    this.#lines = [];
    this.#chars = 0;
    // Strings handed to a Blob can be let go: the browser keeps blob data outside the JS heap.
    if (this.#parts.length >= 16) this.#fold();
  }

  #fold(): void {
    this.#blob = new Blob(this.#blob ? [this.#blob, ...this.#parts] : this.#parts, { type: this.#type });
    this.#parts = [];
  }

  finish(): Blob {
    this.#flushPart();
    this.#fold();
    return this.#blob ?? new Blob([], { type: this.#type });
  }
}

export interface LineOptions {
  /** A longer line is not kept: it is given as `tooLong` (the first line is exempt, see below). */
  maxLineChars: number;
  /** Bytes read so far, after each chunk. */
  onBytes?: (bytesRead: number) => void;
  signal?: AbortSignal;
}

export type Line = { text: string; number: number } | { tooLong: true; number: number };

/**
 * The lines of a UTF-8 byte stream, without their line ending; a BOM at the start is dropped.
 * The first line may be of any length: a backup of the old format is one single line of JSON
 * (it could only be written below the string limit, so it can be read whole).
 */
export async function* readLines(source: ByteSource, options: LineOptions): AsyncGenerator<Line> {
  const reader = source.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  let pending: string[] = [];
  let pendingChars = 0;
  let skipping = false;
  let number = 1;
  let bytes = 0;
  let first = true;
  const take = (): string => {
    const text = pending.join('');
    pending = [];
    pendingChars = 0;
    return text;
  };
  const finishLine = (tail: string): Line => {
    let line: Line;
    if (skipping) line = { tooLong: true, number };
    else {
      let text = pending.length ? take() + tail : tail;
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      line = { text, number };
    }
    pending = [];
    pendingChars = 0;
    skipping = false;
    first = false;
    number++;
    return line;
  };
  try {
    for (;;) {
      if (options.signal?.aborted) return;
      const { done, value } = await reader.read();
      const chunk = done ? decoder.decode() : decoder.decode(value, { stream: true });
      if (value) {
        bytes += value.length;
        options.onBytes?.(bytes);
      }
      let start = 0;
      for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
        yield finishLine(chunk.slice(start, nl));
        start = nl + 1;
      }
      const rest = chunk.slice(start);
      if (rest && !skipping) {
        pending.push(rest);
        pendingChars += rest.length;
        if (!first && pendingChars > options.maxLineChars) {
          skipping = true;
          pending = [];
          pendingChars = 0;
        }
      }
      if (done) {
        if (pendingChars > 0 || skipping) yield finishLine('');
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/** The lines of a string (tests, and a backup handed over as text). */
export function sourceOfText(text: string): ByteSource {
  const blob = new Blob([text]);
  return { size: blob.size, stream: () => blob.stream() };
}
