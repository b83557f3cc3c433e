//! `decision.docx` (SPEC §9.4): the draft decision of an award rule as a Word document that
//! Word and LibreOffice open and the office edits before signing.
//!
//! A `.docx` is a zip of a few XML parts; they are written here directly (WordprocessingML,
//! ECMA-376) rather than through a document library: the layout is fixed (the Decree 30
//! blocks, the articles, the attached list), the parts are short, and the zip crate is
//! already built for `results.xlsx`. The bytes are deterministic: entries in a fixed order,
//! each dated 1980-01-01, no clock anywhere.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::diag::Diagnostic;
use crate::render::engine::words::Words;
use crate::render::parts::decisions::{DecisionDraft, decision_draft};
use crate::render::reads::Input;
use crate::render::{Files, Renderer};
use crate::routes;
use crate::site::Site;

/// It is made from the same parts as the decision's page.
pub fn reads(site: &Site, ci: usize) -> Vec<Input> {
    crate::render::pages::decision::reads(site, ci)
}

/// Writes `decision.docx` of the `k`-th award rule (from 1) of the `ci`-th campaign.
pub fn render(r: &Renderer, ci: usize, k: usize) -> Result<Files, Diagnostic> {
    let scored = &r.site.campaigns[ci];
    Ok(decision_draft(r.words, r.site, scored, k)
        .map(|d| {
            (
                routes::decision_docx(&scored.campaign.id, k),
                docx(r.words, &d),
            )
        })
        .into_iter()
        .collect())
}

/// The `.docx` bytes of a draft decision.
pub fn docx(w: &Words, d: &DecisionDraft) -> Vec<u8> {
    let parts: [(&str, String); 5] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", ROOT_RELS.to_string()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_string()),
        ("word/styles.xml", STYLES.to_string()),
        ("word/document.xml", document_xml(w, d)),
    ];
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    for (name, text) in parts {
        zip.start_file(name, options)
            .and_then(|()| zip.write_all(text.as_bytes()).map_err(Into::into))
            .expect("writing a zip in memory cannot fail");
    }
    zip.finish()
        .expect("writing a zip in memory cannot fail")
        .into_inner()
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

/// Times New Roman 14 pt (Decree 30), single spacing with 6 pt after each paragraph.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"#;

/// How a paragraph looks.
#[derive(Clone, Copy, Default)]
struct Look {
    center: bool,
    justify: bool,
    bold: bool,
    italic: bool,
    /// Size in half-points; 0 for the default 14 pt.
    size: u32,
    /// First-line indent in twentieths of a point.
    indent: u32,
}

const CENTER: Look = Look {
    center: true,
    justify: false,
    bold: false,
    italic: false,
    size: 0,
    indent: 0,
};

/// XML text without the control characters XML 1.0 does not allow.
fn esc(s: &str) -> String {
    let clean: String = s
        .chars()
        .filter(|c| !c.is_control() || *c == '\t')
        .collect();
    super::feeds::xml_escape(&clean)
}

fn run(text: &str, look: Look) -> String {
    let mut props = String::new();
    if look.bold {
        props.push_str("<w:b/>");
    }
    if look.italic {
        props.push_str("<w:i/>");
    }
    if look.size > 0 {
        props.push_str(&format!(
            "<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>",
            look.size
        ));
    }
    format!(
        "<w:r><w:rPr>{props}</w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>",
        esc(text)
    )
}

fn para_runs(runs: &str, look: Look) -> String {
    let mut props = String::new();
    if look.center {
        props.push_str("<w:jc w:val=\"center\"/>");
    } else if look.justify {
        props.push_str("<w:jc w:val=\"both\"/>");
    }
    if look.indent > 0 {
        props.push_str(&format!("<w:ind w:firstLine=\"{}\"/>", look.indent));
    }
    format!("<w:p><w:pPr><w:spacing w:after=\"60\"/>{props}</w:pPr>{runs}</w:p>")
}

fn para(text: &str, look: Look) -> String {
    para_runs(&run(text, look), look)
}

/// A table cell of `width` twentieths of a point holding `content` (paragraphs).
fn cell(width: u32, content: &str) -> String {
    format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>{content}</w:tc>")
}

/// A table without borders, its columns `widths` wide.
fn layout_table(widths: &[u32], cells: &[String]) -> String {
    let grid: String = widths
        .iter()
        .map(|w| format!("<w:gridCol w:w=\"{w}\"/>"))
        .collect();
    format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid><w:tr>{}</w:tr></w:tbl>",
        widths.iter().sum::<u32>(),
        cells.concat()
    )
}

/// The text width of the page: A4 (11906) less 30 mm and 15 mm margins (1701 + 851).
const TEXT_WIDTH: u32 = 9354;

