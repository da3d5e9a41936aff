import { describe, expect, it } from 'vitest';
import { parseSourceDocument } from '../../src/core/document/sourceDocument';

describe('inline metadata at the start of a body', () => {
  it('is taken out of the text and gives the date when front matter has none', () => {
    const doc = parseSourceDocument('a', 'a.txt', ' date 2021-06-01 Officials said the bridge would reopen.\n\nMore text.');
    expect(doc.text).toBe('Officials said the bridge would reopen.\n\nMore text.');
    expect(doc.date).toBe('2021-06-01');
  });

  it('keeps the front matter date when both are given, and strips several metadata lines', () => {
    const doc = parseSourceDocument('b', 'b.md', '---\ndate: 2020-01-02\n---\nPublished: 2020-01-03T10:00Z\nUpdated 2020-01-04\nThe council voted.');
    expect(doc.text).toBe('The council voted.');
    expect(doc.date).toBe('2020-01-02');
  });

  it('leaves prose that merely starts with such a word alone', () => {
    const doc = parseSourceDocument('c', 'c.txt', 'Date palms grew well in 2020-era greenhouses.');
    expect(doc.text).toBe('Date palms grew well in 2020-era greenhouses.');
    expect(doc.date).toBeNull();
  });

  it('still reports a body that is only metadata as empty', () => {
    expect(() => parseSourceDocument('d', 'd.txt', 'date 2020-01-02')).toThrow(/no text/u);
  });
});
