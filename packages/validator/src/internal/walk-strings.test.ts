import { describe, expect, it } from 'vitest';
import { stringsOf } from './walk-strings.ts';

/** What a walk found, as [property, text, pointer] for each string. */
function found(value: object): [string, string, string][] {
  const strings = stringsOf(value);
  return Array.from({ length: strings.count }, (_, index) => [
    strings.keys[index] as string,
    strings.texts[index] as string,
    strings.pointer(index),
  ]);
}

describe('stringsOf', () => {
  it('finds every string with its property and JSON Pointer', () => {
    expect(
      found({ name: 'Club', contact: { email: 'a@b.uk' }, tags: ['x', { 'a/b': 'y' }], age: 11 }),
    ).toEqual([
      ['name', 'Club', '/name'],
      ['email', 'a@b.uk', '/contact/email'],
      ['tags', 'x', '/tags/0'],
      ['a/b', 'y', '/tags/1/a~1b'],
    ]);
  });

  it('forgets the strings of the value walked before', () => {
    found({ name: 'First', summary: 'Longer', nested: { deep: ['a', 'b', 'c'] } });
    expect(found({ nested: { name: 'Second' } })).toEqual([['name', 'Second', '/nested/name']]);
  });

  it('walks a value once however often it is asked', () => {
    const value = { name: 'Club' };
    expect(stringsOf(value)).toBe(stringsOf(value));
    expect(stringsOf(value).count).toBe(1);
  });
});
