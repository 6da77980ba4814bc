import type { Device } from '../../core';
import type { PcDeviceInput } from './types';

// Core device -> Partner Center device JSON. Only fields with values: Partner Center rejected
// empty ones, and an empty `policies: []` has caused 500s (spec §4). Group tag and user are not
// part of this API (the batch name is the group tag).

export function toPcDevice(device: Device): PcDeviceInput {
  const out: PcDeviceInput = {};
  const put = (key: keyof PcDeviceInput, value: string | undefined): void => {
    if (value !== undefined && value.trim() !== '') out[key] = value;
  };
  put('serialNumber', device.serialNumber);
  put('productKey', device.pkid);
  put('hardwareHash', device.hardwareHash);
  put('oemManufacturerName', device.manufacturer);
  put('modelName', device.model);
  return out;
}

export const hasIdentifier = (device: PcDeviceInput): boolean =>
  device.serialNumber !== undefined || device.productKey !== undefined || device.hardwareHash !== undefined;
