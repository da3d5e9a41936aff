// Packs the two builds for the stores: dist/chrome as a Chrome Web Store zip and dist/firefox
// as a Firefox .xpi, both with web-ext's build (a zip of the folder), then lints the .xpi
// itself with addons-linter, the linter addons.mozilla.org runs. Run `npm run build` first
// (`npm run package` does). Output: artifacts/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import webExt from 'web-ext';

const repo = resolve(import.meta.dirname, '..');
const out = resolve(repo, 'artifacts');
const { version } = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8'));

const targets = [
  { dir: 'dist/chrome', file: `claimscope-chrome-${version}.zip` },
  { dir: 'dist/firefox', file: `claimscope-firefox-${version}.xpi` },
];

for (const { dir } of targets) {
  if (!existsSync(resolve(repo, dir, 'manifest.json'))) {
    console.error(`${dir} is missing: run "npm run build" first.`);
    process.exit(1);
  }
}
mkdirSync(out, { recursive: true });
for (const { dir, file } of targets) {
  rmSync(resolve(out, file), { force: true });
  const { extensionPath } = await webExt.cmd.build({ sourceDir: resolve(repo, dir), artifactsDir: out, filename: file, overwriteDest: true }, { shouldExitProgram: false, showReadyMessage: false });
  console.log(`packed ${dir} -> ${extensionPath}`);
}

// The store's own check, on the package a user would install.
const xpi = resolve(out, targets[1].file);
execFileSync(resolve(repo, 'node_modules/.bin/addons-linter'), ['--self-hosted=false', xpi], { stdio: 'inherit' });
