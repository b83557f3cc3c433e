//! Messages of `serve`'s quick path: a score change re-published without loading the whole
//! site again.

phrases! {
    /// A score change published by the quick path: what was read and computed again, and
    /// how long it took.
    SERVE_LOOP_UPDATED {
        vi: "{changed}đã cập nhật {rendered} trang và tệp trong {ms} ms (tải lại {files} tệp, tính lại phong trào {campaigns}: {load} ms; dựng {render} ms); đã tải lại trình duyệt",
        en: "{changed}updated {rendered} page(s) and file(s) in {ms} ms (reloaded {files} file(s), recomputed campaign {campaigns}: {load} ms; rendered {render} ms); browser reloaded",
    }
    /// A score change that moved nothing the site prints.
    SERVE_LOOP_SAME {
        vi: "{changed}tính lại phong trào {campaigns} trong {ms} ms: không trang nào thay đổi",
        en: "{changed}recomputed campaign {campaigns} in {ms} ms: no page changed",
    }
    /// The site's other files (results.json, the workbooks), written after the pages.
    SERVE_LOOP_FILES {
        vi: "đã ghi thêm {count} tệp kết quả (results.json, bảng tính …) trong {ms} ms",
        en: "also wrote {count} result file(s) (results.json, workbooks …) in {ms} ms",
    }
}
