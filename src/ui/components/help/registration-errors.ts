import type { MessageKey } from '../../i18n/packs';

// Partner Center's per-device registration errors (spec §6), with what a technician should do.
// Also useful to the Partner Center client later: look a code up here to explain it.
export const REGISTRATION_ERRORS = [
  { code: '801', name: 'InvalidZtdRequestBody', text: 'help.errors.801' },
  { code: '802', name: 'InvalidZtdHardwareHash', text: 'help.errors.802' },
  { code: '803', name: 'MissingZtdSerialNumberAndProductKey', text: 'help.errors.803' },
  { code: '806', name: 'ZtdDeviceAlreadyAssigned', text: 'help.errors.806' },
  { code: '807', name: 'ZtdDeviceIsNotRegistered', text: 'help.errors.807' },
  { code: '808', name: 'ZtdDeviceAssignedToOtherTenant', text: 'help.errors.808' },
  { code: '809', name: 'ZtdProfileIsNotRegistered', text: 'help.errors.809' },
  { code: '810', name: 'ZtdProfileAssignedToOtherTenant', text: 'help.errors.810' },
  { code: '811', name: 'ZtdDeviceRegisteredByOtherTenant', text: 'help.errors.811' },
  { code: '812', name: 'ZtdDeviceNotFound', text: 'help.errors.812' },
  { code: '813', name: 'ZtdDeviceIsNotUnique', text: 'help.errors.813' },
  { code: '814', name: 'ZtdDeviceAlreadyAadRegistered', text: 'help.errors.814' },
  { code: '', name: 'ZtdDeviceDuplicated', text: 'help.errors.duplicated' },
] as const satisfies readonly { code: string; name: string; text: MessageKey }[];
