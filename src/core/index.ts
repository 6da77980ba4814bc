// The public face of the core: the rest of the app imports only from here. Pure TypeScript:
// no DOM, no storage, no Svelte; runs in node and in a Web Worker.
export * from './types';
export { MESSAGES, formatMessage, FIELD_WORDS, BINARY_KIND_WORDS, NOISE_WORDS, type MessageCode } from './messages';
export { cleanValue, type Cleaned, type NoiseKind } from './noise';
export { normalizeDevice, type Normalized } from './normalize';

export { classifyScan, MAX_SCAN_LENGTH } from './classify/classify-scan';
export {
  applyChoice,
  applyScan,
  isEmptyDevice,
  kindsOnBox,
  type Choice,
  type Ignored,
  type Outcome,
} from './box/box-draft';
export {
  addQuestion,
  questionAlreadyAsked,
  closeBox,
  initialBoxState,
  isForOpenBox,
  undoLastCode,
  valuesOf,
  withoutQuestion,
  MAX_QUESTIONS,
  type BoxState,
  type BoxStep,
  type ClosedBox,
  type DuplicateMatch,
  type OpenBox,
  type PendingQuestion,
  type QuestionTarget,
  type Undo,
} from './box/open-box';
export { planCode, planChoice, planValues, settledQuestions, isOnePerBox, type CodeInput, type CodePlan, type Settled } from './box/plan-code';
export { restoreBoxState } from './box/restore-box-state';
export type { ScanAlternative, ScanContext, ScanKind, ScanRefusal, ScanResult, Confidence, Symbology } from './classify/types';

export { validateDevices } from './validate/validate-devices';
export type { ValidateOptions } from './validate/options';

export { writeDeviceFiles, type DeviceFile, type WriteOptions, type WriteResult } from './write/write-device-files';
export { DIALECT_HEADERS, DIALECT_COLUMNS, DEFAULT_MAX_ROWS } from './write/headers';
export { safeListName, deviceFileName } from './write/file-names';

export {
  readDeviceFile,
  MAX_FILE_BYTES,
  MAX_ROWS,
  MAX_COLUMNS,
  type ReadOptions,
  type ReadResult,
  type ReadDevice,
  type Detected,
} from './import/read-device-file';
export type { Encoding } from './import/decode';
export type { BinaryKind } from './import/sniff-binary';
export type { Delimiter } from './import/delimiter';
export type { ColumnInfo } from './import/columns';
export { HEADER_SYNONYMS } from './import/columns';
export type { FormatId } from './import/formats';

export { KNOWN_MANUFACTURERS, matchManufacturer, type KnownManufacturer } from './identifiers/manufacturers';
export { MANAGED_DESKTOP_TAGS, GROUP_TAG_MAX_LENGTH, type ManagedDesktopTag } from './identifiers/group-tags';
export { isPkid } from './identifiers/pkid';
export { hasValidGs1CheckDigit } from './identifiers/gs1';
export { normalizeSymbology } from './identifiers/symbology';

// Registration jobs with Partner Center (spec §4, §6): the job record, its state machine, the
// poll schedule, per-device outcomes and error explanations. See registration/index.ts.
export * from './registration';
