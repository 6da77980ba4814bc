import { describe, expect, it } from 'vitest';
import type { Device } from '../types';
import { asClosed, closeBox, emptyBox, initialBoxState, MAX_REOPEN_DEPTH, questionAlreadyAsked, undoLastCode, type BoxState, type OpenBox } from './open-box';
import { planChoice, planCode, planValues, settledQuestions, type CodePlan } from './plan-code';
import { restoreBoxState } from './restore-box-state';

const PKID = '3258464371455';
const PKID2 = '3258464371456';
const EAN_LIKE = '4006381333931';
const DELL = ['7XK2QH3', PKID, 'Dell Inc.', 'Latitude 5440'];

/** Runs codes through the box rules as the app layer does, with the box's device in memory. */
function run(codes: readonly string[]): { devices: Device[]; plans: CodePlan[] } {
  let box: OpenBox = emptyBox('b0', 0);
  let device: Device = {};
  const devices: Device[] = [];
  const plans: CodePlan[] = [];
  codes.forEach((text, i) => {
    const plan = planCode(box, device, { text }, `b${i + 1}`, i);
    plans.push(plan);
    if (plan.kind === 'fill') {
      if (Object.keys(device).length === 0) devices.push(plan.device);
      else devices[devices.length - 1] = plan.device;
      device = plan.device;
      box = plan.box;
    } else if (plan.kind === 'next-box') {
      devices.push(plan.device);
      device = plan.device;
      box = plan.box;
    }
  });
  return { devices, plans };
}

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [xs.slice()];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

describe('the open box: codes of one box in any order make one device', () => {
  it('all 24 orders of a Dell box (serial, PKID, manufacturer, model) give the same one device', () => {
    for (const order of permutations(DELL)) {
      const { devices, plans } = run(order);
      expect(plans.map((p) => p.kind)).toEqual(['fill', 'fill', 'fill', 'fill']);
      expect(devices).toEqual([{ serialNumber: '7XK2QH3', pkid: PKID, manufacturer: 'Dell Inc.', model: 'Latitude 5440' }]);
    }
  });

  it('being complete does not close the box: model and manufacturer after serial + PKID join it', () => {
    expect(run(['7XK2QH3', PKID, 'Latitude 5440']).devices).toHaveLength(1);
  });

  it('a second, different serial or PKID starts the next box; the same one again changes nothing', () => {
    const { devices, plans } = run(['7XK2QH3', PKID, '7XK2QH3', '8YL3RJ4', PKID2]);
    expect(plans.map((p) => p.kind)).toEqual(['fill', 'fill', 'same', 'next-box', 'fill']);
    expect(devices).toEqual([{ serialNumber: '7XK2QH3', pkid: PKID }, { serialNumber: '8YL3RJ4', pkid: PKID2 }]);
  });

  it('PKIDs one after another are one device each', () => {
    expect(run([PKID, PKID2, '3258464371457']).devices).toEqual([{ pkid: PKID }, { pkid: PKID2 }, { pkid: '3258464371457' }]);
  });

  it('a valid-EAN 13-digit code asks rather than guesses, and a step records what it changed', () => {
    const plan = planCode(emptyBox('b', 0), {}, { text: EAN_LIKE }, 'n', 0);
    expect(plan).toMatchObject({ kind: 'ask', question: { kind: 'choose', target: { box: 'b' }, value: EAN_LIKE } });
    const filled = planChoice(emptyBox('b', 0), { serialNumber: 'S1' }, { kind: 'pkid', value: EAN_LIKE }, 'n', 0);
    expect(filled).toMatchObject({ kind: 'fill', fields: ['pkid'], box: { steps: [{ fields: ['pkid'], before: {} }] } });
  });

  it('forced values (a duplicate added anyway) fill the box or start the next one like a code', () => {
    expect(planValues(emptyBox('b', 0), { pkid: PKID }, { serialNumber: 'S1' }, 'n', 0).kind).toBe('fill');
    expect(planValues(emptyBox('b', 0), { serialNumber: 'S0' }, { serialNumber: 'S1' }, 'n', 0).kind).toBe('next-box');
  });
});

