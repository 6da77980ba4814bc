// The part of the storage adapter the app layer uses: specs hand it a store over fake-indexeddb.
import type { BoxpilotStore } from '../adapters/storage';

export type AppStore = Pick<
  BoxpilotStore,
  | 'getList'
  | 'getDevice'
  | 'getDevices'
  | 'getBoxState'
  | 'commitBox'
  | 'addDevices'
  | 'updateDevice'
  | 'updateDevices'
  | 'trashDevices'
  | 'restoreFromTrash'
  | 'updateList'
  | 'createList'
  | 'duplicateList'
  | 'trashList'
  | 'newId'
>;
