// Partner Center bodies: JSON that may start with a UTF-8 BOM, sometimes empty, sometimes not JSON.

/** The body as text without a leading BOM; undefined when it could not be read at all. */
export async function readText(response: Response): Promise<string | undefined> {
  try {
    return (await response.text()).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

export type Parsed = { ok: true; value: unknown } | { ok: false };

/** JSON.parse as a value; an empty body is `undefined`, not an error. */
export function parseJson(text: string): Parsed {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown };
  } catch {
    return { ok: false };
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string field, or undefined when absent or empty. */
export function text(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
