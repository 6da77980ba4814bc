// Opening the database with an injectable IDBFactory (idb's openDB always uses the global one),
// running migrations, and the two sides of a schema upgrade across tabs:
// - this tab is OLD and another tab opens a newer version: close at once (so the upgrade is not
//   blocked) and tell the UI to reload (`onVersionChange`);
// - this tab is NEW and an old tab still holds the database: wait for it to close (the old tab
//   does so by itself, see above), telling the UI it is waiting (`onBlocked`), instead of failing.
import { wrap, type IDBPDatabase } from 'idb';
import type { BoxpilotDB } from './schema';
import { SCHEMA_VERSION, runMigrations } from './migrations';

export type Database = IDBPDatabase<BoxpilotDB>;

export interface ConnectOptions {
  factory: IDBFactory;
  name: string;
  /** Defaults to the current schema version; tests open earlier versions. */
  version?: number;
  /** Another tab holds an older version open; the open will complete once it closes. */
  onBlocked?: () => void;
  /** This connection was closed because another tab upgraded (or deleted) the database. */
  onVersionChange?: () => void;
  /** The browser closed the connection (storage cleared, disk gone). */
  onTerminated?: () => void;
}

export function connect(options: ConnectOptions): Promise<Database> {
  const version = options.version ?? SCHEMA_VERSION;
  const request = options.factory.open(options.name, version);
  const opened = wrap(request) as unknown as Promise<Database>;
  let migrating: Promise<void> | undefined;

  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction;
    if (!tx) return;
    const upgradeTx = wrap(tx);
    // Its done promise rejects when a step fails; the open request reports that failure instead.
    upgradeTx.done.catch(() => undefined);
    migrating = runMigrations(wrap(request.result) as IDBPDatabase<unknown>, upgradeTx as never, event.oldVersion, version);
    // A failed step must not leave a half-built schema: abort, and the open fails with it.
    migrating.catch(() => {
      try {
        tx.abort();
      } catch {
        // already finished
      }
    });
  });
  request.addEventListener('blocked', () => options.onBlocked?.());

  return opened.then(async (db) => {
    await migrating;
    db.addEventListener('versionchange', () => {
      db.close();
      options.onVersionChange?.();
    });
    db.addEventListener('close', () => options.onTerminated?.());
    return db;
  });
}
