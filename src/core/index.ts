// The public face of the core: the rest of the app imports only from here.
export * from './types';
export { MESSAGES, formatMessage, type MessageCode } from './messages';
export { cleanValue, type Cleaned, type NoiseKind } from './noise';
export { normalizeDevice, type Normalized } from './normalize';
