//! Spreadsheets as they really arrive (SPEC §7, issue 11): the same scores given as a workbook,
//! as returned scoring forms, and as text in other encodings publish the same numbers as the
//! CSV they came from.

mod common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;

use common::cli::bin;
use common::{copy_site, repo_root};

const CAMPAIGN: &str = "tinh-bien-2024";
const SCORES: &str = "data/campaigns/tinh-bien-2024/scores/vhttdl";

/// Builds the site at `root` with the binary; the results of [`CAMPAIGN`], and what it said.
fn build(root: &Path) -> (String, String) {
    let out = root.join("public");
    let run = bin()
        .args(["build", "--root"])
        .arg(root)
        .arg("--output")
        .arg(&out)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(run.status.success(), "{said}");
    let json = std::fs::read_to_string(out.join(format!("campaigns/{CAMPAIGN}/results.json")))
        .unwrap_or_default();
    (published(&json), said)
}

/// The numbers of a results.json: everything but the list of source files read and their
/// hashes, which name the files themselves.
fn published(json: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    v.as_object_mut().unwrap().remove("sources");
    serde_json::to_string_pretty(&v).unwrap()
}

/// A copy of the example site in a temporary folder.
fn example() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_site(&repo_root(), dir.path());
    dir
}

/// The rows of a comma file without quotes: header, then the rows.
fn rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split(',').map(|c| c.trim().to_string()).collect())
        .collect()
}

