'use strict';
// Printing to A4 (SPEC §3.6 for documents, the handout for conferences): the PDF Chromium
// makes is A4 (595×842 pt, checked with poppler's pdfinfo) and has the number of pages its
// content calls for.
//
// The expected page count is measured, not hard-coded, so that it follows the example texts:
// the page is laid out for print at the width of the A4 text area (page minus the @page
// margins the stylesheets give); the content is cut at every forced page break
// (`break-before: page`, e.g. each part of a handout); each piece needs ceil(height / text-area
// height) pages. That is a lower bound: the PDF cannot have fewer pages than its content
// fills. Keeping blocks whole (`break-inside: avoid` on table rows, a profile, the signature
// block) leaves the rest of a page empty, so up to a quarter more pages (at least one) is
// allowed. Anything outside that range means the print layout broke: a blank page, a clipped
// text area, a page size other than A4.

const { execFileSync } = require('child_process');
const path = require('path');

const A4 = { width: 595.28, height: 841.89 };
const MM = 96 / 25.4;

/** In the browser, under print media: the text area, the pieces between forced breaks, and clipped boxes. */
function measurePrint(mm) {
  const toPx = (v, fallback) => {
    const m = /^(-?[\d.]+)(mm|cm|in|pt|px)$/.exec((v || '').trim());
    if (!m) return fallback;
    const n = parseFloat(m[1]);
    return n * { mm, cm: 10 * mm, in: 96, pt: 96 / 72, px: 1 }[m[2]];
  };
  // The @page margins in effect: the last rule without a page selector wins, as in the cascade.
  const margins = { top: 10 * mm, right: 10 * mm, bottom: 10 * mm, left: 10 * mm };
  const visit = (rules) => {
    for (const r of rules) {
      if (r instanceof CSSPageRule && !r.selectorText) {
        margins.top = toPx(r.style.marginTop, margins.top);
        margins.right = toPx(r.style.marginRight, margins.right);
        margins.bottom = toPx(r.style.marginBottom, margins.bottom);
        margins.left = toPx(r.style.marginLeft, margins.left);
      } else if (r instanceof CSSMediaRule && /print|all/.test(r.conditionText)) {
        visit(r.cssRules);
      }
    }
  };
  for (const sheet of document.styleSheets) {
    const media = sheet.media.mediaText;
    if (media && !/print|all/.test(media)) continue;
    try {
      visit(sheet.cssRules);
    } catch (_) {
      // A stylesheet from another origin: not readable, and not part of our sites.
    }
  }
  const breaks = [...document.body.querySelectorAll('*')]
    .filter((el) => ['page', 'always', 'left', 'right'].includes(getComputedStyle(el).breakBefore))
    .filter((el) => el.getBoundingClientRect().height > 0)
    .map((el) => el.getBoundingClientRect().top + window.scrollY);
  const end = document.documentElement.scrollHeight;
  const cuts = [0, ...breaks.filter((y) => y > 1), end];
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) pieces.push(cuts[i + 1] - cuts[i]);
  const clipped = [...document.body.querySelectorAll('*')]
    .filter((el) => {
      const s = getComputedStyle(el);
      // Boxes one pixel wide are the visually-hidden text for screen readers, clipped on purpose.
      const scrolls = s.overflowX !== 'visible' || s.overflowY !== 'visible';
      return scrolls && el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1;
    })
    .slice(0, 5)
    .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).replace(/ /g, '.')} (${el.scrollWidth}px of content in ${el.clientWidth}px)`);
  return { margins, pieces, clipped };
}

/** Page count and page sizes (in points) of a PDF, read by pdfinfo. */
function pdfInfo(file) {
  const text = execFileSync('pdfinfo', ['-l', '-1', file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(text)[1]);
  const sizes = [...text.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  return { pages, sizes };
}

/** Prints the page at `url` to `pdfDir/<name>.pdf` and checks it. */
async function checkPrint(page, url, name, pdfDir, report) {
  const problems = [];
  await page.emulateMedia({ media: 'print' });
  await page.goto(url, { waitUntil: 'load' });
  let m = await page.evaluate(measurePrint, MM);
  const width = Math.floor(210 * MM - m.margins.left - m.margins.right);
  await page.setViewportSize({ width, height: 1000 });
  m = await page.evaluate(measurePrint, MM);
  const textHeight = 297 * MM - m.margins.top - m.margins.bottom;
  // 2 % slack: the print engine and this measurement may break a line differently.
  const expected = m.pieces.reduce((n, h) => n + Math.max(1, Math.ceil(h / textHeight - 0.02)), 0);
  const allowed = expected + Math.max(1, Math.ceil(expected / 4));
  for (const c of m.clipped) problems.push(`cut off in print: ${c}`);

  const file = path.join(pdfDir, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const info = pdfInfo(file);
  info.sizes.forEach((s, i) => {
    if (Math.abs(s.width - A4.width) > 1 || Math.abs(s.height - A4.height) > 1) {
      problems.push(`page ${i + 1} is ${s.width}×${s.height} pt, not A4 (595×842)`);
    }
  });
  if (info.sizes.length !== info.pages) problems.push(`pdfinfo listed ${info.sizes.length} page sizes for ${info.pages} pages`);
  if (info.pages < expected || info.pages > allowed) {
    problems.push(`${info.pages} pages, expected ${expected}–${allowed} (content ${m.pieces.map((h) => Math.round(h)).join('+')}px, text area ${Math.round(textHeight)}px a page)`);
  }
  const counted = `${info.pages} pages, expected ${expected}–${allowed} from ${m.pieces.length} part(s) of the layout`;
  report.check(`print: ${name} is A4 (${counted})`, problems);
}

/**
 * Certificates (SPEC §9.4): printed with the page's own CSS page size, every page is A4
 * landscape and there is one page per certificate on the sheet.
 */
async function checkSheets(page, url, name, pdfDir, report) {
  const problems = [];
  await page.emulateMedia({ media: 'print' });
  await page.goto(url, { waitUntil: 'load' });
  const count = await page.evaluate(() => document.querySelectorAll('.certificate').length);
  const file = path.join(pdfDir, `${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const info = pdfInfo(file);
  info.sizes.forEach((s, i) => {
    if (Math.abs(s.width - A4.height) > 1 || Math.abs(s.height - A4.width) > 1) {
      problems.push(`page ${i + 1} is ${s.width}×${s.height} pt, not A4 landscape (842×595)`);
    }
  });
  if (info.pages !== count) problems.push(`${info.pages} pages for ${count} certificates`);
  report.check(`print: ${name} is one A4 landscape page per certificate (${count})`, problems);
}

module.exports = { checkPrint, checkSheets, pdfInfo };
