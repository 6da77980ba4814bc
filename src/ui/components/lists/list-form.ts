import { GROUP_TAG_MAX_LENGTH } from '../../../core';
import type { MessageKey } from '../../i18n/packs';

export interface ListFormValues {
  name: string;
  customerName: string;
  customerTenantId: string;
}

export interface ListFormError {
  field: keyof ListFormValues;
  message: MessageKey;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Checks a list's form before it is saved. The name becomes the Partner Center batch name and
 * group tag (spec §1, §5): ASCII only, warned above 64 characters; here it is refused instead,
 * because the list is being named right now and can simply be named shorter.
 */
export function checkListForm(values: ListFormValues): ListFormError[] {
  const errors: ListFormError[] = [];
  const name = values.name.trim();
  if (!name) errors.push({ field: 'name', message: 'lists.form.nameRequired' });
  else if (!PRINTABLE_ASCII.test(name)) errors.push({ field: 'name', message: 'lists.form.nameNotAscii' });
  else if (name.length > GROUP_TAG_MAX_LENGTH) errors.push({ field: 'name', message: 'lists.form.nameTooLong' });
  if (!values.customerName.trim()) errors.push({ field: 'customerName', message: 'lists.form.customerRequired' });
  const tenant = values.customerTenantId.trim();
  if (tenant && !GUID.test(tenant)) errors.push({ field: 'customerTenantId', message: 'lists.form.tenantFormat' });
  return errors;
}
