import { describe, expect, it } from 'vitest';
import { PartnerCenterClient } from './client';
import { fakeFetch, fakeTokens, json, testOptions } from './test-fetch';

const dell = { serialNumber: '7HXK2Y3', manufacturer: 'Dell Inc.', model: 'Latitude 7440' };
const pkidOnly = { pkid: '3258461234567', serialNumber: '', groupTag: 'Sales' };
const batches = (...ids: string[]) => json({ totalCount: ids.length, items: ids.map((id) => ({ id, creationDate: '2026-11-01T10:00:00Z', devicesCount: 1 })) });
const accepted = (location = '/customers/c1/batchJobStatus/track-1') => new Response(null, { status: 202, headers: { location } });

function setup() {
  const fake = fakeFetch();
  const { options } = testOptions(fake, fakeTokens());
  return { fake, client: new PartnerCenterClient(options) };
}

describe('create or append', () => {
  it('creates a batch named after the list when none matches, sending only fields with values', async () => {
    const { fake, client } = setup();
    fake.answer(batches('Other'), accepted());
    const result = await client.createOrAppend('c1', 'Contoso 2026-12', [dell, pkidOnly]);
    expect(result).toEqual({ ok: true, value: { trackingId: 'track-1', batchId: 'Contoso 2026-12', created: true, from: 'location' } });
    expect(fake.calls[1]).toMatchObject({ method: 'POST', url: 'https://pc.test/v1/customers/c1/deviceBatches' });
    expect(fake.calls[1]!.headers['content-type']).toBe('application/json');
    expect(fake.calls[1]!.body).toEqual({
      batchId: 'Contoso 2026-12',
      devices: [{ serialNumber: '7HXK2Y3', oemManufacturerName: 'Dell Inc.', modelName: 'Latitude 7440' }, { productKey: '3258461234567' }],
    });
    expect(JSON.stringify(fake.calls[1]!.body)).not.toContain('policies');
  });

  it('appends to the batch whose name matches ignoring case, using its exact name, URL-encoded', async () => {
    const { fake, client } = setup();
    fake.answer(batches('contoso #1/A&B'), accepted());
    const result = await client.createOrAppend('c1', 'Contoso #1/a&b', [dell]);
    expect(result).toMatchObject({ ok: true, value: { batchId: 'contoso #1/A&B', created: false } });
    expect(fake.calls[1]!.url).toBe('https://pc.test/v1/customers/c1/deviceBatches/contoso%20%231%2FA%26B/devices');
    expect(fake.calls[1]!.body).toEqual([{ serialNumber: '7HXK2Y3', oemManufacturerName: 'Dell Inc.', modelName: 'Latitude 7440' }]);
  });

  it('a create refused with 409 (created meanwhile) appends instead', async () => {
    const { fake, client } = setup();
    fake.answer(batches(), json({ code: 600050, description: 'exists' }, { status: 409 }), batches('LAB'), accepted());
    const result = await client.createOrAppend('c1', 'lab', [dell]);
    expect(result).toMatchObject({ ok: true, value: { batchId: 'LAB', created: false } });
    expect(fake.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET https://pc.test/v1/customers/c1/deviceBatches',
      'POST https://pc.test/v1/customers/c1/deviceBatches',
      'GET https://pc.test/v1/customers/c1/deviceBatches',
      'POST https://pc.test/v1/customers/c1/deviceBatches/LAB/devices',
    ]);
  });

  it('refuses more than 500 devices before sending anything', async () => {
    const { fake, client } = setup();
    const many = Array.from({ length: 501 }, (_, i) => ({ serialNumber: `S${i}`, manufacturer: 'HP', model: 'EliteBook' }));
    expect(await client.createOrAppend('c1', 'B', many)).toEqual({ ok: false, error: { code: 'too-many-devices' } });
    expect(await client.addDevices('c1', 'B', many)).toEqual({ ok: false, error: { code: 'too-many-devices' } });
    expect(fake.calls).toHaveLength(0);
  });

  it('accepts exactly 500', async () => {
    const { fake, client } = setup();
    const many = Array.from({ length: 500 }, (_, i) => ({ serialNumber: `S${i}`, manufacturer: 'HP', model: 'EliteBook' }));
    fake.answer(accepted());
    expect((await client.addDevices('c1', 'B', many)).ok).toBe(true);
    expect((fake.calls[0]!.body as unknown[]).length).toBe(500);
  });

  it('refuses an empty request and a device with nothing to identify it', async () => {
    const { fake, client } = setup();
    expect(await client.createBatch('c1', 'B', [])).toEqual({ ok: false, error: { code: 'no-devices' } });
    expect(await client.createBatch('c1', 'B', [{ manufacturer: 'HP', groupTag: 'x' }])).toEqual({ ok: false, error: { code: 'no-devices' } });
    expect(fake.calls).toHaveLength(0);
  });
});

