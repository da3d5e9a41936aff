import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { HIGHLIGHT_CSS } from './src/content/highlightRules';

/** The targets we package for: `vite build --mode chrome|firefox`. */
type Target = 'chrome' | 'firefox';

const SIDE_PANEL_PAGE = 'src/sidepanel/index.html';
/** The first-run page, opened by the background on install; not named in the manifest, so listed as a build input. */
const WELCOME_PAGE = 'src/welcome/index.html';
const CONTENT_SCRIPT = 'src/content/main.ts';
const INDEX_FILE = 'assets/claim-index.json';
/** The related-terms table, for building the reader's own sources in the extension as `npm run index` builds the bundled ones. */
const RELATED_TERMS_FILE = 'assets/lexicon/related-terms.json';

/**
 * The add-on's permanent id for addons.mozilla.org: a GUID, the form Mozilla accepts that
 * claims no domain. It must never change once published, or users lose their updates.
 */
const GECKO_ID = '{cba89f92-53b4-4f17-8261-7d232e9d7d1d}';

/** Firefox has sidebar_action instead of side_panel, background scripts instead of a worker, and needs a gecko id. */
function firefoxManifest(): Record<string, unknown> {
  const { side_panel: _panel, background, permissions, ...rest } = structuredClone(baseManifest);
  return {
    ...rest,
    permissions: permissions.filter((p) => p !== 'sidePanel'),
    background: { scripts: [background.service_worker], type: 'module' },
    sidebar_action: { default_panel: SIDE_PANEL_PAGE, default_title: 'Claimscope sources', open_at_install: false },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/** Where the package carries the ::highlight() rules. */
const HIGHLIGHT_CSS_FILE = 'assets/highlights.css';

/**
 * Declares the ::highlight() rules in the built manifest as a stylesheet for the content
 * script's pages, written from HIGHLIGHT_CSS, at document_start (Firefox injects a content
 * script's stylesheet at its run_at time, and document_idle comes after the page was styled).
 * The browser then loads them with the page's own styles, before its first style pass; a sheet
 * added after the page has been styled makes the browser restyle the whole document once more.
 * Without registered ranges the rules draw nothing. Done on the written files: crxjs only takes
 * stylesheets that exist as source files, and this one is generated.
 */
function declareHighlightCss(): Plugin {
  let outDir = '';
  return {
    name: 'claimscope:highlight-css',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      writeFileSync(join(outDir, HIGHLIGHT_CSS_FILE), HIGHLIGHT_CSS);
      const file = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { content_scripts?: { js?: string[]; css?: string[]; matches?: string[]; run_at?: string }[] };
      const scripts = manifest.content_scripts ?? [];
      manifest.content_scripts = [...scripts, ...scripts.map(({ matches }) => ({ matches, css: [HIGHLIGHT_CSS_FILE], run_at: 'document_start' }))];
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

/** Copies the prebuilt claim index into the package; a missing index is left out so the extension reports it clearly. */
function bundleClaimIndex(): Plugin {
  return {
    name: 'claimscope:claim-index',
    generateBundle() {
      const file = resolve(import.meta.dirname, INDEX_FILE);
      if (!existsSync(file)) {
        this.warn(`${INDEX_FILE} is missing: run "npm run index". The extension will say the index is missing.`);
        return;
      }
      this.emitFile({ type: 'asset', fileName: INDEX_FILE, source: readFileSync(file) });
    },
  };
}

/**
 * Copies the related-terms table into the package without its prose `about` field: what
 * building a reader's source needs (verbs, rarity, related stems), fetched only when one is added.
 */
function bundleRelatedTerms(): Plugin {
  return {
    name: 'claimscope:related-terms',
    generateBundle() {
      const { about: _about, ...table } = JSON.parse(readFileSync(resolve(import.meta.dirname, RELATED_TERMS_FILE), 'utf8')) as Record<string, unknown>;
      this.emitFile({ type: 'asset', fileName: RELATED_TERMS_FILE, source: JSON.stringify(table) });
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const manifest = (target === 'firefox' ? firefoxManifest() : baseManifest) as ManifestV3Export;
  return {
    publicDir: false,
    plugins: [
      crx({
        manifest,
        browser: target,
        // One self-contained content script: no loader, no web_accessible_resources exposed to pages.
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
      }),
      bundleClaimIndex(),
      bundleRelatedTerms(),
      declareHighlightCss(),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // crxjs only knows Chrome's side_panel; the panel page is listed here so Firefox's sidebar_action finds it too.
      // The first-run page is opened by URL from the background, so it is an input too.
      rollupOptions: { input: { sidepanel: resolve(import.meta.dirname, SIDE_PANEL_PAGE), welcome: resolve(import.meta.dirname, WELCOME_PAGE) } },
    },
  };
});
