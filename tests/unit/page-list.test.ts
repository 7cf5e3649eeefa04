import { describe, expect, it } from 'vitest';
import { eachOf, filterList, listOf, mapList, one, pathAt } from '../../src/lib/view/page-list.ts';

describe('a list of pages made one at a time', () => {
  it('makes a page only when it is asked for, and again each time', () => {
    const made: string[] = [];
    const list = eachOf(['a', 'b', 'c'], (item, i) => {
      made.push(item);
      return { item, i };
    });
    expect(list.length).toBe(3);
    expect(made).toEqual([]);
    expect(list.at(1)).toEqual({ item: 'b', i: 1 });
    expect(list.at(1)).toEqual({ item: 'b', i: 1 });
    expect(made).toEqual(['b', 'b']);
  });

  it('refuses a place outside the list instead of giving a page that is not there', () => {
    const list = listOf(['a']);
    expect(() => list.at(1)).toThrow('page 1 of a list of 1');
    expect(() => list.at(-1)).toThrow(RangeError);
    expect(() => eachOf([], (x) => x).at(0)).toThrow(RangeError);
  });

  it('maps and filters without losing the order', () => {
    const list = filterList(listOf([1, 2, 3, 4, 5]), (n) => n % 2 === 1);
    expect(list.length).toBe(3);
    const doubled = mapList(list, (n, i) => `${i}:${n * 2}`);
    expect(Array.from({ length: doubled.length }, (_, i) => doubled.at(i))).toEqual(['0:2', '1:6', '2:10']);
  });
});

describe('the path of the page Astro renders', () => {
  const list = listOf([
    { params: { id: 'first', period: undefined }, props: { n: 1 } },
    { params: { id: 'second', period: '2019/10' }, props: { n: 2 } },
  ]);

  it('is the one at its place, when its params are those Astro matched', () => {
    expect(pathAt(list, 1, { id: 'second', period: '2019/10' }).props).toEqual({ n: 2 });
    expect(pathAt(list, 0, { id: 'first' }).props).toEqual({ n: 1 });
  });

  it('is refused, naming the param, when the list now gives that place to another page', () => {
    expect(() => pathAt(list, 0, { id: 'second', period: '2019/10' })).toThrow(
      'page 0: the list now gives id = "first", Astro matched "second"',
    );
    expect(() => pathAt(list, 1, { id: 'second' })).toThrow('period');
  });
});

describe('a list remembered while a route uses it', () => {
  it('is made once while it is among the last two asked for, and again after', () => {
    const made: string[] = [];
    const [a, b, c] = ['a', 'b', 'c'].map((name) =>
      one(() => {
        made.push(name);
        return { name };
      }),
    );
    const first = a!();
    expect(a!()).toBe(first);
    b!();
    expect(a!()).toBe(first); // a and b are the last two
    c!(); // c, a: b is let go
    b!();
    expect(made).toEqual(['a', 'b', 'c', 'b']);
    a!(); // b, c were the last two
    expect(made).toEqual(['a', 'b', 'c', 'b', 'a']);
  });

  it('holds a route list and the list it is made from together', () => {
    const made: string[] = [];
    const views = one(() => {
      made.push('views');
      return [1, 2, 3];
    });
    const routes = one(() => {
      made.push('routes');
      return listOf(views());
    });
    for (let i = 0; i < 3; i++) routes().at(i);
    views();
    routes();
    expect(made).toEqual(['routes', 'views']);
  });
});
