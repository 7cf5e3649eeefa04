import { describe, expect, it } from 'vitest';
import { categorise, selfTimes, type CpuProfile } from '../../bench/profile-costs.ts';

const frame = (functionName: string, url: string) => ({ functionName, url });

describe('reading a CPU profile for the benchmark report', () => {
  it('gives each sample its interval, as self time of the frame it hit', () => {
    const gc = frame('(garbage collector)', '');
    const render = frame('render', 'file:///x/node_modules/@napi-rs/canvas/index.js');
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: gc },
        { id: 2, callFrame: render },
      ],
      samples: [2, 2, 1],
      timeDeltas: [1000, 3000, 500],
    };
    expect(selfTimes(profile)).toEqual(
      new Map([
        [render, 4],
        [gc, 0.5],
      ]),
    );
  });

  it('names the cost a frame belongs to by its package or the site module', () => {
    expect(categorise(frame('(garbage collector)', ''))).toBe('garbage collection');
    expect(categorise(frame('render', 'file:///x/node_modules/@napi-rs/canvas/index.js'))).toMatch(/^preview images/);
    expect(categorise(frame('parse', 'file:///x/node_modules/micromark/lib/parse.js'))).toMatch(/^markdown/);
    expect(categorise(frame('parseDocument', 'file:///x/node_modules/yaml/dist/index.js'))).toMatch(/YAML parsing/);
    expect(categorise(frame('$$render', 'file:///x/dist/.prerender/chunks/EventPage_abc.mjs'))).toMatch(
      /^the site's pages/,
    );
    expect(categorise(frame('writeFile', 'node:internal/fs/promises'))).toMatch(/^Node itself/);
    expect(categorise(frame('x', 'file:///x/node_modules/left-pad/index.js'))).toBe('other packages (left-pad)');
  });
});
