import { describe, expect, it } from 'vitest';
import type { ClaimView, DocumentView } from '../../src/shared/claimView';
import { claimAsMarkdown, claimAsText, claimsAsCsv, claimsAsJsonLd, webAnnotations } from '../../src/shared/exports';

const dated: DocumentView = { id: 'd1', title: null, outlet: 'Harbour Ledger', date: '2023-04-02', url: 'https://news.example/a', opening: 'The harbour' };
const bare: DocumentView = { id: 'd2', title: null, outlet: null, date: null, url: null, opening: 'Ferries resumed' };
const claim: ClaimView = {
  id: 'c1',
  text: 'The port will reopen on Monday.',
  asserted: [{ actor: 'Mayor Ana Ruiz', role: 'mayor', stance: 'asserts', quote: 'We reopen on Monday, "rain or shine"', quoteKind: 'own-words', document: dated }],
  deniedOrDisputed: [{ actor: 'Dock *union*', role: null, stance: 'disputes', quote: 'Not before the inspection, line\nbreak', quoteKind: 'reported', document: bare }],
};

describe('copying a claim', () => {
  it('as text: the claim, each side, each quote with its citation and what is unknown', () => {
    const text = claimAsText(claim);
    expect(text).toContain('Claim: The port will reopen on Monday.');
    expect(text).toContain('- Mayor Ana Ruiz (mayor): “We reopen on Monday, "rain or shine"” (Harbour Ledger, 2023-04-02, https://news.example/a)');
    // The reporter's account is never put in quotation marks as the speaker's words.
    expect(text).toContain('- Dock *union* [disputes]: in the reporter’s words, Not before the inspection, line\nbreak (“Ferries resumed”, outlet unknown, date unknown)');
    expect(text).not.toContain('“Not before');
  });

  it('as Markdown: escapes markup in quotes and names, links documents that have a URL', () => {
    const md = claimAsMarkdown(claim);
    expect(md).toContain('## Claim: The port will reopen on Monday.');
    expect(md).toContain('[Harbour Ledger, 2023-04-02](https://news.example/a)');
    expect(md).toContain('**Dock \\*union\\*** _(disputes)_: in the reporter’s words, Not before');
    expect(md).toContain('**Mayor Ana Ruiz (mayor)**: “We reopen on Monday, "rain or shine"”');
  });
});

describe('exporting claims', () => {
  it('as CSV: one row per attribution, fields with commas, quotes and line breaks quoted (RFC 4180)', () => {
    const rows = claimsAsCsv([claim]).split('\r\n');
    expect(rows[0]).toBe('claim_id,claim,stance,actor,role,quote,quote_kind,document_id,document,outlet,date,url');
    expect(rows[1]).toBe('c1,The port will reopen on Monday.,asserts,Mayor Ana Ruiz,mayor,"We reopen on Monday, ""rain or shine""",own-words,d1,"Harbour Ledger, 2023-04-02",Harbour Ledger,2023-04-02,https://news.example/a');
    expect(rows[2]).toBe('c1,The port will reopen on Monday.,disputes,Dock *union*,,"Not before the inspection, line\nbreak",reported,d2,“Ferries resumed”,,,');
  });

  it('as schema.org JSON-LD: a Claim with author and appearances, and no rating', () => {
    const doc = JSON.parse(claimsAsJsonLd([claim]));
    const node = doc['@graph'][0];
    expect(node['@type']).toBe('Claim');
    expect(node.author).toEqual([{ '@type': 'Thing', name: 'Mayor Ana Ruiz' }]);
    expect(node.appearance.map((a: { description: string }) => a.description)).toEqual(['Mayor Ana Ruiz asserts the claim', 'Dock *union* disputes the claim, in the reporter’s words']);
    // Only the speaker's own words are a Quotation with the speaker as its creator.
    expect(node.appearance.map((a: { '@type': string; creator?: unknown }) => [a['@type'], a.creator !== undefined])).toEqual([['Quotation', true], ['CreativeWork', false]]);
    expect(node.appearance[0].isPartOf).toEqual({ '@type': 'CreativeWork', name: 'Harbour Ledger, 2023-04-02', publisher: { '@type': 'Organization', name: 'Harbour Ledger' }, datePublished: '2023-04-02', url: 'https://news.example/a' });
    expect(JSON.stringify(doc)).not.toMatch(/Rating|ClaimReview/u);
  });

  it('as W3C Web Annotations: a quote selector and a position selector per sentence, the claim in the body', () => {
    const page = { url: 'https://paper.example/story', title: 'Story', targets: [{ claimId: 'c1', stance: 'denies' as const, exact: 'The port stays shut.', prefix: 'Officials said. ', suffix: ' More', start: 120, end: 140 }] };
    const doc = JSON.parse(webAnnotations(page, new Map([['c1', claim]]), '2024-01-01T00:00:00.000Z'));
    expect(doc.type).toBe('AnnotationCollection');
    const [item] = doc.first.items;
    expect(item.target).toEqual({
      source: 'https://paper.example/story',
      selector: [
        { type: 'TextQuoteSelector', exact: 'The port stays shut.', prefix: 'Officials said. ', suffix: ' More' },
        { type: 'TextPositionSelector', start: 120, end: 140 },
      ],
    });
    expect(item.body.value).toBe('This sentence reports a denial of the claim: The port will reopen on Monday. (asserted by Mayor Ana Ruiz; denied or disputed by Dock *union*)');
  });
});
