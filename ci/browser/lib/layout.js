'use strict';
// Layout on a phone and on a laptop: the page itself never scrolls sideways; a table wider
// than the screen scrolls inside its own box (the theme's `.table-scroll`, or a prose table
// that is its own scroll box). A screenshot of every page and size is kept for people to look at.

const path = require('path');

const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

/** Problems of the layout of the page as it is now, measured in the browser. */
function measure() {
  const problems = [];
  const vw = window.innerWidth;
  const de = document.documentElement;
  if (de.scrollWidth > vw) {
    // Name the widest culprits to make the failure actionable.
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > vw + 0.5)
      .filter((el) => {
        for (let a = el.parentElement; a; a = a.parentElement) {
          const o = getComputedStyle(a).overflowX;
          if (o !== 'visible' && o !== 'clip') return false;
        }
        return true;
      })
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).replace(/ /g, '.') : ''}`);
    problems.push(`the page is ${de.scrollWidth}px wide in a ${vw}px window (${wide.join(', ')})`);
  }
  document.querySelectorAll('table').forEach((table, i) => {
    let box = null;
    for (let el = table; el; el = el.parentElement) {
      const o = getComputedStyle(el).overflowX;
      if (o === 'auto' || o === 'scroll') {
        box = el;
        break;
      }
    }
    const right = table.getBoundingClientRect().right;
    if (!box) {
      if (right > vw + 0.5) problems.push(`table #${i + 1} is wider than the window and has no scroll box`);
      return;
    }
    const r = box.getBoundingClientRect();
    if (r.right > vw + 0.5 || r.left < -0.5) {
      problems.push(`the scroll box of table #${i + 1} reaches outside the window (${Math.round(r.left)}–${Math.round(r.right)}px)`);
    }
  });
  return problems;
}

/** Loads the page at each size, checks its layout and saves a full-page screenshot. */
async function checkLayout(page, url, name, shots, report) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.goto(url, { waitUntil: 'load' });
    const problems = await page.evaluate(measure);
    const file = path.join(shots, `${name}-${size.width}x${size.height}.png`);
    await page.screenshot({ path: file, fullPage: true });
    report.check(`layout: ${name} at ${size.width}×${size.height} has no horizontal overflow`, problems);
  }
}

module.exports = { checkLayout, SIZES };