describe('questions settled by what the box gets later', () => {
  it('once the box has its PKID, a waiting "PKID or EAN?" is the EAN', () => {
    const state: BoxState = {
      ...initialBoxState('b', 0),
      questions: [{ id: 'q', kind: 'choose', target: { box: 'b' }, value: EAN_LIKE, askedAt: 0, choices: [{ kind: 'pkid', value: EAN_LIKE }, { kind: 'gtin', value: EAN_LIKE }] }],
    };
    expect(settledQuestions(state, { pkid: PKID })).toEqual([{ id: 'q', value: EAN_LIKE, kind: 'gtin' }]);
    expect(settledQuestions(state, { serialNumber: 'S1' })).toEqual([]);
    // A question of another box is not settled by this one.
    expect(settledQuestions({ ...state, box: emptyBox('other', 0) }, { pkid: PKID })).toEqual([]);
  });

  it('closing a box points its waiting questions at the device it became (or a new one)', () => {
    const q = { id: 'q', kind: 'choose' as const, target: { box: 'b' }, value: EAN_LIKE, askedAt: 0, choices: [] };
    const withDevice = closeBox({ box: { ...emptyBox('b', 0), deviceId: 'd1' }, questions: [q], version: 3 }, 'b2', 5);
    expect(withDevice.questions[0]!.target).toEqual({ device: 'd1' });
    expect(withDevice.box).toEqual({ id: 'b2', steps: [], openedAt: 5 });
    expect(closeBox({ box: emptyBox('b', 0), questions: [q], version: 0 }, 'b2', 5).questions[0]!.target).toEqual({ newDevice: true });
  });

  it('the same code for the same box or device is the question already asked; another box asks again', () => {
    const q = { id: 'q', kind: 'choose' as const, target: { box: 'b' }, value: EAN_LIKE, askedAt: 0, choices: [] };
    const d = { ...q, id: 'q2', target: { device: 'd1' } };
    const n = { ...q, id: 'q3', target: { newDevice: true as const } };
    const state: BoxState = { box: emptyBox('b', 0), questions: [q, d, n], version: 0 };
    expect(questionAlreadyAsked(state, 'choose', { box: 'b' }, EAN_LIKE)).toBe(q);
    expect(questionAlreadyAsked(state, 'choose', { device: 'd1' }, EAN_LIKE)).toBe(d);
    expect(questionAlreadyAsked(state, 'choose', { box: 'b2' }, EAN_LIKE)).toBeUndefined();
    expect(questionAlreadyAsked(state, 'duplicate', { box: 'b' }, EAN_LIKE)).toBeUndefined();
    expect(questionAlreadyAsked(state, 'choose', { box: 'b' }, PKID)).toBeUndefined();
    // Boxes closed without a device are each their own: never the same target.
    expect(questionAlreadyAsked(state, 'choose', { newDevice: true }, EAN_LIKE)).toBeUndefined();
  });
});

describe('Undo last code', () => {
  it('puts the previous values back, removes a device whose only code it was, and reopens a box it closed', () => {
    const box0: OpenBox = { id: 'b', deviceId: 'd1', openedAt: 0, steps: [{ fields: ['serialNumber'], before: {} }, { fields: ['model'], before: { model: 'Old' } }] };
    expect(undoLastCode(box0, { serialNumber: 'S', model: 'New' }, 'n', 0)).toMatchObject({ kind: 'revert', restore: { serialNumber: 'S', model: 'Old' } });
    const only: OpenBox = { id: 'b', deviceId: 'd1', openedAt: 0, steps: [{ fields: ['serialNumber'], before: {} }] };
    expect(undoLastCode(only, { serialNumber: 'S' }, 'n', 7)).toEqual({ kind: 'remove-device', deviceId: 'd1', box: { id: 'n', steps: [], openedAt: 7 } });
    const closer: OpenBox = { id: 'b2', deviceId: 'd2', openedAt: 1, steps: [{ fields: ['serialNumber'], before: {}, reopens: { id: 'b1', deviceId: 'd1', openedAt: 0, steps: [] } }] };
    expect(undoLastCode(closer, { serialNumber: 'S2' }, 'n', 7)).toEqual({ kind: 'remove-device', deviceId: 'd2', box: { id: 'b1', deviceId: 'd1', openedAt: 0, steps: [] } });
    expect(undoLastCode(emptyBox('b', 0), undefined, 'n', 0)).toEqual({ kind: 'nothing' });
  });
});

describe('reopening closed boxes', () => {
  it('keeps a bounded chain of closed boxes, so undo can go back box by box without the record growing', () => {
    let box: OpenBox = { id: 'b0', deviceId: 'd0', openedAt: 0, steps: [{ fields: ['serialNumber'], before: {} }] };
    for (let i = 1; i <= 20; i++) box = { id: `b${i}`, deviceId: `d${i}`, openedAt: i, steps: [{ fields: ['serialNumber'], before: {}, reopens: asClosed(box) }] };
    let depth = 0;
    for (let c = box.steps[0]!.reopens; c; c = c.steps[0]?.reopens) depth++;
    expect(depth).toBe(MAX_REOPEN_DEPTH);
    const restored = restoreBoxState({ box, questions: [], version: 1 }, 0)!;
    expect(restored.box).toEqual(box);
  });
});

describe('restoreBoxState: the stored box in the current shape', () => {
  it('keeps a good state and drops what is damaged, never throwing', () => {
    const good: BoxState = {
      box: { id: 'b', deviceId: 'd', openedAt: 5, steps: [{ fields: ['pkid'], before: {} }] },
      questions: [{ id: 'q', kind: 'duplicate', target: { device: 'd0' }, value: 'S1', askedAt: 1, values: { serialNumber: 'S1' }, matches: [{ field: 'serialNumber', value: 'S1', deviceId: 'x', listId: 'l', listName: 'L' }] }],
      version: 4,
    };
    expect(restoreBoxState(JSON.parse(JSON.stringify(good)), 0)).toEqual(good);
    expect(restoreBoxState(undefined, 0)).toBeUndefined();
    expect(restoreBoxState({ box: { id: 'b', openedAt: 1e300, steps: [{ fields: ['nope'] }, 'x'] }, questions: [{ id: 'q' }, null], version: -1 }, 9)).toEqual({
      box: { id: 'b', openedAt: 9, steps: [] },
      questions: [],
      version: 0,
    });
  });
});
