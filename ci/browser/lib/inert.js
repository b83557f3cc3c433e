'use strict';
// Markup typed into the data (tests/fixtures/escaping/: unit names, notes, titles, honoree
// fields holding <script> and "><img onerror>) must stay text in a real browser too: no page
// of that site opens a dialog, loads the injected image or holds an injected script.

const { pathToFileURL } = require('url');
const path = require('path');
const { indexPages } = require('./pages');

/** Opens every page of the escaping site and records whether any injected code ran. */
async function checkInert(browser, site, report) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  let current = '';
  page.on('dialog', async (d) => {
    problems.push(`${current}: a ${d.type()} dialog opened (${d.message()})`);
    await d.dismiss();
  });
  const pages = indexPages(site, '');
  for (const rel of pages) {
    current = rel;
    await page.goto(pathToFileURL(path.join(site, rel)).href, { waitUntil: 'load' });
    const found = await page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"], img[onerror]').length,
      scripts: [...document.scripts].filter((s) => s.textContent.includes('alert(')).length,
      links: document.querySelectorAll('a[href^="javascript:" i]').length,
    }));
    if (found.images + found.scripts + found.links > 0) {
      problems.push(`${rel}: ${found.images} injected images, ${found.scripts} injected scripts, ${found.links} javascript: links`);
    }
  }
  await context.close();
  report.check(`escaping: none of the ${pages.length} pages of the escaping site runs injected markup`, problems);
}

module.exports = { checkInert };
