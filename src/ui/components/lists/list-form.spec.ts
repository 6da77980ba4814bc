import { describe, expect, it } from 'vitest';
import { checkListForm } from './list-form';

const valid = { name: 'Contoso week 12', customerName: 'Contoso AB', customerTenantId: '' };

describe('checkListForm', () => {
  it('accepts a plain name and customer, with or without a tenant id', () => {
    expect(checkListForm(valid)).toEqual([]);
    expect(checkListForm({ ...valid, customerTenantId: '72F988BF-86F1-41AF-91AB-2D7CD011DB47' })).toEqual([]);
  });
  it('asks for a name and a customer', () => {
    expect(checkListForm({ name: '  ', customerName: '', customerTenantId: '' }).map((e) => e.message)).toEqual([
      'lists.form.nameRequired',
      'lists.form.customerRequired',
    ]);
  });
  it('refuses a name that cannot be a group tag: non-ASCII or too long', () => {
    expect(checkListForm({ ...valid, name: 'Malmö vecka 12' })[0]).toEqual({ field: 'name', message: 'lists.form.nameNotAscii' });
    expect(checkListForm({ ...valid, name: 'x'.repeat(65) })[0]?.message).toBe('lists.form.nameTooLong');
    expect(checkListForm({ ...valid, name: 'x'.repeat(64) })).toEqual([]);
  });
  it('refuses a tenant id that is not a GUID', () => {
    expect(checkListForm({ ...valid, customerTenantId: 'contoso.onmicrosoft.com' })[0]?.field).toBe('customerTenantId');
  });
});
