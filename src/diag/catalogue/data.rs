//! Messages of the data files (`src/load/data/`): units, campaigns, rubrics, scores, and the
//! YAML and CSV they are written in.
//!
//! This file holds what the data loaders share (the capped report of one file, ids, numbers,
//! CSV rows, names holding invisible characters) and the units; the other parts are in
//! `data_yaml`, `data_campaign`, `data_rubric` and `data_scores`.

phrases! {
    // --- The report of one file (report.rs) ---

    /// The closing line of a file with more errors than are listed.
    DATA_MORE_ERRORS {
        vi: "… và {n} lỗi khác trong tệp này",
        en: "… and {n} more errors in this file",
    }
    /// Hint for [`DATA_MORE_ERRORS`].
    DATA_ONLY_FIRST_LISTED {
        vi: "Chỉ {max} lỗi đầu tiên được liệt kê; sửa các lỗi đó rồi chạy lại.",
        en: "only the first {max} are listed; fix those and run again",
    }

    // --- Whose name holds a character that cannot be seen (crate::text::invisible) ---

    /// Whose name: a unit.
    DATA_WHOSE_UNIT {
        vi: "đơn vị `{id}`",
        en: "the unit `{id}`",
    }
    /// Whose name: a cluster.
    DATA_WHOSE_CLUSTER {
        vi: "cụm `{id}`",
        en: "the cluster `{id}`",
    }

    // --- Ids (ids.rs) ---

    /// The kind of an id: a unit.
    DATA_KIND_UNIT {
        vi: "đơn vị",
        en: "unit",
    }
    /// The kind of an id: a scoring stage.
    DATA_KIND_STAGE {
        vi: "giai đoạn chấm",
        en: "stage",
    }
    /// The kind of an id: a cluster.
    DATA_KIND_CLUSTER {
        vi: "cụm thi đua",
        en: "cluster",
    }
    /// The kind of an id: a rubric.
    DATA_KIND_RUBRIC {
        vi: "bảng chấm điểm",
        en: "rubric",
    }
    /// The kind of an id: a criterion.
    DATA_KIND_CRITERION {
        vi: "tiêu chí",
        en: "criterion",
    }
    /// An empty id; `kind` is one of the `DATA_KIND_…`.
    DATA_ID_EMPTY {
        vi: "mã {kind} đang để trống",
        en: "the {kind} id is empty",
    }
    /// Hint for [`DATA_ID_EMPTY`] where any text is an id.
    DATA_ID_GIVE {
        vi: "Đặt mã cho {kind}.",
        en: "give the {kind} an id",
    }
    /// An id written twice.
    DATA_ID_TWICE {
        vi: "mã {kind} `{id}` bị dùng hai lần (lần đầu ở dòng {line})",
        en: "{kind} id `{id}` is used twice (first on line {line})",
    }
    /// Hint for [`DATA_ID_TWICE`].
    DATA_ID_OWN {
        vi: "Đặt cho mỗi {kind} một mã riêng.",
        en: "give each {kind} its own id",
    }
    /// An id that breaks the rule.
    DATA_ID_INVALID {
        vi: "`{id}` không phải là mã {kind} hợp lệ",
        en: "`{id}` is not a valid {kind} id",
    }

    // --- Numbers (numbers.rs) ---

    /// An empty cell or value where points belong.
    DATA_NUMBER_MISSING {
        vi: "còn thiếu số điểm",
        en: "a number is missing",
    }
    /// Not a number.
    DATA_NOT_A_NUMBER {
        vi: "`{text}` không phải là số",
        en: "`{text}` is not a number",
    }
    /// A decimal comma where only a point is allowed.
    DATA_DECIMAL_COMMA {
        vi: "`{text}` dùng dấu phẩy thập phân",
        en: "`{text}` uses a decimal comma",
    }
    /// More than two decimals.
    DATA_TOO_MANY_DECIMALS {
        vi: "`{text}` có hơn hai chữ số sau dấu thập phân",
        en: "`{text}` has more than two digits after the decimal point",
    }
    /// A number too large to be points.
    DATA_TOO_LARGE {
        vi: "`{text}` quá lớn",
        en: "`{text}` is too large",
    }
    /// Hint: how to write a number in YAML (also where a number belongs in YAML).
    DATA_WRITE_NUMBER {
        vi: "Ghi một số, ví dụ 9.5.",
        en: "write a number like 9.5",
    }
    /// Hint for a decimal comma in YAML.
    DATA_YAML_DECIMAL_POINT {
        vi: "Số trong YAML dùng dấu chấm thập phân: ghi 9.5, không ghi 9,5.",
        en: "YAML numbers take a decimal point: write 9.5, not 9,5",
    }
    /// Hint for too many decimals.
    DATA_TWO_DECIMALS {
        vi: "Chỉ ghi tối đa hai chữ số sau dấu thập phân, ví dụ 9.25.",
        en: "points have at most two decimals, e.g. 9.25",
    }
    /// Hint for a number too large.
    DATA_CHECK_NUMBER {
        vi: "Kiểm tra lại số này.",
        en: "check the number",
    }
    /// Hint: how to write a number in a CSV cell.
    DATA_CSV_WRITE_NUMBER {
        vi: "Ghi một số như 9.5 (hoặc 9,5 nếu tệp dùng dấu chấm phẩy `;` làm dấu phân cách, hoặc đặt trong ngoặc kép: \"9,5\").",
        en: "write a number like 9.5 (or 9,5 in a file separated by `;`, or in quotes: \"9,5\")",
    }
    /// Hint for a negative number where 0 or more belongs.
    DATA_WRITE_ZERO_OR_MORE {
        vi: "Ghi một số từ 0 trở lên.",
        en: "write a number of 0 or more",
    }

    // --- Reading files and folders (read.rs, mod.rs) ---

    /// A data file holding binary data.
    DATA_BINARY {
        vi: "đây không phải tệp văn bản (tệp chứa dữ liệu nhị phân)",
        en: "this is not a text file (it holds binary data)",
    }
    /// Hint for [`DATA_BINARY`].
    DATA_SAVE_AS_TEXT {
        vi: "Lưu lại tệp dạng văn bản UTF-8 (trong Excel: \"CSV UTF-8\").",
        en: "save it again as text in UTF-8 (in a spreadsheet: \"CSV UTF-8\")",
    }
    /// A file or a YAML document with nothing in it.
    DATA_FILE_EMPTY {
        vi: "tệp trống",
        en: "the file is empty",
    }
    /// A file directly in `data/campaigns/`.
    DATA_NOT_A_CAMPAIGN_FOLDER {
        vi: "bị bỏ qua: trong data/campaigns/ chỉ đặt các thư mục phong trào",
        en: "ignored: only campaign folders belong in data/campaigns/",
    }
    /// Hint for [`DATA_NOT_A_CAMPAIGN_FOLDER`].
    DATA_MOVE_INTO_CAMPAIGN {
        vi: "Chuyển tệp vào một thư mục phong trào, hoặc xóa tệp.",
        en: "move the file into a campaign folder, or remove it",
    }
    /// A campaign folder whose name is not an id.
    DATA_CAMPAIGN_FOLDER_ID {
        vi: "tên thư mục phong trào `{name}` không phải là mã hợp lệ",
        en: "the campaign folder name `{name}` is not a valid id",
    }
    /// Hint for [`DATA_CAMPAIGN_FOLDER_ID`].
    DATA_RENAME_FOLDER {
        vi: "Đổi tên thư mục, chỉ dùng chữ thường không dấu (a–z), chữ số và dấu gạch ngang '-' (ví dụ: phuong-12).",
        en: "rename the folder: use only lowercase ASCII letters, digits and '-' (for example: phuong-12)",
    }
    /// Campaigns without a units file.
    DATA_NO_UNITS_FILE {
        vi: "đã có phong trào nhưng chưa có tệp danh sách đơn vị",
        en: "the site has campaigns but no units file",
    }
    /// Hint for [`DATA_NO_UNITS_FILE`].
    DATA_ADD_UNITS_FILE {
        vi: "Liệt kê các đơn vị được xếp hạng trong data/units.yaml (hoặc data/units.csv): mã (`id`), tên (`name`) và loại (`kind`) của từng đơn vị.",
        en: "list the units being ranked in data/units.yaml (or data/units.csv): id, name and kind of each",
    }

    // --- CSV rows and columns (table.rs and the CSV readers) ---

    /// A header line far wider than any data file.
    DATA_CSV_TOO_MANY_FIELDS {
        vi: "dòng đầu tiên có {n} ô, nhiều hơn bất kỳ tệp dữ liệu nào",
        en: "the first line has {n} fields, more than any data file has",
    }
    /// A column name written twice in the header line.
    DATA_COLUMN_TWICE {
        vi: "cột `{name}` xuất hiện hai lần",
        en: "the column `{name}` appears twice",
    }
    /// A row with more or fewer fields than the header line.
    DATA_ROW_FIELDS {
        vi: "dòng này có {n} ô nhưng dòng tiêu đề có {expected} cột",
        en: "this row has {n} fields but the header has {expected}",
    }
    /// Hint for [`DATA_ROW_FIELDS`].
    DATA_ROW_FIELDS_HINT {
        vi: "Kiểm tra dấu phân cách bị thiếu hoặc thừa; giá trị nào có chứa dấu phân cách thì phải đặt trong ngoặc kép.",
        en: "check for a missing or extra separator; a value holding the separator must be in quotes",
    }
    /// A value under an empty header cell.
    DATA_UNNAMED_COLUMN {
        vi: "giá trị này nằm trong cột chưa có tên",
        en: "this value is in a column without a name",
    }
    /// Hint for [`DATA_UNNAMED_COLUMN`].
    DATA_UNNAMED_COLUMN_HINT {
        vi: "Đặt tên cho cột ở dòng tiêu đề, hoặc xóa giá trị này.",
        en: "name the column in the header line, or delete the value",
    }
    /// A key written twice in the entry of one unit (units.yaml, YAML scores).
    DATA_KEY_TWICE_FOR_UNIT {
        vi: "`{key}` được ghi hai lần cho đơn vị này",
        en: "`{key}` is given twice for this unit",
    }

    // --- Units (units/) ---

    /// A reference to a unit that is not in the units file.
    UNITS_UNKNOWN {
        vi: "không có đơn vị `{id}`",
        en: "unit `{id}` does not exist",
    }
    /// Hint for [`UNITS_UNKNOWN`].
    UNITS_USE_ID_FROM {
        vi: "Dùng một mã có trong {file}.",
        en: "use an id from {file}",
    }
    /// Both units.yaml and units.csv.
    UNITS_GIVEN_TWICE {
        vi: "danh sách đơn vị có ở hai nơi: {first} và {second}",
        en: "the units are given twice: in {first} and in {second}",
    }
    /// Hint for [`UNITS_GIVEN_TWICE`].
    UNITS_KEEP_ONE_FILE {
        vi: "Chỉ giữ một tệp đơn vị (units.yaml hoặc units.csv) trong thư mục data/.",
        en: "keep only one units file (units.yaml or units.csv) in data/",
    }
    /// Hint for an empty units.yaml.
    UNITS_YAML_EMPTY_HINT {
        vi: "Liệt kê các đơn vị, mỗi đơn vị một dòng: `- {id: p12, name: Phường 12, kind: phuong}`.",
        en: "list the units: `- {id: p12, name: Phường 12, kind: phuong}`",
    }
    /// Hint for [`DATA_KEY_TWICE_FOR_UNIT`] in units.yaml.
    UNITS_KEEP_ONE_LINE {
        vi: "Chỉ giữ lại một dòng.",
        en: "keep only one",
    }
    /// A unit without `id`.
    UNITS_NO_ID {
        vi: "đơn vị này chưa có `id`",
        en: "this unit has no `id`",
    }
    /// Hint for [`UNITS_NO_ID`].
    UNITS_ADD_ID {
        vi: "Thêm `id: …` (chữ thường không dấu, chữ số và dấu -, ví dụ p12).",
        en: "add `id: …` (lowercase letters, digits and -, e.g. p12)",
    }
    /// A unit without a name.
    UNITS_NO_NAME {
        vi: "đơn vị `{id}` chưa có tên",
        en: "unit `{id}` has no name",
    }
    /// Hint for [`UNITS_NO_NAME`] in units.yaml.
    UNITS_ADD_NAME {
        vi: "Thêm `name: …`, ví dụ name: Phường 12.",
        en: "add `name: …`, e.g. name: Phường 12",
    }
    /// Hint for [`UNITS_NO_NAME`] in units.csv.
    UNITS_WRITE_NAME {
        vi: "Ghi tên đơn vị vào cột name.",
        en: "write its name in the name column",
    }
    /// Hint for an empty or unreadable header of units.csv.
    UNITS_CSV_HEADER_HINT {
        vi: "Ghi tên các cột ở dòng đầu: id,name,kind; rồi mỗi đơn vị một dòng.",
        en: "the first line names the columns: id,name,kind; then one line per unit",
    }
    /// Hint for [`DATA_COLUMN_TWICE`] in units.csv.
    UNITS_KEEP_ONE_COLUMN {
        vi: "Chỉ giữ một cột có tên này.",
        en: "keep only one column of that name",
    }
    /// units.csv without `id` or `name`.
    UNITS_CSV_NEEDS_ID_NAME {
        vi: "dòng tiêu đề phải có cột `id` và cột `name`",
        en: "the header must have an `id` and a `name` column",
    }
    /// Hint for [`UNITS_CSV_NEEDS_ID_NAME`].
    UNITS_CSV_HEADER_FIX {
        vi: "Sửa dòng đầu thành `id,name,kind` (nếu cần, thêm các cột khác phía sau).",
        en: "make the first line `id,name,kind` (add more columns after them if you need)",
    }
}
