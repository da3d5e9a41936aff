import { describe, expect, it } from 'vitest';
import { documentFromFields, documentFromFile, SourceInputError } from '../../src/sidepanel/sourceInput';

// What the side panel makes of a file or pasted text before extraction: a clear refusal for
// what is not an article's text, and the reader's metadata kept as given (null where empty).

const file = (name: string, bytes: BlobPart): File => new File([bytes], name);

describe('adding a file', () => {
  it('reads a text file with front matter, its id from the URL', async () => {
    const doc = await documentFromFile(file('ferry.md', '---\ntitle: Ferry back in June\nurl: https://isles.example/ferry\n---\nOfficials in Lisbon said the ferry to Madeira would resume in June.\n'));
    expect(doc).toMatchObject({ title: 'Ferry back in June', url: 'https://isles.example/ferry', outlet: null, date: null });
    expect(doc.id).toMatch(/^reader-[0-9a-f]{8}$/u);
    expect(doc.text).toMatch(/^Officials in Lisbon/u);
  });

  it('refuses a binary file, a file that is not UTF-8, an empty file and other kinds of file, saying so', async () => {
    const cases: [File, RegExp][] = [
      [file('photo.txt', new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x01])), /binary/u],
      [file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72])), /not text/u],
      [file('empty.md', '  \n'), /no text/u],
      [file('report.pdf', '%PDF-1.7'), /reads \.txt, \.md and \.html/u],
    ];
    for (const [f, message] of cases) {
      const reading = documentFromFile(f);
      await expect(reading).rejects.toThrow(SourceInputError);
      await expect(documentFromFile(f)).rejects.toThrow(message);
    }
  });
});

describe('pasting text', () => {
  it('keeps the reader’s fields, empty ones unknown', () => {
    const doc = documentFromFields({ title: ' Ferry ', outlet: '', date: '2026-10-01', url: '', text: 'Officials said the ferry would resume in June.' });
    expect(doc).toMatchObject({ title: 'Ferry', outlet: null, date: '2026-10-01', url: null, text: 'Officials said the ferry would resume in June.' });
  });

  it('refuses empty text and a date not written YYYY-MM-DD', () => {
    expect(() => documentFromFields({ title: 'x', outlet: '', date: '', url: '', text: '   ' })).toThrow(/no text to add/u);
    expect(() => documentFromFields({ title: '', outlet: '', date: '1 Oct 2026', url: '', text: 'Some text.' })).toThrow(/YYYY-MM-DD/u);
  });
});
