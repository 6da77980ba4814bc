// The Partner Center adapter's public face (spec §4).
export { PartnerCenterClient, MAX_DEVICES_PER_REQUEST, OOBE_POLICY_KEY, sameBatchName, type PartnerCenterOptions } from './client';
export type { Sleep } from './http';
export { PC_ERROR_MESSAGES, type PcError, type PcErrorCode, type PcResult } from './errors';
export type { TokenProvider, TokenRequest, TokenResult } from './token-provider';
export { toPcDevice } from './device-json';
export type * from './types';
