import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './routes';

describe('parseRoute', () => {
  it('opens the lists screen for an empty hash', () => {
    expect(parseRoute('')).toEqual({ name: 'lists' });
    expect(parseRoute('#/')).toEqual({ name: 'lists' });
  });
  it('reads a list id, decoded', () => {
    expect(parseRoute('#/lists/a%2Fb')).toEqual({ name: 'list', listId: 'a/b' });
  });
  it('reads settings with or without a trailing slash', () => {
    expect(parseRoute('#/settings/')).toEqual({ name: 'settings' });
  });
  it('reads help', () => {
    expect(parseRoute('#/help')).toEqual({ name: 'help' });
    expect(routeHref({ name: 'help' })).toBe('#/help');
  });
  it('reports anything else as not found, with the path', () => {
    expect(parseRoute('#/nope/x')).toEqual({ name: 'not-found', path: '/nope/x' });
    expect(parseRoute('#/lists/%E0')).toEqual({ name: 'list', listId: '%E0' });
  });
  it('knows a sign-in answer from Microsoft is not a page', () => {
    expect(parseRoute('#code=abc&client_info=x&state=eyJ&session_state=1')).toEqual({ name: 'sign-in-return' });
    expect(parseRoute('#error=access_denied&error_description=x&state=eyJ')).toEqual({ name: 'sign-in-return' });
    expect(parseRoute('#code=abc')).toEqual({ name: 'not-found', path: 'code=abc' }); // no state: not MSAL's
    expect(parseRoute('#/lists/code=1&state=2')).toEqual({ name: 'list', listId: 'code=1&state=2' }); // an app route stays one
  });
  it('round-trips through routeHref', () => {
    for (const route of [{ name: 'lists' }, { name: 'settings' }, { name: 'help' }, { name: 'list', listId: 'x y/z' }] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });
});
