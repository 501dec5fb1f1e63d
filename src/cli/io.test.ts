// Input paths: absolute as given, relative against INIT_CWD (the directory `npm run` was started in) when npm sets it.
import { describe, expect, it } from 'vitest';
import { resolveInputPath } from './io';

describe('resolveInputPath', () => {
  it('keeps absolute paths, resolves relative ones against INIT_CWD, and leaves them alone without it', () => {
    expect(resolveInputPath('/data/a.json', { INIT_CWD: '/home/u' })).toBe('/data/a.json');
    expect(resolveInputPath('a.json', { INIT_CWD: '/home/u/x' })).toBe('/home/u/x/a.json');
    expect(resolveInputPath('../b.csv', { INIT_CWD: '/home/u/x' })).toBe('/home/u/b.csv');
    expect(resolveInputPath('a.json', {})).toBe('a.json');
  });
});
