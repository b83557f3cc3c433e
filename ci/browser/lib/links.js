'use strict';
// Links from disk: the site is opened straight from file://, so every link must lead to a
// file that exists (a folder would show a listing, or nothing, instead of its index.html).

const fs = require('fs');
const { fileURLToPath } = require('url');

/** Checks every link and resource of the page open at a file:// address. */
async function checkLinks(page, name, report) {
  const refs = await page.evaluate(() => {
    const out = [];
    document.querySelectorAll('a[href], link[href]').forEach((el) => out.push([el.getAttribute('href'), el.href]));
    document.querySelectorAll('[src]').forEach((el) => out.push([el.getAttribute('src'), el.src]));
    return out;
  });
  const problems = [];
  let files = 0;
  for (const [raw, resolved] of refs) {
    const url = new URL(resolved);
    if (url.protocol !== 'file:') {
      if (!['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol)) {
        problems.push(`${raw}: unexpected scheme ${url.protocol}`);
      }
      continue;
    }
    url.hash = '';
    url.search = '';
    const file = fileURLToPath(url);
    files += 1;
    if (!fs.existsSync(file)) problems.push(`${raw} → ${file} does not exist`);
    else if (!fs.statSync(file).isFile()) problems.push(`${raw} → ${file} is a folder, not a page`);
  }
  if (files === 0) problems.push('no links found on the page');
  report.check(`links from file://: every one of ${files} links on ${name} leads to a file`, problems);
}

module.exports = { checkLinks };
