'use strict';
// Accessibility: axe-core, injected into the page as it is, reporting serious and critical
// violations (minor and moderate ones are printed as notes, not failures).

const AXE = require.resolve('axe-core/axe.min.js');

/** Runs axe-core on an open page and records the result. */
async function checkAxe(page, name, report) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    // No preload: axe would fetch the stylesheets again with XMLHttpRequest, which file://
    // forbids; the rules that need them are about orientation locks this theme never sets.
    const r = await axe.run(document, { resultTypes: ['violations'], preload: false });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      count: v.nodes.length,
    }));
  });
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of result.filter((x) => !bad.includes(x))) {
    console.log(`       note: ${name}: axe ${v.impact} ${v.id} (${v.count}×): ${v.help}`);
  }
  report.check(
    `axe-core: ${name} has no serious or critical violation`,
    bad.map((v) => `${v.impact} ${v.id} (${v.count}×): ${v.help} — ${v.targets.join(' | ')}`),
  );
}

module.exports = { checkAxe };
