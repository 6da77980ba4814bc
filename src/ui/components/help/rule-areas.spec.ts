import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageCode } from '../../../core';
import { RULE_AREAS, groupRules } from './rule-areas';

describe('groupRules', () => {
  it('puts every core code in exactly one area, none left for "other" today', () => {
    const groups = groupRules();
    const listed = groups.flatMap((g) => g.codes);
    expect([...listed].sort()).toEqual(Object.keys(MESSAGES).sort());
    expect(new Set(listed).size).toBe(listed.length);
    expect(groups.find((g) => g.area === 'other')).toBeUndefined();
  });

  it('places codes by prefix, keeps the core order, and drops empty areas', () => {
    const groups = groupRules(['pkid.format', 'model.lenovo-mtm', 'manufacturer.case', 'pkid.is-product-key'] as MessageCode[]);
    expect(groups).toEqual([
      { area: 'pkid', codes: ['pkid.format', 'pkid.is-product-key'] },
      { area: 'manufacturer', codes: ['model.lenovo-mtm', 'manufacturer.case'] },
    ]);
  });

  it('sends a code with a prefix nobody placed to "other", so Help still lists it', () => {
    expect(groupRules(['scanner.new-rule' as MessageCode])).toEqual([{ area: 'other', codes: ['scanner.new-rule'] }]);
  });

  it('gives no prefix to two areas', () => {
    const prefixes = RULE_AREAS.flatMap((a) => [...a.prefixes]);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});
