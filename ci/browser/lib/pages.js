'use strict';
// Which pages of the built site the browser checks look at. Each kind of page is found by a
// preferred path in the example site, falling back to the first match in sorted order, so the
// checks follow the example data when it changes and turn on by themselves when a kind of page
// (honoree profiles, handouts) lands in the build.

const fs = require('fs');
const path = require('path');

/** Every `index.html` under `dir`, relative to `site`, `/`-separated, sorted. */
function indexPages(site, dir) {
  const out = [];
  const walk = (rel) => {
    const abs = path.join(site, rel);
    if (!fs.existsSync(abs)) return;
    for (const name of fs.readdirSync(abs).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      const st = fs.statSync(path.join(site, child));
      if (st.isDirectory()) walk(child);
      else if (name === 'index.html') out.push(child);
    }
  };
  walk(dir);
  return out;
}

/** The preferred page when it exists, else the first candidate, else null. */
function pick(site, preferred, candidates) {
  if (fs.existsSync(path.join(site, preferred))) return preferred;
  return candidates.length > 0 ? candidates[0] : null;
}

/** True when the page is an official document (SPEC §3.6). */
function isDocument(site, rel) {
  return fs.readFileSync(path.join(site, rel), 'utf8').includes('<article class="document"');
}

/**
 * The pages to check, as {name, rel} where rel (relative to the site root) is null when the
 * site has no such page yet; and every official document of the site.
 */
function choosePages(site) {
  const all = indexPages(site, '');
  const depth = (rel) => rel.split('/').length;
  const documents = all.filter((rel) => isDocument(site, rel));
  const campaigns = all.filter((rel) => /^campaigns\/[^/]+\/index\.html$/.test(rel));
  const boards = all.filter((rel) => /^campaigns\/[^/]+\/[^/]+\/index\.html$/.test(rel));
  const clusterBoards = all.filter(
    (rel) => /^campaigns\/[^/]+\/[^/]+\/[^/]+\/index\.html$/.test(rel) && !rel.includes('/units/'),
  );
  const cards = all.filter((rel) => /^campaigns\/[^/]+\/[^/]+\/units\/[^/]+\/index\.html$/.test(rel));
  const honorees = all.filter((rel) => rel.startsWith('honorees/') && depth(rel) === 3);
  const handouts = all.filter((rel) => /^conferences\/[^/]+\/handout\/index\.html$/.test(rel));
  const decisions = all.filter((rel) => /^campaigns\/[^/]+\/decisions\/\d+\/index\.html$/.test(rel));
  const certificates = all.filter((rel) =>
    /^campaigns\/[^/]+\/certificates\/\d+\/index\.html$/.test(rel),
  );
  const pages = [
    { name: 'home', rel: pick(site, 'index.html', []) },
    {
      name: 'document',
      rel: pick(site, 'van-ban/huong-dan-tong-ket-cum-thi-dua-bien-hoa-2023/index.html', documents),
    },
    { name: 'campaign', rel: pick(site, 'campaigns/bien-hoa-2023/index.html', campaigns) },
    { name: 'scoreboard', rel: pick(site, 'campaigns/bien-hoa-2023/vhtt/index.html', boards) },
    {
      name: 'cluster-scoreboard',
      rel: pick(site, 'campaigns/bien-hoa-2023/vhtt/cum-3/index.html', clusterBoards),
    },
    {
      name: 'scorecard',
      rel: pick(site, 'campaigns/bien-hoa-2023/vhtt/units/bh-tan-hiep/index.html', cards),
    },
    { name: 'honoree', rel: honorees[0] || null },
    { name: 'handout', rel: handouts[0] || null },
    // SPEC §9.4: a draft decision (A4 portrait) and a sheet of certificates (A4 landscape).
    { name: 'decision', rel: pick(site, 'campaigns/bien-hoa-2023/decisions/2/index.html', decisions) },
    { name: 'certificates', rel: pick(site, 'campaigns/bien-hoa-2023/certificates/2/index.html', certificates) },
  ];
  // A site in two languages (`languages: [vi, en]`) mirrors its pages under `en/`: the same
  // kinds of page are checked there too, named `<kind>-en`.
  const english = pages
    .filter((p) => p.rel && fs.existsSync(path.join(site, 'en', p.rel)))
    .map((p) => ({ name: `${p.name}-en`, kind: p.name, rel: `en/${p.rel}` }));
  return { pages: [...pages.map((p) => ({ ...p, kind: p.name })), ...english], documents };
}

module.exports = { choosePages, indexPages, isDocument };
