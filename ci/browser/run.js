#!/usr/bin/env node
'use strict';
// The browser half of ci/browser-checks.sh: opens the built site in headless Chromium (Debian's,
// driven by playwright-core) and checks accessibility, layout, links from disk and printing.
//
// Usage: node run.js --site DIR --shots DIR [--inert DIR]
//   --site   the built example site
//   --shots  where screenshots and PDFs go
//   --inert  the built escaping site (tests/fixtures/escaping/)
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
const { checkPrint, checkSheets } = require('./lib/print');
const { checkInert } = require('./lib/inert');

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
const PRINTED = ['document', 'handout', 'decision'];

/** `--name value` pairs, paths made absolute. */
function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) return null;
    args[argv[i].slice(2)] = path.resolve(argv[i + 1]);
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args || !args.site || !args.shots) {
    console.error('usage: node run.js --site DIR --shots DIR [--inert DIR]');
    process.exit(2);
  }
  const { site, shots } = args;
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
      if (LINKED.includes(p.kind)) await checkLinks(page, p.name, report);
      if (PRINTED.includes(p.kind)) {
        await checkPrint(page, url, p.name, shots, report);
      }
      if (p.kind === 'certificates') await checkSheets(page, url, p.name, shots, report);
      report.check(`scripts: ${p.name} runs without errors in the console`, [...errors]);
    }
    if (args.inert) {
      console.log(`-- escaping site: ${args.inert}`);
      await checkInert(browser, args.inert, report);
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
