import { fail, ok, type PcResult } from './errors';
import type { PcHttp } from './http';
import { parseCollection } from './parse';
import type { PcPage, PcPageCursor } from './types';

// Partner Center pages collections with `links.next` (a URI plus an MS-ContinuationToken header
// to send back): the only custom header the client ever sends.

export async function getPage<T>(
  http: PcHttp,
  path: string,
  item: (raw: Record<string, unknown>) => T | undefined,
  cursor: PcPageCursor | undefined,
  signal: AbortSignal | undefined,
): Promise<PcResult<PcPage<T>>> {
  const request = cursor
    ? { method: 'GET' as const, path: cursor.uri, ...(cursor.continuationToken ? { headers: { 'MS-ContinuationToken': cursor.continuationToken } } : {}) }
    : { method: 'GET' as const, path };
  const answer = await http.send(signal ? { ...request, signal } : request);
  if (!answer.ok) return answer;
  const page = parseCollection(answer.value.json, item);
  if (!page) return fail({ code: 'bad-response', status: answer.value.status, description: 'Not a collection' });
  return ok(page);
}

/** Every page, up to `maxPages` (a loop guard: a server repeating its next link ends here). */
export async function getAllPages<T>(
  http: PcHttp,
  path: string,
  item: (raw: Record<string, unknown>) => T | undefined,
  signal: AbortSignal | undefined,
  keep: (value: T) => boolean = () => true,
  maxPages = 100,
): Promise<PcResult<T[]>> {
  const all: T[] = [];
  let cursor: PcPageCursor | undefined;
  const seen = new Set<string>();
  for (let page = 0; page < maxPages; page += 1) {
    const answer = await getPage(http, path, item, cursor, signal);
    if (!answer.ok) return answer;
    all.push(...answer.value.items.filter(keep));
    cursor = answer.value.next;
    const key = cursor ? `${cursor.uri}|${cursor.continuationToken ?? ''}` : '';
    if (!cursor || seen.has(key)) break;
    seen.add(key);
  }
  return ok(all);
}
