import type { WorkerErrorCode } from '../../../../workers/core-bridge';

// The core worker's failures, keyed by the bridge's stable codes (src/workers/worker-bridge.ts).
export default {
  aborted: 'It was cancelled before it finished. Start it again when you are ready.',
  unavailable:
    'This browser could not start Boxpilot’s background worker, so files cannot be read, checked or written here. Reload the page; if it keeps happening, use a current version of Edge, Chrome, Firefox or Safari.',
  'worker-crashed':
    'Boxpilot’s background worker stopped, often because the device ran low on memory. Nothing stored was lost: close other tabs or apps and try again.',
  failed:
    'Something unexpected went wrong in Boxpilot’s background worker. Nothing was changed: try again, and reload the page if it happens again.',
  'unknown-method':
    'This tab runs an older version of Boxpilot than its background worker. Reload the page to use the new version; nothing stored was lost.',
} satisfies Record<WorkerErrorCode, string>;
