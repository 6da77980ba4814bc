import { shellMessages } from './messages/shell';
import { listsMessages } from './messages/lists';
import { settingsMessages } from './messages/settings';
import { importMessages } from './messages/import';
import { exportMessages } from './messages/export';
import { listMessages } from './messages/list';
import { helpMessages } from './messages/help';
import { scannerMessages } from './messages/scanner';
import { registrationMessages } from './messages/registration';

// Every feature's texts. Imported by the catalog's type and by its spec only: at run time each
// screen brings and registers its own texts (catalog.ts), so none of this ships up front.
export const ALL_FEATURES = [
  shellMessages,
  listsMessages,
  settingsMessages,
  importMessages,
  exportMessages,
  listMessages,
  helpMessages,
  scannerMessages,
  registrationMessages,
] as const;
