//! Reading the files of the site: what cannot be read, what is not text, what lies outside.

phrases! {
    /// A file that cannot be read.
    CANNOT_READ {
        vi: "không đọc được tệp: {error}",
        en: "cannot read the file: {error}",
    }
    /// Hint for [`CANNOT_READ`].
    CHECK_READABLE {
        vi: "Kiểm tra tệp có tồn tại và được phép đọc.",
        en: "check that it exists and is readable",
    }
    /// Binary data where text belongs.
    NOT_TEXT {
        vi: "đây không phải tệp văn bản (có dữ liệu nhị phân)",
        en: "this is not a text file (it holds binary data)",
    }
    /// Text that is not UTF-8.
    NOT_UTF8 {
        vi: "tệp không phải văn bản UTF-8",
        en: "the file is not valid UTF-8 text",
    }
    /// Hint: how to save as UTF-8.
    SAVE_AS_UTF8 {
        vi: "Lưu lại tệp dạng UTF-8 (trong Excel: \"CSV UTF-8\").",
        en: "save it again as UTF-8 (in a spreadsheet: \"CSV UTF-8\")",
    }
}
