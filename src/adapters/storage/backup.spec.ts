import { afterEach, describe, expect, it } from 'vitest';
import { deviceFor, hashFor, newDevices, openTestStore, serialFor, value, warning, type TestStore, useTestStores } from './test-data';
import { BACKUP_FORMAT, parseBackup } from './backup';

const setup = useTestStores();

async function filledStore() {
  const t = await setup();
  const { store } = t;
  const a = value(await store.createList({ name: 'Contoso-Q4', customerName: 'Contoso AB', customerTenantId: 'tenant-1' }));
  const b = value(await store.createList({ name: 'Fabrikam', customerName: 'Fabrikam A/S', dialect: 'intune' }));
  const devicesA = value(await store.addDevices(a.id, newDevices(5, 0, { withHash: true, problems: [warning()] })));
  value(await store.addDevices(b.id, [{ device: deviceFor(100), source: 'scan', sourceDetail: 'DataMatrix', registration: { status: 'queued', trackingId: 't', updatedAt: 5 } }]));
  value(await store.trashDevices([devicesA[4]!.id]));
  value(await store.updateSettings({ language: 'da', maxRows: 400 }));
  return { ...t, a, b };
}

describe('backup', () => {
  it('exports everything and restores it into an empty browser exactly', async () => {
    const source = await filledStore();
    const backup = value(await source.store.exportBackup());
    expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: source.clock(), settings: { language: 'da', maxRows: 400 } });
    expect(backup.lists).toHaveLength(2);
    expect(backup.devices).toHaveLength(6);

    const target = await setup();
    const report = value(await target.store.importBackup(JSON.stringify(backup)));
    expect(report).toEqual({
      listsAdded: 2,
      listsMerged: 0,
      devicesAdded: 6,
      duplicates: [],
      duplicateCount: 0,
      skipped: { lists: 0, devices: 0, lines: 0, reasons: {} },
      problems: [],
      problemCount: 0,
      proposedSettings: [
        { key: 'language', current: 'auto', proposed: 'da' },
        { key: 'maxRows', current: 500, proposed: 400 },
      ],
    });
    // Settings are proposed, not applied: the user decides (then the UI calls updateSettings).
    expect(value(await target.store.getSettings())).toMatchObject({ language: 'auto', maxRows: 500 });
    value(await target.store.updateSettings({ language: 'da', maxRows: 400 }));
    const again = value(await target.store.exportBackup());
    expect({ ...again, exportedAt: 0 }).toEqual({ ...backup, exportedAt: 0 });
    expect(value(await target.store.listTrash()).devices).toHaveLength(1);
  });

  it('restoring the same backup twice adds nothing and reports each device', async () => {
    const source = await filledStore();
    const backup = value(await source.store.exportBackup());
    const report = value(await source.store.importBackup(backup));
    expect(report).toMatchObject({ listsAdded: 0, listsMerged: 2, devicesAdded: 0, proposedSettings: [], duplicateCount: 6 });
    expect(report.duplicates).toHaveLength(6);
    expect(report.duplicates[0]).toMatchObject({ field: 'id', index: 0, existing: { listId: source.a.id, listName: 'Contoso-Q4' } });
  });

  it('merges into an existing list and reports devices already stored elsewhere', async () => {
    const source = await filledStore();
    const backup = value(await source.store.exportBackup());

    const target = await setup();
    // The target already has the Contoso list (same id) and, in another list, device 1's serial and device 2's hash.
    const mine = value(await target.store.createList({ name: 'Mine', customerName: 'Me' }));
    const [s1, h2] = value(
      await target.store.addDevices(mine.id, [
        { device: { serialNumber: serialFor(1) }, source: 'typed' },
        { device: { hardwareHash: hashFor(2) }, source: 'file' },
      ]),
    );
    value(await target.store.importBackup({ ...backup, lists: backup.lists.filter((l) => l.id === source.a.id), devices: [] }));

    const report = value(await target.store.importBackup(backup));
    expect(report.listsAdded).toBe(1);
    expect(report.listsMerged).toBe(1);
    expect(report.devicesAdded).toBe(4);
    expect(report.duplicates.map((d) => [d.index, d.field, d.existing.deviceId])).toEqual([
      [1, 'serialNumber', s1!.id],
      [2, 'hardwareHash', h2!.id],
    ]);
    // A hash is private: the report shows its start and length only.
    expect(report.duplicates[1]?.value).toMatch(/^T0FBQUFBQUFB… \(4096 characters\)$/);
    expect(value(await target.store.countDevices(source.a.id))).toBe(2);
    expect(value(await target.store.getSettings()).language).toBe('auto');
    expect(report.proposedSettings.map((p) => p.key)).toEqual(['language', 'maxRows']);
  });

  it('keeps local settings and reports damaged records as problems', async () => {
    const target = await setup();
    value(await target.store.updateSettings({ language: 'sv' }));
    const report = value(
      await target.store.importBackup({
        format: BACKUP_FORMAT,
        version: 1,
        exportedAt: 1,
        lists: [{ id: 'l1', name: 'L', customerName: 'C', dialect: 'klingon', extra: true }, { name: 'no id' }, 42],
        devices: [
          { id: 'd1', listId: 'l1', device: { serialNumber: '\u00a0ABC1234 ' }, source: 'scan', addedAt: 5 },
          { id: 'd2', listId: 'missing', device: { serialNumber: 'X' } },
          { listId: 'l1' },
          null,
        ],
        settings: { language: 'da', theme: 'dark', maxRows: -3 },
      }),
    );
    expect(report).toMatchObject({
      listsAdded: 1,
      devicesAdded: 1,
      proposedSettings: [
        { key: 'language', current: 'sv', proposed: 'da' },
        { key: 'theme', current: 'system', proposed: 'dark' },
      ],
      skipped: { lists: 2, devices: 3, lines: 0, reasons: { 'list-unreadable': 2, 'device-without-list': 1, 'device-unreadable': 2 } },
    });
    expect(report.problems.map((p) => [p.code, p.index])).toEqual([
      ['backup.list-unreadable', 1],
      ['backup.list-unreadable', 2],
      ['cleaned.noise', 0],
      ['backup.device-without-list', 1],
      ['backup.device-unreadable', 2],
      ['backup.device-unreadable', 3],
    ]);
    const [d1] = value(await target.store.getDevices('l1'));
    expect(d1).toMatchObject({ device: { serialNumber: 'ABC1234' }, source: 'scan', addedAt: 5 });
    expect(value(await target.store.getList('l1')).dialect).toBe('partner-center');
    expect(value(await target.store.getSettings())).toMatchObject({ language: 'sv', theme: 'system', maxRows: 500 });
  });

  it.each([
    ['not JSON', '{"format": "boxpilot-backup", ', /not readable JSON/],
    ['JSON but not an object', '[1,2]', /not a Boxpilot backup/],
    ['another format', { format: 'excalidraw', version: 1, lists: [], devices: [] }, /does not say "format"/],
    ['no version', { format: BACKUP_FORMAT, lists: [], devices: [] }, /version number is missing/],
    ['a newer version', { format: BACKUP_FORMAT, version: 7, lists: [], devices: [] }, /newer version of Boxpilot \(backup version 7\)/],
    ['devices missing', { format: BACKUP_FORMAT, version: 1, lists: [] }, /lists or devices are missing/],
    ['null', null, /not a Boxpilot backup/],
  ])('refuses %s with a clear error value', async (_what, input, message) => {
    const { store } = await setup();
    const result = await store.importBackup(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-backup');
      expect(result.error.message).toMatch(message);
    }
    expect(value(await store.listLists())).toEqual([]);
  });

  it('accepts a backup text that starts with a byte order mark', () => {
    expect(parseBackup(`\uFEFF${JSON.stringify({ format: BACKUP_FORMAT, version: 1, lists: [], devices: [] })}`).ok).toBe(true);
  });
});
