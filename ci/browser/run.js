#!/usr/bin/env node
'use strict';
// The browser half of ci/browser-checks.sh: opens the built site in headless Chromium (Debian's,
// driven by playwright-core) and checks accessibility, layout, links from disk and printing.
//
// Usage: node run.js <built site> <screenshots folder> [<handout checker>]
// Prints one line per check and closes with `RESULT <passed> <failed>`.

const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const { Report } = require('./lib/report');
const { choosePages } = require('./lib/pages');
const { checkAxe } = require('./lib/axe');
const { checkLayout } = require('./lib/layout');
const { checkLinks } = require('./lib/links');
const { checkPrint } = require('./lib/print');

// The machine has no internet and may run as root: no sandbox, nothing that phones home.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Pages whose links are followed from file:// (the entrances a reader starts from). */
const LINKED = ['home', 'campaign', 'scoreboard'];
/** Pages printed to PDF. */
const PRINTED = ['document', 'handout'];

async function main() {
  const [site, shots, handoutChecker] = process.argv.slice(2).map((p) => p && path.resolve(p));
  if (!site || !shots) {
    console.error('usage: node run.js <built site> <screenshots folder> [<handout checker>]');
    process.exit(2);
  }
  fs.mkdirSync(shots, { recursive: true });
  const report = new Report();
  const { pages } = choosePages(site);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    for (const p of pages) {
      if (!p.rel) {
        report.skip(p.name, 'the site has no such page yet');
        continue;
      }
      const url = pathToFileURL(path.join(site, p.rel)).href;
      console.log(`-- ${p.name}: ${p.rel}`);
      errors.length = 0;
      await checkLayout(page, url, p.name, shots, report);
      await checkAxe(page, p.name, report);
      if (LINKED.includes(p.name)) await checkLinks(page, p.name, report);
      if (PRINTED.includes(p.name)) {
        await checkPrint(page, url, p.name, shots, report, p.name === 'handout' ? handoutChecker : null);
      }
      report.check(`scripts: ${p.name} runs without errors in the console`, [...errors]);
    }
  } finally {
    await browser.close();
  }
  report.summary();
}

main().catch((e) => {
  console.error(e);
  console.log('RESULT 0 1');
  process.exit(1);
});
