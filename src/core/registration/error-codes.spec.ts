import { describe, expect, it } from 'vitest';
import { REGISTRATION_MESSAGES, meaningOf, registrationProblem } from './error-codes';

describe('Partner Center device errors (spec §6)', () => {
  const table: [string, string][] = [
    ['801', 'registration.invalid-request'],
    ['802', 'registration.invalid-hash'],
    ['803', 'registration.no-identifier'],
    ['806', 'registration.already-registered'],
    ['807', 'registration.not-in-tenant'],
    ['808', 'registration.other-organisation'],
    ['809', 'registration.profile-not-registered'],
    ['810', 'registration.profile-other-tenant'],
    ['811', 'registration.other-partner'],
    ['812', 'registration.device-not-found'],
    ['813', 'registration.not-unique'],
    ['814', 'registration.already-in-entra'],
    ['ZtdDeviceDuplicated', 'registration.duplicated'],
  ];
  for (const [code, problem] of table) {
    it(`${code} -> ${problem}`, () => expect(meaningOf(code).code).toBe(problem));
  }

  it('names are understood as well as numbers, also inside the description', () => {
    expect(meaningOf('ZtdDeviceAssignedToOtherTenant').code).toBe('registration.other-organisation');
    expect(meaningOf(undefined, 'Error ZtdDeviceNotFound: no match').code).toBe('registration.device-not-found');
    expect(meaningOf('Error', 'code 806 already assigned').code).toBe('registration.already-registered');
  });

  it('an unknown code is a generic failure that still carries the code and description', () => {
    const p = registrationProblem('999', 'Odd thing');
    expect(p).toMatchObject({ code: 'registration.failed', severity: 'error', params: { errorCode: '999', description: 'Odd thing' } });
    expect(p.message).toContain('999: Odd thing');
  });

  it('the texts say what to do', () => {
    expect(REGISTRATION_MESSAGES['registration.already-registered']).toMatch(/Nothing to do/);
    expect(REGISTRATION_MESSAGES['registration.other-organisation']).toMatch(/previous owner must deregister/);
    expect(REGISTRATION_MESSAGES['registration.device-not-found']).toMatch(/exactly the firmware strings/);
    expect(registrationProblem('808').message).toBe(REGISTRATION_MESSAGES['registration.other-organisation']);
  });
});
