import { STORAGE_ERROR_MESSAGES, type StorageErrorCode } from '../../../../adapters/storage';

// Storage failures, keyed by the adapter's stable codes (storage-errors.ts says when English
// shows the store's own, more specific message instead).
export default {
  // The adapter's own wording where it has a fixed one; generic texts for the codes whose
  // adapter message is specific (and shown as is in English, see storageErrorText).
  ...STORAGE_ERROR_MESSAGES,
  'not-found': 'What you are changing no longer exists. It may have been deleted in another tab: reload the list.',
  'invalid-backup':
    'This file is not a Boxpilot backup, or it is damaged. Choose the .json file that Boxpilot exported. Nothing was imported.',
  unknown:
    'Saving failed unexpectedly. Nothing was changed; try again, and export a backup if it keeps happening.',
} satisfies Record<StorageErrorCode, string>;
