import type { Page } from 'playwright-core';

// What the app stored, read straight from its IndexedDB: the device table draws only the rows
// in view, and "nothing is lost" is about what is on disk, not what is on screen.

export interface StoredRow {
  id: string;
  listId: string;
  addedAt: number;
  deletedAt?: number;
  device: Record<string, string>;
}

export interface StoredBox {
  deviceId?: string;
  steps: { fields: string[] }[];
}

/** Live devices (in the order added; of `listId` only when given) and that list's open box as stored. */
export function readStored(page: Page, listId = ''): Promise<{ devices: StoredRow[]; box: StoredBox | undefined }> {
  return page.evaluate(
    (id) =>
      new Promise<{ devices: StoredRow[]; box: StoredBox | undefined }>((resolve, reject) => {
        const open = indexedDB.open('boxpilot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['meta', 'devices']);
          const meta = tx.objectStore('meta').get(`box:${id}`);
          const all = tx.objectStore('devices').getAll();
          tx.oncomplete = () => {
            const devices = (all.result as StoredRow[])
              .filter((r) => r.deletedAt === undefined && (!id || r.listId === id))
              .sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : 1))
              .map(({ id: rowId, listId, addedAt, device }) => ({ id: rowId, listId, addedAt, device }));
            resolve({ devices, box: (meta.result as { value?: { box: StoredBox } } | undefined)?.value?.box });
            open.result.close();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    listId,
  );
}

/** The device fields of every live device, in the order added. */
export async function storedDevices(page: Page): Promise<Record<string, string>[]> {
  return (await readStored(page)).devices.map((d) => d.device);
}

/** One stored setting (the settings store keeps only the keys the user changed). */
export function storedSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (wanted) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('boxpilot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('settings').objectStore('settings').get(wanted);
          request.onsuccess = () => {
            resolve((request.result as { value?: unknown } | undefined)?.value);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}
