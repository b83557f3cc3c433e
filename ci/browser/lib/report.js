'use strict';
// Pass/fail bookkeeping shared by every check: one line per result, so that a CI log reads
// like a checklist, and a machine-readable closing line for ci/browser-checks.sh to add up.

class Report {
  constructor() {
    this.passed = 0;
    this.failed = 0;
  }

  /** Records one check: `problems` empty means it passed; otherwise each problem is listed. */
  check(name, problems) {
    if (problems.length === 0) {
      this.passed += 1;
      console.log(`ok   ${name}`);
    } else {
      this.failed += 1;
      console.log(`FAIL ${name}`);
      for (const p of problems.slice(0, 20)) console.log(`       ${p}`);
      if (problems.length > 20) console.log(`       … and ${problems.length - 20} more`);
    }
  }

  /** A check that could not run because its page is not part of the site yet. */
  skip(name, why) {
    console.log(`skip ${name}: ${why}`);
  }

  /** The line ci/browser-checks.sh reads. */
  summary() {
    console.log(`RESULT ${this.passed} ${this.failed}`);
  }
}

module.exports = { Report };
