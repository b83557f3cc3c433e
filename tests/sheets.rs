//! Spreadsheets as they really arrive (SPEC §7, issue 11): the same scores given as a workbook,
//! as returned scoring forms, and as text in other encodings publish the same numbers as the
//! CSV they came from.

mod common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;

use common::cli::bin;
use common::{copy_site, fixture, repo_root};

const CAMPAIGN: &str = "tinh-bien-2024";
const SCORES: &str = "data/campaigns/tinh-bien-2024/scores/vhttdl";

/// Runs `bangvang build` on the site at `root` into `root/public`: whether it succeeded, and
/// what it said.
fn run_build(root: &Path) -> (bool, String) {
    let run = bin()
        .args(["build", "--root"])
        .arg(root)
        .arg("--output")
        .arg(root.join("public"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        run.status.success(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}

/// Builds the site at `root` with the binary; the published numbers of every campaign (see
/// [`published`]), and what it said.
fn build(root: &Path) -> (String, String) {
    let (ok, said) = run_build(root);
    assert!(ok, "{said}");
    let mut numbers = String::new();
    for campaign in [
        "bien-hoa-2023",
        "khoi-8-tra-vinh-2020",
        "quan-5-2020",
        CAMPAIGN,
    ] {
        let file = root.join(format!("public/campaigns/{campaign}/results.json"));
        numbers.push_str(&published(&std::fs::read_to_string(file).unwrap()));
    }
    (numbers, said)
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

/// A copy of the example site with the CSV files its workbooks were made from
/// (`tests/fixtures/sheets/`) in their place.
fn example_as_csv() -> tempfile::TempDir {
    let site = example();
    let root = site.path();
    std::fs::remove_dir_all(root.join(SCORES).join("self")).unwrap();
    std::fs::copy(
        fixture("sheets/vhttdl-self.csv"),
        root.join(SCORES).join("self.csv"),
    )
    .unwrap();
    let mat_tran = root.join("data/campaigns/quan-5-2020/scores/mat-tran");
    std::fs::remove_file(mat_tran.join("self.xlsx")).unwrap();
    std::fs::copy(
        fixture("sheets/mat-tran-self.csv"),
        mat_tran.join("self.csv"),
    )
    .unwrap();
    site
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
fn the_example_workbooks_publish_the_numbers_of_their_csv() {
    let (from_csv, _) = build(example_as_csv().path());
    assert!(from_csv.contains("tb-nha-bang") && from_csv.contains("q5-p1"));
    let (from_workbooks, _) = build(example().path());
    assert!(from_csv == from_workbooks, "the results differ");
}

#[test]
fn workbooks_and_unicode_text_saved_by_libreoffice_publish_the_same_numbers() {
    let (from_csv, _) = build(example_as_csv().path());
    let mat_tran = "data/campaigns/quan-5-2020/scores/mat-tran";
    for (fixture_name, name) in [
        ("libreoffice-mat-tran-self.ods", "self.ods"),
        ("libreoffice-mat-tran-self.xlsx", "self.xlsx"),
        ("libreoffice-mat-tran-self.xls", "self.xls"),
        ("libreoffice-mat-tran-self-utf16.csv", "self.csv"),
    ] {
        let site = example_as_csv();
        let dir = site.path().join(mat_tran);
        std::fs::remove_file(dir.join("self.csv")).unwrap();
        std::fs::copy(fixture(&format!("sheets/{fixture_name}")), dir.join(name)).unwrap();
        let (numbers, _) = build(site.path());
        assert!(numbers == from_csv, "{fixture_name}: the results differ");
    }
}

#[test]
fn an_honorees_workbook_gives_the_same_pages() {
    let csv = example();
    let (ok, said) = run_build(csv.path());
    assert!(ok, "{said}");
    let book = example();
    std::fs::remove_file(book.path().join("data/honorees.csv")).unwrap();
    std::fs::copy(
        fixture("sheets/libreoffice-honorees.xlsx"),
        book.path().join("data/honorees.xlsx"),
    )
    .unwrap();
    let (ok, said) = run_build(book.path());
    assert!(ok, "{said}");
    let pages = |root: &Path| common::snapshot(&root.join("public/honorees"));
    let from_csv = pages(csv.path());
    assert!(from_csv.len() > 5, "{:?}", from_csv.keys());
    assert!(from_csv == pages(book.path()), "the honorees' pages differ");
}

#[test]
fn returned_forms_publish_the_numbers_of_the_csv() {
    let site = example_as_csv();
    let (before, _) = build(site.path());
    forms_in_place_of_csv(site.path());
    let (after, _) = build(site.path());
    assert!(before == after, "the results differ");
}

#[test]
fn two_forms_for_one_unit_are_an_error_naming_both() {
    let site = example();
    let folder = site.path().join(SCORES).join("self");
    std::fs::copy(
        folder.join("phieu tra ve tb-nha-bang.xlsx"),
        folder.join("phieu tra ve tb-nha-bang (2).xlsx"),
    )
    .unwrap();
    std::fs::write(folder.join("ghi chu.txt"), "x").unwrap();
    let (ok, said) = run_build(site.path());
    assert!(!ok);
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
    let folder = site.path().join(SCORES).join("self");
    let file = folder.join("phieu tra ve tb-nha-bang.xlsx");
    let points = BTreeMap::from([("1.1".to_string(), "99".to_string())]);
    std::fs::write(&file, fill_form(&std::fs::read(&file).unwrap(), &points)).unwrap();
    let (ok, said) = run_build(site.path());
    assert!(!ok);
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
    let site = example_as_csv();
    std::fs::write(site.path().join(SCORES).join("self.csv"), bytes).unwrap();
    build(site.path())
}

#[test]
fn every_encoding_publishes_the_same_numbers() {
    let site = example_as_csv();
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
fn a_windows_1258_score_file_publishes_the_same_numbers() {
    let site = example();
    let (before, _) = build(site.path());
    std::fs::copy(
        fixture("sheets/bien-hoa-self-cp1258.csv"),
        site.path()
            .join("data/campaigns/bien-hoa-2023/scores/vhtt/self.csv"),
    )
    .unwrap();
    let (after, said) = build(site.path());
    assert!(before == after, "the results differ");
    assert!(
        said.contains("vhtt/self.csv: the file is saved in the Windows-1258 encoding"),
        "{said}"
    );
}

#[test]
fn a_page_saved_as_unicode_text_gives_the_same_page() {
    let page = "content/van-ban/huong-dan-tong-ket-cum-thi-dua-bien-hoa-2023.md";
    let site = example();
    let (ok, said) = run_build(site.path());
    assert!(ok, "{said}");
    let html = |root: &Path| common::snapshot(&root.join("public/van-ban"));
    let before = html(site.path());
    let text = std::fs::read_to_string(site.path().join(page)).unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(site.path().join(page), utf16).unwrap();
    let (ok, said) = run_build(site.path());
    assert!(ok, "{said}");
    assert!(
        said.contains(&format!("warning: {page}: the file is saved as UTF-16 LE")),
        "{said}"
    );
    assert!(before == html(site.path()), "the page changed");
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
        let (ok, said) = run_build(site.path());
        assert!(ok, "{said}");
        assert!(said.contains(warning), "{said}");
    }
    std::fs::write(
        site.path().join("data/units.csv"),
        b"id,name,kind\np1,Ph\xF6\xF4\xF8ng 1,phuong\n",
    )
    .unwrap();
    let (ok, said) = run_build(site.path());
    assert!(!ok);
    assert!(
        said.contains("old VNI encoding") && said.contains("Unikey"),
        "{said}"
    );
}

#[test]
fn a_line_ending_does_not_move_an_error() {
    for ending in ["\n", "\r\n", "\r"] {
        let text = ["unit,1.1", "tb-nha-bang,4.75", "tb-chi-lang,99", ""].join(ending);
        let site = example_as_csv();
        std::fs::write(site.path().join(SCORES).join("self.csv"), text).unwrap();
        let (ok, said) = run_build(site.path());
        assert!(!ok);
        assert!(
            said.contains("vhttdl/self.csv:3:13: `99`"),
            "{ending:?}: {said}"
        );
    }
}

/// Writes the example site's workbooks from the CSV files in `tests/fixtures/sheets/` (run by
/// hand:
/// `cargo test --test sheets -- --ignored write_the_example_workbooks`): `quan-5-2020`'s
/// self-scores as `self.xlsx` (a title row above the header, a sheet of instructions first,
/// the table on the sheet named after the stage), and `tinh-bien-2024`'s `vhttdl` self-scores
/// as a folder of returned forms.
#[test]
#[ignore]
fn write_the_example_workbooks() {
    let root = repo_root();
    let dir = root.join("data/campaigns/quan-5-2020/scores/mat-tran");
    let table = rows(&std::fs::read_to_string(fixture("sheets/mat-tran-self.csv")).unwrap());
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet()
        .set_name("Hướng dẫn")
        .unwrap()
        .write_string(0, 0, "Điểm tự chấm của Ủy ban MTTQ các phường ở trang sau.")
        .unwrap();
    let sheet = book
        .add_worksheet()
        .set_name("Mặt trận phường tự chấm")
        .unwrap();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let last = table[0].len() as u16 - 1;
    sheet
        .merge_range(
            0,
            0,
            0,
            last,
            "BẢNG CHẤM ĐIỂM THI ĐUA — MẶT TRẬN PHƯỜNG TỰ CHẤM NĂM 2020",
            &bold,
        )
        .unwrap();
    for (r, row) in table.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32 + 2, c as u16);
            match cell.parse::<f64>() {
                Ok(n) if c > 0 => sheet.write_number(r, c, n).map(|_| ()),
                _ if cell.is_empty() => Ok(()),
                _ => sheet.write_string(r, c, cell).map(|_| ()),
            }
            .unwrap();
        }
    }
    book.save(dir.join("self.xlsx")).unwrap();
    let forms = root.join(SCORES).join("self");
    if forms.is_dir() {
        std::fs::remove_dir_all(&forms).unwrap();
    }
    std::fs::copy(
        fixture("sheets/vhttdl-self.csv"),
        root.join(SCORES).join("self.csv"),
    )
    .unwrap();
    forms_in_place_of_csv(&root);
}
