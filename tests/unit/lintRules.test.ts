import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The no-HTML-sink rule is what keeps page and document text out of the HTML parser. This
// proves the repository's own eslint.config.js rejects each sink in src/ (as `npm run lint`
// runs it in CI), so a config change that silently drops the rule fails here.

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function rulesHit(code: string, filePath = 'src/content/__lint_probe__.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('lint: HTML sinks are errors in src/', () => {
  it('fails `el.innerHTML = x` (no-unsanitized and our own rule)', async () => {
    const hit = await rulesHit('export function show(el: HTMLElement, x: string): void {\n  el.innerHTML = x;\n}\n');
    expect(hit).toContain('no-unsanitized/property');
    expect(hit).toContain('no-restricted-syntax');
  });

  it('fails outerHTML, insertAdjacentHTML, document.write and createContextualFragment', async () => {
    const cases: [string, string][] = [
      ['el.outerHTML = x;', 'no-unsanitized/property'],
      ["el.insertAdjacentHTML('beforeend', x);", 'no-unsanitized/method'],
      ['document.write(x);', 'no-unsanitized/method'],
      ['document.createRange().createContextualFragment(x);', 'no-unsanitized/method'],
    ];
    for (const [line, rule] of cases) {
      const hit = await rulesHit(`export function show(el: HTMLElement, x: string): void {\n  ${line}\n}\n`, 'src/popup/__lint_probe__.ts');
      expect(hit, line).toContain(rule);
    }
  });

  it('passes the textContent way we build every UI', async () => {
    expect(await rulesHit("export function show(el: HTMLElement, x: string): void {\n  const p = document.createElement('p');\n  p.textContent = x;\n  el.replaceChildren(p);\n}\n")).toEqual([]);
  });
});