describe('the tracking link', () => {
  it('from an absolute Location header', async () => {
    const { fake, client } = setup();
    fake.answer(accepted('https://api.partnercenter.microsoft.com/v1/customers/c1/batchJobStatus/abc%2D1?x=1'));
    expect(await client.addDevices('c1', 'B', [dell])).toMatchObject({ ok: true, value: { trackingId: 'abc-1', from: 'location' } });
  });

  it('from the body as a bare string', async () => {
    const { fake, client } = setup();
    fake.answer(json('/customers/c1/batchJobStatus/body-1', { status: 202 }));
    expect(await client.addDevices('c1', 'B', [dell])).toMatchObject({ ok: true, value: { trackingId: 'body-1', from: 'body' } });
  });

  it('from the body as a link object or a tracking id field', async () => {
    const { fake, client } = setup();
    fake.answer(json({ links: { self: { uri: '/customers/c1/batchJobStatus/body-2' } } }, { status: 202 }));
    expect(await client.addDevices('c1', 'B', [dell])).toMatchObject({ ok: true, value: { trackingId: 'body-2' } });
    fake.answer(json({ batchTrackingId: 'body-3', status: 'queued' }, { status: 202 }));
    expect(await client.addDevices('c1', 'B', [dell])).toMatchObject({ ok: true, value: { trackingId: 'body-3' } });
  });

  it('a 202 with no link anywhere is bad-response with maybeSent (never resend blindly)', async () => {
    const { fake, client } = setup();
    fake.answer(new Response('not json', { status: 202 }));
    expect(await client.addDevices('c1', 'B', [dell])).toEqual({
      ok: false,
      error: { code: 'bad-response', status: 202, description: 'No tracking link in the answer', maybeSent: true },
    });
  });
});

describe('status and devices', () => {
  it('reads the batch job status with per-device results', async () => {
    const { fake, client } = setup();
    fake.answer(
      json({
        batchTrackingId: 'track-1',
        status: 'finished_with_errors',
        startedTime: '2026-12-02T12:00:00Z',
        completedTime: '2026-12-02T12:01:00Z',
        devicesStatus: [
          { deviceId: 'd-1', serialNumber: 'S1', productKey: '', status: 'finished', errorCode: 0 },
          { deviceId: '', serialNumber: 'S2', status: 'failed', errorCode: 808, errorDescription: 'ZtdDeviceAssignedToOtherTenant' },
        ],
      }),
    );
    const result = await client.getBatchStatus('c1', 'track-1');
    expect(result).toEqual({
      ok: true,
      value: {
        trackingId: 'track-1',
        status: 'finished_with_errors',
        startedTime: '2026-12-02T12:00:00Z',
        completedTime: '2026-12-02T12:01:00Z',
        devicesStatus: [
          { deviceId: 'd-1', serialNumber: 'S1', status: 'finished' },
          { serialNumber: 'S2', status: 'failed', errorCode: '808', errorDescription: 'ZtdDeviceAssignedToOtherTenant' },
        ],
      },
    });
    expect(fake.calls[0]!.url).toBe('https://pc.test/v1/customers/c1/batchJobStatus/track-1');
  });

  it('status spellings: FinishedWithErrors, Processing; an unknown one is kept raw', async () => {
    const { fake, client } = setup();
    fake.answer(json({ status: 'FinishedWithErrors' }), json({ status: 'Processing' }), json({ status: 'paused' }));
    expect(await client.getBatchStatus('c1', 't')).toMatchObject({ ok: true, value: { status: 'finished_with_errors', trackingId: 't' } });
    expect(await client.getBatchStatus('c1', 't')).toMatchObject({ ok: true, value: { status: 'processing' } });
    expect(await client.getBatchStatus('c1', 't')).toMatchObject({ ok: true, value: { status: 'unknown', rawStatus: 'paused' } });
  });

  it('lists the devices of a batch', async () => {
    const { fake, client } = setup();
    fake.answer(json({ items: [{ id: 'pc-1', serialNumber: 'S1', productKey: '', modelName: 'M', oemManufacturerName: 'HP', policies: [], allowedOperations: ['delete'] }] }));
    expect(await client.listBatchDevices('c1', 'My batch')).toEqual({ ok: true, value: [{ id: 'pc-1', serialNumber: 'S1', modelName: 'M', oemManufacturerName: 'HP' }] });
    expect(fake.calls[0]!.url).toBe('https://pc.test/v1/customers/c1/deviceBatches/My%20batch/devices');
  });
});

describe('profiles', () => {
  it('lists Partner Center profiles', async () => {
    const { fake, client } = setup();
    fake.answer(json({ totalCount: 1, items: [{ id: 'p-1', name: 'Standard', category: 'o_o_b_e', description: 'Default', policySettings: [] }] }));
    expect(await client.listProfiles('c1')).toEqual({ ok: true, value: [{ id: 'p-1', name: 'Standard', category: 'o_o_b_e', description: 'Default' }] });
    expect(fake.calls[0]!.url).toBe('https://pc.test/v1/customers/c1/policies');
  });

  it('assigns a profile with PATCH DevicePolicyUpdates and follows the tracking link', async () => {
    const { fake, client } = setup();
    fake.answer(accepted('/customers/c1/batchJobStatus/policy-1'));
    const result = await client.assignProfile('c1', ['pc-1', 'pc-2'], 'p-1');
    expect(result).toEqual({ ok: true, value: { trackingId: 'policy-1', from: 'location' } });
    expect(fake.calls[0]).toMatchObject({
      method: 'PATCH',
      url: 'https://pc.test/v1/customers/c1/DevicePolicyUpdates',
      body: { devices: [{ id: 'pc-1', policies: [{ key: 'o_o_b_e', value: 'p-1' }] }, { id: 'pc-2', policies: [{ key: 'o_o_b_e', value: 'p-1' }] }] },
    });
  });

  it('refuses no devices and more than 500', async () => {
    const { fake, client } = setup();
    expect(await client.assignProfile('c1', [], 'p')).toEqual({ ok: false, error: { code: 'no-devices' } });
    expect(await client.assignProfile('c1', Array.from({ length: 501 }, (_, i) => `d${i}`), 'p')).toEqual({ ok: false, error: { code: 'too-many-devices' } });
    expect(fake.calls).toHaveLength(0);
  });
});