/// Fills a form written by `bangvang forms`: the `Điểm` cell (column D) of the row whose
/// `Mã tiêu chí` (column A) is a key of `points` gets its value. The sheet's XML is edited
/// inside the zip, as a spreadsheet program would save it.
fn fill_form(form: &[u8], points: &BTreeMap<String, String>) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(form)).unwrap();
    let mut file = |name: &str| {
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let shared: Vec<String> = file("xl/sharedStrings.xml")
        .split("<si>")
        .skip(1)
        .map(|si| {
            si.split("<t")
                .skip(1)
                .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
                .map(|rest| rest.split("</t>").next().unwrap_or(""))
                .collect::<String>()
        })
        .collect();
    let mut sheet = file("xl/worksheets/sheet1.xml");
    // Row number → criterion id, from the shared strings in column A.
    let mut ids = BTreeMap::new();
    for cell in sheet.split("<c r=\"A").skip(1) {
        let row: String = cell.chars().take_while(char::is_ascii_digit).collect();
        let head = cell.split('>').next().unwrap_or("");
        if head.contains("t=\"s\"")
            && let Some(v) = cell
                .split("<v>")
                .nth(1)
                .and_then(|v| v.split("</v>").next())
        {
            ids.insert(shared[v.parse::<usize>().unwrap()].clone(), row);
        }
    }
    for (id, value) in points {
        let row = &ids[id];
        let start = sheet.find(&format!("<c r=\"D{row}\"")).unwrap();
        let end = start + sheet[start..].find('>').unwrap();
        let head = sheet[start..end].trim_end_matches('/').to_string();
        let close = if sheet[..=end].ends_with("/>") {
            end + 1
        } else {
            end + sheet[end..].find("</c>").unwrap() + 4
        };
        sheet.replace_range(start..close, &format!("{head}><v>{value}</v></c>"));
    }
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            bytes = sheet.clone().into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// Replaces `self.csv` of the rubric by a folder of forms written by `bangvang forms` and
/// filled with the same numbers, each under a name of its own.
fn forms_in_place_of_csv(site: &Path) {
    let forms = site.join("forms-out");
    let run = bin()
        .args(["forms", "--root"])
        .arg(site)
        .arg("--output")
        .arg(&forms)
        .args([
            "--campaign",
            CAMPAIGN,
            "--rubric",
            "vhttdl",
            "--stage",
            "self",
        ])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let csv = site.join(SCORES).join("self.csv");
    let table = rows(&std::fs::read_to_string(&csv).unwrap());
    let folder = site.join(SCORES).join("self");
    std::fs::create_dir_all(&folder).unwrap();
    for row in &table[1..] {
        let points: BTreeMap<String, String> = table[0]
            .iter()
            .zip(row)
            .skip(1)
            .filter(|(h, v)| *h != "note" && !v.is_empty())
            .map(|(h, v)| (h.clone(), v.clone()))
            .collect();
        let form = std::fs::read(forms.join(format!("{CAMPAIGN}/vhttdl/{}.xlsx", row[0]))).unwrap();
        std::fs::write(
            folder.join(format!("phieu tra ve {}.xlsx", row[0])),
            fill_form(&form, &points),
        )
        .unwrap();
    }
    std::fs::remove_file(csv).unwrap();
    std::fs::remove_dir_all(forms).unwrap();
}

#[test]
fn returned_forms_publish_the_numbers_of_the_csv() {
    let site = example();
    let (before, _) = build(site.path());
    assert!(before.contains("tb-nha-bang"));
    forms_in_place_of_csv(site.path());
    let (after, _) = build(site.path());
    assert!(before == after, "the results differ");
}

#[test]
fn two_forms_for_one_unit_are_an_error_naming_both() {
    let site = example();
    forms_in_place_of_csv(site.path());
    let folder = site.path().join(SCORES).join("self");
    std::fs::copy(
        folder.join("phieu tra ve tb-nha-bang.xlsx"),
        folder.join("phieu tra ve tb-nha-bang (2).xlsx"),
    )
    .unwrap();
    std::fs::write(folder.join("ghi chu.txt"), "x").unwrap();
    let run = bin()
        .args(["build", "--root"])
        .arg(site.path())
        .arg("--output")
        .arg(site.path().join("public"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success());
    assert!(
        said.contains("self/phieu tra ve tb-nha-bang.xlsx: the unit `tb-nha-bang` already has the form `data/campaigns/tinh-bien-2024/scores/vhttdl/self/phieu tra ve tb-nha-bang (2).xlsx`")
            || said.contains("(2).xlsx: the unit `tb-nha-bang` already has the form"),
        "{said}"
    );
    assert!(
        said.contains("ghi chu.txt: this file is not a scoring form"),
        "{said}"
    );
}

#[test]
fn a_form_value_out_of_range_is_placed_in_its_cell() {
    let site = example();
    forms_in_place_of_csv(site.path());
    let folder = site.path().join(SCORES).join("self");
    let file = folder.join("phieu tra ve tb-nha-bang.xlsx");
    let points = BTreeMap::from([("1.1".to_string(), "99".to_string())]);
    std::fs::write(&file, fill_form(&std::fs::read(&file).unwrap(), &points)).unwrap();
    let run = bin()
        .args(["build", "--root"])
        .arg(site.path())
        .arg("--output")
        .arg(site.path().join("public"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(
        said.lines()
            .any(|l| l.contains("phieu tra ve tb-nha-bang.xlsx, sheet \"")
                && l.contains("\", cell D")
                && l.contains("`99` is above the maximum of criterion `1.1`")),
        "{said}"
    );
}

/// The score file `self.csv` written again in `bytes`.
fn with_self_csv(bytes: Vec<u8>) -> (String, String) {
    let site = example();
    std::fs::write(site.path().join(SCORES).join("self.csv"), bytes).unwrap();
    build(site.path())
}

#[test]
fn every_encoding_publishes_the_same_numbers() {
    let site = example();
    let (before, _) = build(site.path());
    let text = std::fs::read_to_string(site.path().join(SCORES).join("self.csv")).unwrap();
    let tabs = text.replace(',', "\t");
    let utf16 = |be: bool| -> Vec<u8> {
        let bom: [u8; 2] = if be { [0xFE, 0xFF] } else { [0xFF, 0xFE] };
        bom.into_iter()
            .chain(
                tabs.replace('\n', "\r\n")
                    .encode_utf16()
                    .flat_map(|u| if be { u.to_be_bytes() } else { u.to_le_bytes() }),
            )
            .collect()
    };
    for (name, bytes, warning) in [
        ("UTF-16 LE", utf16(false), "saved as UTF-16 LE"),
        ("UTF-16 BE", utf16(true), "saved as UTF-16 BE"),
        ("CR", text.replace('\n', "\r").into_bytes(), ""),
        ("CRLF", text.replace('\n', "\r\n").into_bytes(), ""),
    ] {
        let (after, said) = with_self_csv(bytes);
        assert!(before == after, "{name}: the results differ");
        assert!(said.contains(warning), "{name}: {said}");
    }
}

#[test]
fn old_encodings_of_the_units_file() {
    // The units file in Windows-1258 (tone marks combining) and in TCVN3: the same names.
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("data")).unwrap();
    std::fs::write(site.path().join("config.yaml"), "title: T\n").unwrap();
    for (bytes, warning) in [
        (
            b"id,name,kind\np1,Ph\xFD\xF5\xCCng 1,phuong\n".to_vec(),
            "Windows-1258",
        ),
        (
            b"id,name,kind\np1,Ph\xAD\xEAng 1,phuong\n".to_vec(),
            "TCVN3",
        ),
    ] {
        std::fs::write(site.path().join("data/units.csv"), bytes).unwrap();
        let run = bin()
            .args(["build", "--root"])
            .arg(site.path())
            .arg("--output")
            .arg(site.path().join("public"))
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&run.stderr);
        assert!(run.status.success(), "{said}");
        assert!(said.contains(warning), "{said}");
    }
    std::fs::write(
        site.path().join("data/units.csv"),
        b"id,name,kind\np1,Ph\xF6\xF4\xF8ng 1,phuong\n",
    )
    .unwrap();
    let run = bin()
        .args(["build", "--root"])
        .arg(site.path())
        .arg("--output")
        .arg(site.path().join("public"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success());
    assert!(
        said.contains("old VNI encoding") && said.contains("Unikey"),
        "{said}"
    );
}

#[test]
fn a_line_ending_does_not_move_an_error() {
    for ending in ["\n", "\r\n", "\r"] {
        let text = ["unit,1.1", "tb-nha-bang,4.75", "tb-chi-lang,99", ""].join(ending);
        let site = example();
        std::fs::write(site.path().join(SCORES).join("self.csv"), text).unwrap();
        let run = bin()
            .args(["build", "--root"])
            .arg(site.path())
            .arg("--output")
            .arg(site.path().join("public"))
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&run.stderr);
        assert!(
            said.contains("vhttdl/self.csv:3:13: `99`"),
            "{ending:?}: {said}"
        );
    }
}