fn document_xml(w: &Words, d: &DecisionDraft) -> String {
    let doc = &d.document;
    let bold_center = Look {
        bold: true,
        ..CENTER
    };
    let mut body = String::new();
    let draft = run(
        w.decision_draft,
        Look {
            bold: true,
            size: 24,
            ..Look::default()
        },
    );
    body.push_str(&format!(
        "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr>{draft}</w:p>"
    ));
    // The header: issuer and number on the left, the motto and the place and date on the right.
    let mut left = String::new();
    if let Some(parent) = &doc.parent {
        left.push_str(&para(parent, Look { size: 26, ..CENTER }));
    }
    left.push_str(&para(
        &doc.issuer,
        Look {
            size: 26,
            ..bold_center
        },
    ));
    left.push_str(&para(
        &format!("{}: {}", w.number, doc.number),
        Look { size: 26, ..CENTER },
    ));
    let mut right = String::new();
    right.push_str(&para(
        w.national_name,
        Look {
            size: 26,
            ..bold_center
        },
    ));
    right.push_str(&para(w.national_motto, bold_center));
    right.push_str(&para(
        &doc.place_date,
        Look {
            italic: true,
            ..CENTER
        },
    ));
    body.push_str(&layout_table(
        &[3600, TEXT_WIDTH - 3600],
        &[cell(3600, &left), cell(TEXT_WIDTH - 3600, &right)],
    ));
    body.push_str(&para("", Look::default()));
    body.push_str(&para(
        doc.doc_type.as_deref().unwrap_or_default(),
        bold_center,
    ));
    body.push_str(&para(&doc.summary, bold_center));
    body.push_str(&para(&d.authority, bold_center));
    let justified = Look {
        justify: true,
        indent: 567,
        ..Look::default()
    };
    for b in &doc.bases {
        body.push_str(&para(
            b,
            Look {
                italic: true,
                ..justified
            },
        ));
    }
    body.push_str(&para("", Look::default()));
    body.push_str(&para(w.decision_decides, bold_center));
    for (number, text) in &d.articles {
        let runs = format!(
            "{}{}",
            run(
                &format!("{number} "),
                Look {
                    bold: true,
                    ..justified
                }
            ),
            run(text, justified)
        );
        body.push_str(&para_runs(&runs, justified));
    }
    // The footer: recipients on the left, the signature on the right.
    let mut recipients = String::new();
    if !doc.recipients.is_empty() {
        recipients.push_str(&para(
            &format!("{}:", w.recipients),
            Look {
                bold: true,
                italic: true,
                size: 24,
                ..Look::default()
            },
        ));
        let last = doc.recipients.len() - 1;
        for (i, r) in doc.recipients.iter().enumerate() {
            let end = if i == last { "." } else { ";" };
            recipients.push_str(&para(
                &format!("- {r}{end}"),
                Look {
                    size: 22,
                    ..Look::default()
                },
            ));
        }
    }
    let mut signer = String::new();
    if let Some(s) = &doc.signer {
        for line in [&s.authority, &s.position] {
            if !line.is_empty() {
                signer.push_str(&para(line, bold_center));
            }
        }
        for _ in 0..4 {
            signer.push_str(&para("", CENTER));
        }
        signer.push_str(&para(&s.name, bold_center));
    }
    body.push_str(&para("", Look::default()));
    body.push_str(&layout_table(
        &[4677, TEXT_WIDTH - 4677],
        &[
            cell(4677, &format!("{recipients}<w:p/>")),
            cell(TEXT_WIDTH - 4677, &format!("{signer}<w:p/>")),
        ],
    ));
    // The attached list, on a page of its own.
    body.push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    body.push_str(&para(&d.list_heading, bold_center));
    body.push_str(&para(&d.list_of, bold_center));
    body.push_str(&para(
        &d.list_attached,
        Look {
            italic: true,
            ..CENTER
        },
    ));
    body.push_str(&winners_table(w, d));
    if d.has_tie {
        body.push_str(&para(
            w.decision_tie_note,
            Look {
                bold: true,
                size: 24,
                ..Look::default()
            },
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    )
}

/// The attached list: one row per winner, a row naming each cluster above its winners.
fn winners_table(w: &Words, d: &DecisionDraft) -> String {
    let widths = [600, 3300, 1100, 1300, 900, TEXT_WIDTH - 7200];
    let small = Look {
        size: 24,
        ..Look::default()
    };
    let row = |texts: [&str; 6], look: Look| -> String {
        let cells: String = texts
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (t, width))| {
                let look = Look {
                    center: i != 1 && i != 5,
                    ..look
                };
                cell(width, &para(t, look))
            })
            .collect();
        format!("<w:tr>{cells}</w:tr>")
    };
    let mut rows = row(
        [
            w.decision_no,
            w.decision_collective,
            w.total_points,
            w.band,
            w.rank,
            w.decision_note,
        ],
        Look {
            bold: true,
            ..small
        },
    );
    for g in &d.groups {
        if !g.cluster.is_empty() {
            rows.push_str(&format!(
                "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"{TEXT_WIDTH}\" w:type=\"dxa\"/><w:gridSpan w:val=\"6\"/></w:tcPr>{}</w:tc></w:tr>",
                para(&g.cluster, Look { bold: true, ..small })
            ));
        }
        for r in &g.rows {
            let name = if r.tied {
                format!("{} (*)", r.name)
            } else {
                r.name.clone()
            };
            let note = if r.tied { w.tie_over_quota } else { "" };
            rows.push_str(&row(
                [
                    &r.number.to_string(),
                    &name,
                    &r.total,
                    &r.band,
                    &r.rank.to_string(),
                    note,
                ],
                small,
            ));
        }
    }
    let grid: String = widths
        .iter()
        .map(|w| format!("<w:gridCol w:w=\"{w}\"/>"))
        .collect();
    let border = |side: &str| {
        format!("<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
    };
    let borders: String = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .iter()
        .map(|s| border(s))
        .collect();
    format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{TEXT_WIDTH}\" w:type=\"dxa\"/><w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>"
    )
}
