// One step of a registration job: the Partner Center call the core's nextAction asked for, and
// the JobEvent its answer becomes. The runner stores `chunk-sending` before calling `submit`.
import type { PartnerCenterClient, PcError } from '../adapters/partner-center';
import { matchReported, type Device, type DeviceKeys, type JobEvent, type RegistrationJob } from '../core';

export type JobDevices = ReadonlyMap<string, Device>;

export function keysOf(devices: JobDevices): DeviceKeys[] {
  return [...devices].map(([id, d]) => ({
    id,
    ...(d.serialNumber ? { serialNumber: d.serialNumber } : {}),
    ...(d.pkid ? { pkid: d.pkid } : {}),
    ...(d.hardwareHash ? { hardwareHash: d.hardwareHash } : {}),
  }));
}

type Client = Pick<PartnerCenterClient, 'createOrAppend' | 'findBatch' | 'listBatchDevices' | 'getBatchStatus' | 'assignProfile'>;

const failed = (chunk: number, error: PcError): JobEvent => ({ type: 'chunk-failed', chunk, error });

/** The devices of the job's batch as Partner Center lists them ([] when there is no such batch). */
async function batchDevices(client: Client, job: RegistrationJob) {
  const batch = await client.findBatch(job.customer.id, job.batchName);
  if (!batch.ok) return batch;
  if (!batch.value) return { ok: true as const, value: [] };
  return client.listBatchDevices(job.customer.id, batch.value.id);
}

export async function submitChunk(client: Client, job: RegistrationJob, index: number, devices: JobDevices): Promise<JobEvent> {
  const chunk = job.chunks[index]!;
  const present = chunk.deviceIds.flatMap((id) => {
    const device = devices.get(id);
    return device ? [device] : [];
  });
  if (job.kind === 'register') {
    const answer = await client.createOrAppend(job.customer.id, job.batchName, present);
    if (!answer.ok) return failed(index, answer.error);
    return { type: 'chunk-accepted', chunk: index, trackingId: answer.value.trackingId, ...(answer.value.batchId ? { batchId: answer.value.batchId } : {}) };
  }
  // A profile goes to Partner Center's own device ids: found in the list's batch by their keys.
  const listed = await batchDevices(client, job);
  if (!listed.ok) return failed(index, listed.error);
  const mine = keysOf(devices).filter((k) => chunk.deviceIds.includes(k.id));
  const pcIds = [...matchReported(mine, listed.value).values()].map((d) => d.id);
  if (pcIds.length === 0) return failed(index, { code: 'not-found', description: 'None of these devices is in the batch.' });
  const answer = await client.assignProfile(job.customer.id, pcIds, job.profileId ?? '');
  if (!answer.ok) return failed(index, answer.error);
  return { type: 'chunk-accepted', chunk: index, trackingId: answer.value.trackingId };
}

/** Checks an interrupted upload against the batch before anything is sent again. */
export async function reconcileChunk(client: Client, job: RegistrationJob, index: number, devices: JobDevices): Promise<JobEvent> {
  const listed = await batchDevices(client, job);
  if (!listed.ok) return failed(index, listed.error);
  return { type: 'reconciled', chunk: index, devices: keysOf(devices), inBatch: listed.value };
}

export async function pollChunk(client: Client, job: RegistrationJob, index: number, trackingId: string, devices: JobDevices): Promise<JobEvent> {
  const status = await client.getBatchStatus(job.customer.id, trackingId);
  if (!status.ok) return { type: 'poll-failed', chunk: index, error: status.error };
  return { type: 'status', chunk: index, status: status.value.status, devicesStatus: status.value.devicesStatus, devices: keysOf(devices) };
}
