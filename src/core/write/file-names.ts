// File names: `<safe list name>-<dialect>-part-<n>.csv`, ASCII-safe on every OS, deterministic
// (part-1 even when there is only one file, so names never depend on the row count).
import type { Dialect } from '../types';

export function safeListName(name: string | undefined): string {
  const s = (name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // "Malmö" -> "Malmo"
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 60)
    .replace(/[-_]+$/g, '');
  return s === '' ? 'devices' : s;
}

export function deviceFileName(listName: string | undefined, dialect: Dialect, part: number): string {
  return `${safeListName(listName)}-${dialect}-part-${part}.csv`;
}
