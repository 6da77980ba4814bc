// What the export panel says about a list for one dialect, from the core's problems: how many
// files, what blocks the export (with the device to jump to), the warnings, and whether the
// dialect cannot be used for this list at all. Pure: specs run in node.
import type { Dialect, Problem } from '../../../core';

export interface Blocker {
  problem: Problem;
  /** Position of the device in the list, when the problem is about one device. */
  deviceIndex?: number;
}

export interface ExportSummary {
  devices: number;
  files: number;
  blockers: Blocker[];
  warnings: Blocker[];
  /** The dialect needs what many devices lack: said once, in words, instead of per device. */
  unusable?: { dialect: Dialect; count: number; total: number };
}

/** The problem that means "this dialect does not fit this device", per dialect. */
const UNFIT: Partial<Record<Dialect, string>> = {
  intune: 'intune.hash-required',
  'corporate-identifiers': 'corporate.tuple-required',
};

export function summarize(problems: readonly Problem[], devices: number, dialect: Dialect, maxRows: number): ExportSummary {
  const rows = Math.max(1, Math.floor(maxRows));
  const unfitCode = UNFIT[dialect];
  const unfit = new Set<number>();
  const blockers: Blocker[] = [];
  const warnings: Blocker[] = [];
  for (const problem of problems) {
    const at: Blocker = problem.index === undefined ? { problem } : { problem, deviceIndex: problem.index };
    if (problem.code === unfitCode && problem.index !== undefined) unfit.add(problem.index);
    else if (problem.severity === 'error') blockers.push(at);
    else if (problem.severity === 'warning') warnings.push(at);
  }
  const summary: ExportSummary = { devices, files: devices === 0 ? 0 : Math.ceil(devices / rows), blockers, warnings };
  if (unfit.size > 0) summary.unusable = { dialect, count: unfit.size, total: devices };
  return summary;
}

/** Whether anything stops the files from being written. */
export const isBlocked = (s: ExportSummary): boolean => s.devices === 0 || s.blockers.length > 0 || s.unusable !== undefined;
