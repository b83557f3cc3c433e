//! The example site's official documents are laid out as Decree 30/2020 asks, with every part
//! in its block (issue 2).

mod common;

use common::{example_output, read, text_of_class};

struct Expect {
    path: &'static str,
    issuer: &'static str,
    number: &'static str,
    place_date: &'static str,
    doc_type: Option<&'static str>,
    summary: &'static str,
    signer: &'static str,
    recipient: &'static str,
}

const DOCS: &[Expect] = &[
    Expect {
        path: "van-ban/ke-hoach-thi-dua-vhttdl-tinh-bien-2024/index.html",
        issuer: "THỊ XÃ TỊNH BIÊN",
        number: "Số: /KH-UBND",
        place_date: "Tịnh Biên, ngày 15 tháng 3 năm 2024",
        doc_type: Some("KẾ HOẠCH"),
        summary: "Phát động phong trào thi đua, khen thưởng",
        signer: "KT. CHỦ TỊCH",
        recipient: "Lưu",
    },
    Expect {
        path: "van-ban/huong-dan-tong-ket-cum-thi-dua-bien-hoa-2023/index.html",
        issuer: "PHÒNG VĂN HÓA VÀ THÔNG TIN",
        number: "/PVHTT",
        place_date: "Biên Hòa, ngày",
        doc_type: None,
        summary: "Hướng dẫn kiểm tra, đánh giá",
        signer: "TRƯỞNG PHÒNG",
        recipient: "",
    },
    Expect {
        path: "van-ban/ke-hoach-kiem-tra-mat-tran-quan-5-2020/index.html",
        issuer: "QUẬN 5",
        number: "Số:",
        place_date: "ngày 26 tháng 10 năm 2020",
        doc_type: Some("KẾ HOẠCH"),
        summary: "Kiểm tra, đánh giá kết quả, phân loại thi đua công tác Mặt trận phường năm 2020",
        signer: "Trương Thị Kim Xuyên",
        recipient: "BTT. UBMTTQ 15 phường",
    },
    Expect {
        path: "van-ban/ke-hoach-khoi-thi-dua-8-tra-vinh-2020/index.html",
        issuer: "KHỐI 8",
        number: "Số:",
        place_date: "năm 2020",
        doc_type: Some("KẾ HOẠCH"),
        summary: "",
        signer: "Dương Hoàng Sum",
        recipient: "",
    },
    Expect {
        path: "van-ban/ke-hoach-hoi-nghi-dien-hinh-tien-tien-ha-noi-2020/index.html",
        issuer: "SỞ VĂN HÓA VÀ THỂ THAO",
        number: "/KH-SVHTT",
        place_date: "Hà Nội, ngày",
        doc_type: Some("KẾ HOẠCH"),
        summary: "điển hình tiên tiến",
        signer: "Tô Văn Động",
        recipient: "",
    },
];

#[test]
fn every_seed_document_has_its_parts_in_the_right_blocks() {
    let out = example_output();
    for d in DOCS {
        let html = read(&out, d.path);
        let issuer = text_of_class(&html, "doc-issuer")
            .unwrap_or_else(|| panic!("{}: no issuer block", d.path));
        assert!(
            issuer.contains(d.issuer),
            "{}: issuer block {issuer:?}",
            d.path
        );
        assert!(
            issuer.contains(d.number),
            "{}: the number {:?} is not under the issuer: {issuer:?}",
            d.path,
            d.number
        );
        let motto = text_of_class(&html, "doc-motto").unwrap();
        assert!(
            motto.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                && motto.contains("Độc lập - Tự do - Hạnh phúc"),
            "{}",
            d.path
        );
        let place = text_of_class(&html, "doc-place-date").unwrap();
        assert!(
            place.contains(d.place_date),
            "{}: place and date {place:?}",
            d.path
        );
        assert!(
            html.contains("<p class=\"doc-place-date\"><em>"),
            "{}: the place-and-date line is italic",
            d.path
        );
        match d.doc_type {
            Some(t) => {
                let title = text_of_class(&html, "doc-title").unwrap();
                assert!(title.starts_with(t), "{}: type {title:?}", d.path);
                assert!(title.contains(d.summary), "{}: summary {title:?}", d.path);
            }
            None => {
                let vv = text_of_class(&html, "doc-vv").unwrap();
                assert!(
                    vv.starts_with("V/v") && vv.contains(d.summary),
                    "{}: {vv:?}",
                    d.path
                );
            }
        }
        let signer = text_of_class(&html, "doc-signer").unwrap();
        assert!(
            signer.contains(d.signer),
            "{}: signer block {signer:?}",
            d.path
        );
        let recipients = text_of_class(&html, "doc-recipients").unwrap();
        assert!(
            recipients.starts_with("Nơi nhận:"),
            "{}: {recipients:?}",
            d.path
        );
        assert!(recipients.contains(d.recipient), "{}", d.path);
        assert!(html.contains("lang=\"vi\""));
    }
}

#[test]
fn the_decree_layout_prints_on_a4_with_its_margins() {
    let css = read(&example_output(), "assets/print.css");
    assert!(css.contains("size: A4"));
    assert!(css.contains("margin: 20mm 15mm 20mm 30mm"));
    assert!(css.contains("@page :first"));
    assert!(css.contains("13pt"));
}
