import { distinctActors } from '../core/people/actorNames';
import { namesOnSide } from './claimSummary';
import { documentDetails, documentLabel, type AttributionView, type ClaimView, type DocumentView } from './claimView';

/** One highlighted page sentence, located the way W3C Web Annotation selectors locate text. */
export interface AnnotationTarget {
  claimId: string;
  stance: 'states' | 'denies' | 'disputes';
  /** The sentence as the page has it. */
  exact: string;
  /** Up to 32 characters before and after it, for TextQuoteSelector. */
  prefix: string;
  suffix: string;
  /** Offsets into the page body's text content, for TextPositionSelector. */
  start: number;
  end: number;
}

/** What the content script reports for an export: the page and its highlighted sentences. */
export interface PageAnnotations {
  url: string;
  title: string;
  targets: AnnotationTarget[];
}

/** "Report dated 2022-03-15, outlet unknown, https://…": a document as a citation. */
function citation(doc: DocumentView): string {
  return [documentLabel(doc), ...documentDetails(doc), ...(doc.url ? [doc.url] : [])].join(', ');
}

function who(a: AttributionView): string {
  return a.role ? `${a.actor} (${a.role})` : a.actor;
}

/** The speaker's own words in quotation marks; the reporter's account of them never dressed as a quote. */
function quoted(a: AttributionView, escape: (text: string) => string = (t) => t): string {
  return a.quoteKind === 'own-words' ? `“${escape(a.quote)}”` : `in the reporter’s words, ${escape(a.quote)}`;
}

/** A claim with every attribution and its citation, as plain text to paste anywhere. */
export function claimAsText(claim: ClaimView): string {
  const side = (heading: string, list: AttributionView[]): string[] => [
    `${heading}:`,
    ...(list.length ? list.map((a) => `- ${who(a)}${a.stance === 'disputes' ? ' [disputes]' : ''}: ${quoted(a)} (${citation(a.document)})`) : ['- no one in the sources']),
  ];
  return [`Claim: ${claim.text}`, ...side('Asserted by', claim.asserted), ...side('Denied or disputed by', claim.deniedOrDisputed), 'Compiled with Claimscope; quoted and reported words are the documents’ exact text.'].join('\n');
}

/** Markdown special characters escaped, so a quote renders as written. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/gu, '\\$1');
}

/** The same citation as Markdown: bold claim, one list item per attribution, links where a document has a URL. */
export function claimAsMarkdown(claim: ClaimView): string {
  const item = (a: AttributionView): string => {
    const source = a.document.url ? `[${md(citation({ ...a.document, url: null }))}](${a.document.url})` : md(citation(a.document));
    return `- **${md(who(a))}**${a.stance === 'disputes' ? ' _(disputes)_' : ''}: ${quoted(a, md)} — ${source}`;
  };
  const side = (heading: string, list: AttributionView[]): string[] => [`### ${heading}`, '', ...(list.length ? list.map(item) : ['- no one in the sources']), ''];
  return [`## Claim: ${md(claim.text)}`, '', ...side('Asserted by', claim.asserted), ...side('Denied or disputed by', claim.deniedOrDisputed)].join('\n').trimEnd() + '\n';
}

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value: string | null): string {
  const v = value ?? '';
  return /[",\r\n]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v;
}

/** Claims as CSV, one row per attribution, with the document's metadata (empty where unknown). */
export function claimsAsCsv(claims: readonly ClaimView[]): string {
  const header = ['claim_id', 'claim', 'stance', 'actor', 'role', 'quote', 'quote_kind', 'document_id', 'document', 'outlet', 'date', 'url'];
  const rows = claims.flatMap((c) =>
    [...c.asserted, ...c.deniedOrDisputed].map((a) => [c.id, c.text, a.stance, a.actor, a.role, a.quote, a.quoteKind, a.document.id, documentLabel(a.document), a.document.outlet, a.document.date, a.document.url]),
  );
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Claims as schema.org JSON-LD. A verdict is not ours to give, so each is a `Claim`, not a
 * `ClaimReview`: `author` names who asserted it, and each `appearance` is a quotation in a
 * document, saying whether its speaker asserts, denies or disputes the claim. No rating.
 */
export function claimsAsJsonLd(claims: readonly ClaimView[]): string {
  const work = (doc: DocumentView): Record<string, unknown> => ({
    '@type': 'CreativeWork',
    name: documentLabel(doc),
    ...(doc.outlet ? { publisher: { '@type': 'Organization', name: doc.outlet } } : {}),
    ...(doc.date ? { datePublished: doc.date } : {}),
    ...(doc.url ? { url: doc.url } : {}),
  });
  const graph = claims.map((c) => ({
    '@type': 'Claim',
    identifier: c.id,
    text: c.text,
    author: distinctActors(c.asserted.map((a) => a.actor)).map((name) => ({ '@type': 'Thing', name })),
    // The speaker's own words are a Quotation by them; the reporter's account is the document's text, not a quote.
    appearance: [...c.asserted, ...c.deniedOrDisputed].map((a) => ({
      '@type': a.quoteKind === 'own-words' ? 'Quotation' : 'CreativeWork',
      text: a.quote,
      ...(a.quoteKind === 'own-words' ? { creator: { '@type': 'Thing', name: a.actor, ...(a.role ? { description: a.role } : {}) } } : {}),
      description: a.quoteKind === 'own-words' ? `${a.actor} ${a.stance} the claim` : `${a.actor} ${a.stance} the claim, in the reporter’s words`,
      isPartOf: work(a.document),
    })),
  }));
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2) + '\n';
}

const PAGE_STANCE: Record<AnnotationTarget['stance'], string> = { states: 'states', denies: 'reports a denial of', disputes: 'reports a dispute of' };

/**
 * A page's highlights as a W3C Web Annotation collection: each sentence is targeted by a
 * TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (offsets into the
 * body's text), so other annotation tools can anchor it again; the body names the claim.
 */
export function webAnnotations(page: PageAnnotations, claims: ReadonlyMap<string, ClaimView>, created: string): string {
  const items = page.targets.map((t) => {
    const claim = claims.get(t.claimId);
    return {
      id: `urn:uuid:${crypto.randomUUID()}`,
      type: 'Annotation',
      motivation: 'identifying',
      created,
      body: {
        type: 'TextualBody',
        format: 'text/plain',
        purpose: 'describing',
        value: `This sentence ${PAGE_STANCE[t.stance]} the claim: ${claim?.text ?? t.claimId}${claim ? ` (asserted by ${namesOnSide(claim.asserted)}; denied or disputed by ${namesOnSide(claim.deniedOrDisputed)})` : ''}`,
      },
      target: {
        source: page.url,
        selector: [
          { type: 'TextQuoteSelector', exact: t.exact, prefix: t.prefix, suffix: t.suffix },
          { type: 'TextPositionSelector', start: t.start, end: t.end },
        ],
      },
    };
  });
  return JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', label: `Claimscope highlights on ${page.title || page.url}`, total: items.length, first: { type: 'AnnotationPage', items } }, null, 2) + '\n';
}
