//! Messages about the YAML of the data files (`src/load/data/yaml/`): what the YAML library
//! found, said in words for the people who edit the files.
//!
//! The library's own words (`mapping values are not allowed in this context`) have no
//! translation; where nothing better can be said they are shown as they are, in a blank.

phrases! {
    /// A message about a value deep in the file, with where: `clusters → item 1 → members`.
    DATA_YAML_IN_PATH {
        vi: "{what} (trong {path})",
        en: "{what} (in {path})",
    }
    /// One step of a path: the `n`-th item of a list, counted from 1.
    DATA_YAML_ITEM {
        vi: "số {n}",
        en: "item {n}",
    }
    /// A key that must be there.
    DATA_YAML_MISSING {
        vi: "thiếu `{key}`",
        en: "`{key}` is missing",
    }
    /// Hint for [`DATA_YAML_MISSING`].
    DATA_YAML_ADD_KEY {
        vi: "Thêm một dòng `{key}: …` vào phần này.",
        en: "add a line `{key}: …` to this entry",
    }
    /// A key written twice in one mapping.
    DATA_YAML_KEY_TWICE {
        vi: "`{key}` được ghi hai lần",
        en: "`{key}` is given twice",
    }
    /// Hint for [`DATA_YAML_KEY_TWICE`].
    DATA_YAML_KEEP_ONE_LINE {
        vi: "Chỉ giữ một dòng `{key}:` ở đây.",
        en: "keep only one `{key}:` line here",
    }
    /// Two YAML documents in one file.
    DATA_YAML_MANY_DOCS {
        vi: "tệp chứa hơn một khối YAML",
        en: "the file holds more than one YAML document",
    }
    /// Hint for [`DATA_YAML_MANY_DOCS`].
    DATA_YAML_MANY_DOCS_HINT {
        vi: "Xóa dòng `---` thứ hai: mỗi tệp chỉ chứa một khối YAML.",
        en: "remove the second `---` line: one file holds one document",
    }
    /// Nesting deeper than the library follows.
    DATA_YAML_TOO_DEEP {
        vi: "YAML lồng nhau quá nhiều cấp",
        en: "the YAML is nested too deeply",
    }
    /// Hint for [`DATA_YAML_TOO_DEEP`].
    DATA_YAML_TOO_DEEP_HINT {
        vi: "Giảm bớt số cấp lồng nhau.",
        en: "use fewer levels of nesting",
    }
    /// A syntax error; `what` is the YAML library's own description, in English.
    DATA_YAML_NOT_WELL_FORMED {
        vi: "YAML viết sai cú pháp: {what}",
        en: "the YAML is not well formed: {what}",
    }
    /// Any other error of the YAML library; `what` is its own description, in English.
    DATA_YAML_OTHER {
        vi: "YAML có lỗi: {what}",
        en: "{what}",
    }
    /// Hint for [`DATA_YAML_OTHER`], and for a value of a kind not described in words.
    DATA_YAML_CHECK_DOCS {
        vi: "So giá trị này với các ví dụ trong docs/data-formats.md.",
        en: "check this value against the examples in docs/data-formats.md",
    }
    /// A key that is not allowed where it is written.
    DATA_YAML_UNKNOWN_KEY {
        vi: "khóa `{key}` không dùng được ở đây",
        en: "unknown key `{key}`",
    }
    /// Hint for [`DATA_YAML_UNKNOWN_KEY`], when a key nearby is spelt alike; `then` is
    /// [`DATA_YAML_REMOVE_KEY`] or [`DATA_YAML_KEYS_ALLOWED`].
    DATA_YAML_DID_YOU_MEAN {
        vi: "Có phải ý bạn là `{key}`? {then}",
        en: "did you mean `{key}`? {then}",
    }
    /// Hint for [`DATA_YAML_UNKNOWN_KEY`] where no key is allowed.
    DATA_YAML_REMOVE_KEY {
        vi: "Xóa khóa này.",
        en: "remove this key",
    }
    /// Hint for [`DATA_YAML_UNKNOWN_KEY`]: the keys allowed.
    DATA_YAML_KEYS_ALLOWED {
        vi: "Các khóa được dùng ở đây là: {keys}.",
        en: "the keys allowed here are: {keys}",
    }
    /// A value of the wrong kind; `found` and `expected` are described in words.
    DATA_YAML_FOUND_WHERE {
        vi: "gặp {found} ở chỗ cần {expected}",
        en: "found {found} where {expected} belongs",
    }
    /// What was found: a text, quoted as the library quotes it.
    DATA_YAML_FOUND_TEXT {
        vi: "đoạn chữ {text}",
        en: "the text {text}",
    }
    /// What was found: a number.
    DATA_YAML_FOUND_NUMBER {
        vi: "số {n}",
        en: "the number {n}",
    }
    /// What was found or belongs: a list.
    DATA_YAML_A_LIST {
        vi: "một danh sách",
        en: "a list",
    }
    /// What was found or belongs: a mapping.
    DATA_YAML_A_MAPPING {
        vi: "các dòng `key: value`",
        en: "a set of `key: value` lines",
    }
    /// What was found: nothing.
    DATA_YAML_EMPTY_VALUE {
        vi: "một giá trị trống",
        en: "an empty value",
    }
    /// What belongs: one value.
    DATA_YAML_A_SINGLE_VALUE {
        vi: "một giá trị",
        en: "a single value",
    }
    /// What belongs: a number.
    DATA_YAML_A_NUMBER {
        vi: "một số",
        en: "a number",
    }
    /// What belongs: true or false.
    DATA_YAML_TRUE_OR_FALSE {
        vi: "true hoặc false",
        en: "true or false",
    }
    /// What belongs: a whole number.
    DATA_YAML_WHOLE_NUMBER {
        vi: "một số nguyên",
        en: "a whole number",
    }
    /// What belongs: something not described in words.
    DATA_YAML_OTHER_KIND {
        vi: "một loại giá trị khác",
        en: "another kind of value",
    }
    /// Hint where a mapping belongs.
    DATA_YAML_WRITE_MAPPING {
        vi: "Ghi các dòng `key: value` ở đây, thụt lề vào dưới khóa của chúng.",
        en: "write `key: value` lines here, indented under their key",
    }
    /// Hint where a list belongs.
    DATA_YAML_WRITE_LIST {
        vi: "Ghi một danh sách: `[a, b]`, hoặc mỗi dòng một giá trị bắt đầu bằng `- `.",
        en: "write a list: `[a, b]`, or one `- item` per line",
    }
    /// Hint where one value belongs.
    DATA_YAML_WRITE_ONE_VALUE {
        vi: "Ghi một giá trị ở đây, không ghi danh sách hay các dòng `key: value`.",
        en: "write one value here, not a list or a mapping",
    }
    /// Hint where true or false belongs.
    DATA_YAML_WRITE_BOOL {
        vi: "Ghi true hoặc false.",
        en: "write true or false",
    }
    /// Hint where a whole number belongs.
    DATA_YAML_WRITE_WHOLE {
        vi: "Ghi một số nguyên, ví dụ 2023.",
        en: "write a whole number like 2023",
    }
    /// Hint for a syntax error: a `: ` inside a value.
    DATA_YAML_QUOTE_COLON {
        vi: "Đặt giá trị có chứa `: ` trong ngoặc kép, ví dụ title: \"Bước 1: chuẩn bị\"; nếu không phải vậy, kiểm tra lại thụt lề.",
        en: "a value that contains `: ` must be put in quotes, e.g. title: \"Bước 1: chuẩn bị\"; otherwise check the indentation",
    }
    /// Hint for a syntax error: a tab, or a character that cannot start a value.
    DATA_YAML_NO_TABS {
        vi: "Thụt lề bằng dấu cách, không dùng phím Tab; giá trị bắt đầu bằng @ hoặc ` phải đặt trong ngoặc kép.",
        en: "indent with spaces, never tabs; a value starting with @ or ` must be put in quotes",
    }
    /// Hint for a syntax error: a bracket not closed.
    DATA_YAML_NOT_CLOSED {
        vi: "Đóng danh sách [ ] hoặc nhóm { } còn đang mở, hoặc thêm dấu phẩy còn thiếu giữa hai giá trị.",
        en: "a list in [ ] or a mapping in { } is not closed, or two items lack the comma between them",
    }
    /// Hint for a syntax error: a quotation mark not closed.
    DATA_YAML_QUOTE_OPEN {
        vi: "Đóng dấu ngoặc (\" hoặc ') đã mở mà chưa đóng.",
        en: "a quotation mark (\" or ') is opened but never closed",
    }
    /// Hint for a syntax error: `*` or `&` at the start of a value.
    DATA_YAML_QUOTE_STAR {
        vi: "Đặt giá trị bắt đầu bằng * hoặc & trong ngoặc kép.",
        en: "a value starting with * or & must be put in quotes",
    }
    /// Hint for any other syntax error.
    DATA_YAML_INDENT {
        vi: "Kiểm tra thụt lề: các dòng của cùng một danh sách hay một nhóm phải bắt đầu ở cùng một cột.",
        en: "check the indentation: entries of one list or mapping must start in the same column",
    }
}
