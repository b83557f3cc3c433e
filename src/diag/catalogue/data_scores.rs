//! Messages of the score files (`src/load/data/scores/`): where they go, which unit and which
//! criterion a row or column names, and whether the points fit.

phrases! {
    // --- Finding the files (scores/mod.rs) ---

    /// A file directly in `scores/`.
    SCORES_NOT_IN_FOLDER {
        vi: "tệp điểm phải nằm trong thư mục của từng bảng chấm điểm",
        en: "score files go in a folder per rubric",
    }
    /// Hint for [`SCORES_NOT_IN_FOLDER`].
    SCORES_MOVE_TO {
        vi: "Chuyển tệp vào {folder}/<mã bảng chấm điểm>/<mã giai đoạn chấm>.csv.",
        en: "move it to {folder}/<rubric>/<stage>.csv",
    }
    /// An empty score folder named after no rubric of the campaign.
    SCORES_FOLDER_NOT_DECLARED {
        vi: "thư mục điểm của một bảng chấm điểm chưa được khai báo: `{name}`",
        en: "a score folder for a rubric that is not declared: `{name}`",
    }
    /// A score file in a folder named after no rubric of the campaign.
    SCORES_FILE_NOT_DECLARED {
        vi: "tệp điểm của một bảng chấm điểm chưa được khai báo: `{name}`",
        en: "a score file for a rubric that is not declared: `{name}`",
    }
    /// Hint for [`SCORES_FOLDER_NOT_DECLARED`] and [`SCORES_FILE_NOT_DECLARED`].
    SCORES_FOLDER_HINT {
        vi: "Đặt tên thư mục theo mã một bảng chấm điểm của phong trào ({declared}), hoặc thêm `{name}` vào `rubrics:` trong campaign.yaml.",
        en: "name the folder after a rubric of this campaign ({declared}), or add `{name}` to `rubrics:` in campaign.yaml",
    }
    /// A file that is neither CSV nor YAML.
    SCORES_NOT_SCORE_FILE {
        vi: "đây không phải tệp điểm (.csv, .yaml, .xlsx, .ods hoặc .xls)",
        en: "this is not a score file (.csv, .yaml, .xlsx, .ods or .xls)",
    }
    /// Hint for [`SCORES_NOT_SCORE_FILE`].
    SCORES_NOT_SCORE_FILE_HINT {
        vi: "Lưu bảng tính dạng .xlsx hoặc \"CSV UTF-8\", hoặc xóa tệp khỏi thư mục scores.",
        en: "save the sheet as .xlsx or \"CSV UTF-8\", or remove the file from the scores folder",
    }
    /// A score file named after no stage.
    SCORES_STAGE_NOT_DECLARED {
        vi: "tệp điểm của một giai đoạn chấm chưa được khai báo: `{stage}`",
        en: "a score file for a stage that is not declared: `{stage}`",
    }
    /// Hint for [`SCORES_STAGE_NOT_DECLARED`].
    SCORES_NAME_AFTER_STAGE {
        vi: "Đặt tên tệp theo một giai đoạn chấm của phong trào: {files}.",
        en: "name it after a stage of this campaign: {files}",
    }
    /// Two files for one stage (`self.csv` and `self.yaml`).
    SCORES_STAGE_TWO_FILES {
        vi: "giai đoạn chấm `{stage}` có hai tệp điểm: tệp này và {first}",
        en: "stage `{stage}` has two score files: this one and {first}",
    }
    /// Hint for [`SCORES_STAGE_TWO_FILES`].
    SCORES_ONE_PER_STAGE {
        vi: "Mỗi giai đoạn chấm chỉ giữ một tệp.",
        en: "keep only one file per stage",
    }

    // --- The header line of a CSV score file (scores/mod.rs, wide.rs, long.rs) ---

    /// Hint for a header line far too wide.
    SCORES_TOO_WIDE_HINT {
        vi: "Kiểm tra đây đúng là bảng điểm được lưu dạng CSV; dòng đầu tiên ghi tên các cột.",
        en: "check that this is a score table saved as CSV; its first line names the columns",
    }
    /// A header line without the unit column.
    SCORES_NO_UNIT_COLUMN {
        vi: "dòng tiêu đề chưa có cột đơn vị",
        en: "the header has no unit column",
    }
    /// Hint for [`SCORES_NO_UNIT_COLUMN`].
    SCORES_NO_UNIT_COLUMN_HINT {
        vi: "Ghi tên các cột ở dòng đầu: unit (hoặc đơn vị), rồi mã các tiêu chí được chấm, bonus, deduction, note; hoặc unit,criterion,points để mỗi dòng là một ô điểm.",
        en: "the first line names the columns: unit (or đơn vị), then the leaf ids, bonus, deduction, note; or unit,criterion,points for one row per cell",
    }
    /// The first score file of a rubric has no column for some leaves.
    SCORES_MISSING_COLUMNS {
        vi: "dòng tiêu đề thiếu cột của {count} tiêu chí: {leaves}",
        en: "the header has no column for {count} criteria: {leaves}",
    }
    /// Hint for [`SCORES_MISSING_COLUMNS`].
    SCORES_MISSING_COLUMNS_HINT {
        vi: "Thêm các cột đó vào dòng tiêu đề; để trống các ô của tiêu chí chưa chấm.",
        en: "add those columns to the header; leave the cells of a criterion not scored yet empty",
    }
    /// A row of a comma-separated file with more fields than the header, where two fields
    /// side by side look like one number with a decimal comma.
    SCORES_DECIMAL_COMMA_SPLIT {
        vi: "`{number}` có vẻ là một số viết bằng dấu phẩy thập phân: trong tệp dùng dấu phẩy để phân cách, nó bị tách thành hai ô (dòng có {n} ô, dòng tiêu đề có {expected} cột)",
        en: "`{number}` looks like a number written with a decimal comma: in a comma-separated file it is split into two fields (the row has {n} fields, the header {expected} columns)",
    }
    /// Hint for [`SCORES_DECIMAL_COMMA_SPLIT`].
    SCORES_DECIMAL_COMMA_SPLIT_HINT {
        vi: "Sửa thành {fixed}, hoặc đặt trong ngoặc kép (\"{number}\"), hoặc lưu tệp với dấu chấm phẩy `;` làm dấu phân cách.",
        en: "write {fixed}, or put it in quotes (\"{number}\"), or save the file with `;` between fields",
    }
    /// Hint for [`DATA_ROW_FIELDS`](super::data::DATA_ROW_FIELDS) in a file separated by commas.
    SCORES_ROW_FIELDS_COMMA_HINT {
        vi: "Kiểm tra dấu `,` bị thiếu hoặc thừa; số có dấu phẩy thập phân phải đặt trong ngoặc kép (\"9,5\"), hoặc lưu tệp với dấu chấm phẩy `;` làm dấu phân cách.",
        en: "check for a missing or extra `,`; a number with a decimal comma must be in quotes (\"9,5\"), or save the file with `;` between fields",
    }
    /// Hint for [`DATA_COLUMN_TWICE`](super::data::DATA_COLUMN_TWICE) in a score file.
    SCORES_KEEP_ONE_COLUMN {
        vi: "Chỉ giữ lại một cột.",
        en: "keep only one column for it",
    }
    /// A long file without its three columns.
    SCORES_LONG_NEEDS {
        vi: "tệp điểm dạng dọc cần có các cột unit, criterion và points",
        en: "a long score file needs the columns unit, criterion and points",
    }
    /// Hint for [`SCORES_LONG_NEEDS`].
    SCORES_LONG_NEEDS_HINT {
        vi: "Sửa dòng đầu thành `unit,criterion,points` (thêm `note` nếu cần).",
        en: "make the first line `unit,criterion,points` (and `note` if you need it)",
    }
    /// A column a long file does not take.
    SCORES_LONG_UNEXPECTED {
        vi: "cột `{name}` không dùng được trong tệp điểm dạng dọc",
        en: "unexpected column `{name}` in a long score file",
    }
    /// Hint for [`SCORES_LONG_UNEXPECTED`].
    SCORES_LONG_UNEXPECTED_HINT {
        vi: "Chỉ dùng các cột unit, criterion, points và có thể thêm note; điểm thưởng và điểm trừ ghi thành dòng có criterion là bonus hoặc deduction.",
        en: "a long file has the columns unit, criterion, points and optionally note; bonus and deduction are rows with criterion bonus or deduction",
    }

    // --- Units (scores/context.rs, wide.rs, long.rs, yaml.rs) ---

    /// An empty unit cell.
    SCORES_UNIT_MISSING {
        vi: "thiếu đơn vị",
        en: "the unit is missing",
    }
    /// Hint for [`SCORES_UNIT_MISSING`].
    SCORES_UNIT_MISSING_HINT {
        vi: "Ghi mã đơn vị hoặc tên đúng của đơn vị.",
        en: "write the unit's id or its exact name",
    }
    /// A unit that is neither an id nor a name.
    SCORES_UNKNOWN_UNIT {
        vi: "không tìm thấy đơn vị `{unit}`",
        en: "unknown unit `{unit}`",
    }
    /// Hint for [`SCORES_UNKNOWN_UNIT`].
    SCORES_UNKNOWN_UNIT_HINT {
        vi: "Ghi mã hoặc tên đúng của một đơn vị có trong {file}.",
        en: "write the id or the exact name of a unit of {file}",
    }
    /// A name that two units share.
    SCORES_AMBIGUOUS_UNIT {
        vi: "có từ hai đơn vị trở lên cùng tên `{unit}`",
        en: "two or more units are named `{unit}`",
    }
    /// Hint for [`SCORES_AMBIGUOUS_UNIT`].
    SCORES_AMBIGUOUS_UNIT_HINT {
        vi: "Ghi mã đơn vị thay cho tên.",
        en: "write the unit's id instead of its name",
    }
    /// A unit not scored on the rubric.
    SCORES_NOT_PARTICIPANT {
        vi: "đơn vị `{id}` ({name}) không được chấm theo bảng chấm điểm `{rubric}`",
        en: "unit `{id}` ({name}) is not scored on rubric `{rubric}`",
    }
    /// Hint for [`SCORES_NOT_PARTICIPANT`].
    SCORES_NOT_PARTICIPANT_HINT {
        vi: "Xóa dòng này, hoặc đưa đơn vị vào danh sách tham gia (participants của bảng chấm điểm, hoặc thành viên của một cụm).",
        en: "remove this row, or make the unit a participant (rubric participants, or a cluster member)",
    }
    /// A second row for one unit (wide CSV).
    SCORES_UNIT_ROW_TWICE {
        vi: "đơn vị `{id}` đã có một dòng trong tệp này (dòng {line})",
        en: "unit `{id}` already has a row in this file (line {line})",
    }
    /// Hint for [`SCORES_UNIT_ROW_TWICE`].
    SCORES_MERGE_ROWS {
        vi: "Gộp hai dòng thành một: mỗi đơn vị chỉ có một dòng.",
        en: "keep one row per unit: merge the two rows",
    }
    /// A second value for one unit and criterion (long CSV).
    SCORES_VALUE_TWICE {
        vi: "đơn vị `{id}` đã có điểm cho `{criterion}` trong tệp này (dòng {line})",
        en: "unit `{id}` already has a value for `{criterion}` in this file (line {line})",
    }
    /// Hint for [`SCORES_VALUE_TWICE`].
    SCORES_ONE_ROW_PER_CELL {
        vi: "Mỗi đơn vị và tiêu chí chỉ giữ một dòng.",
        en: "keep one row per unit and criterion",
    }
    /// A second entry for one unit (YAML).
    SCORES_UNIT_SCORED_TWICE {
        vi: "đơn vị `{id}` đã được chấm trong tệp này (dòng {line})",
        en: "unit `{id}` is already scored in this file (line {line})",
    }
    /// Hint for [`SCORES_UNIT_SCORED_TWICE`].
    SCORES_MERGE_ENTRIES {
        vi: "Gộp hai phần này làm một: mỗi đơn vị chỉ được chấm một lần trong tệp.",
        en: "keep one entry per unit: merge the two",
    }

    // --- Criteria (scores/context.rs) ---

    /// A column or key that is not a criterion.
    SCORES_NOT_CRITERION {
        vi: "`{name}` không phải là tiêu chí của bảng chấm điểm `{rubric}`",
        en: "`{name}` is not a criterion of rubric `{rubric}`",
    }
    /// Hint for [`SCORES_NOT_CRITERION`]; `leaves` is the list of leaf ids.
    SCORES_USE_LEAF {
        vi: "Dùng mã một tiêu chí được chấm điểm: {leaves}.",
        en: "use a leaf id: {leaves}",
    }
    /// The list of leaf ids, cut short.
    SCORES_LEAVES_IN_ALL {
        vi: "{leaves} … (tất cả {n} tiêu chí)",
        en: "{leaves} … ({n} in all)",
    }
    /// The list of leaf ids, and bonus.
    SCORES_LEAVES_OR_BONUS {
        vi: "{leaves}, hoặc bonus",
        en: "{leaves}, or bonus",
    }
    /// The list of leaf ids, and deduction.
    SCORES_LEAVES_OR_DEDUCTION {
        vi: "{leaves}, hoặc deduction",
        en: "{leaves}, or deduction",
    }
    /// A section where a leaf belongs.
    SCORES_SECTION {
        vi: "`{name}` là một mục của bảng chấm điểm `{rubric}`, không phải tiêu chí được chấm điểm",
        en: "`{name}` is a section of rubric `{rubric}`, not a leaf",
    }
    /// Hint for [`SCORES_SECTION`].
    SCORES_SECTION_HINT {
        vi: "Chấm điểm các tiêu chí con của mục này: {items}.",
        en: "score its items instead: {items}",
    }
    /// Bonus points for a rubric without bonus.
    SCORES_NO_BONUS {
        vi: "bảng chấm điểm `{rubric}` không có điểm thưởng",
        en: "rubric `{rubric}` has no bonus",
    }
    /// Hint for [`SCORES_NO_BONUS`].
    SCORES_NO_BONUS_HINT {
        vi: "Bỏ điểm thưởng, hoặc thêm `bonus: {max: …}` vào {file}.",
        en: "remove the bonus, or add `bonus: {max: …}` to {file}",
    }
    /// Deduction points for a rubric without deduction.
    SCORES_NO_DEDUCTION {
        vi: "bảng chấm điểm `{rubric}` không có điểm trừ",
        en: "rubric `{rubric}` has no deduction",
    }
    /// Hint for [`SCORES_NO_DEDUCTION`].
    SCORES_NO_DEDUCTION_HINT {
        vi: "Bỏ điểm trừ, hoặc thêm `deduction: {max: …}` vào {file}.",
        en: "remove the deduction, or add `deduction: {max: …}` to {file}",
    }

    // --- Points (scores/context.rs) ---

    /// A negative deduction.
    SCORES_DEDUCTION_NEGATIVE {
        vi: "điểm trừ phải ghi bằng số dương, không ghi `{text}`",
        en: "a deduction is written as a positive number, not `{text}`",
    }
    /// Hint for [`SCORES_DEDUCTION_NEGATIVE`].
    SCORES_DEDUCTION_NEGATIVE_HINT {
        vi: "Ghi 2 nếu bị trừ 2 điểm.",
        en: "write 2 for a deduction of 2 points",
    }
    /// A negative bonus.
    SCORES_BONUS_NEGATIVE {
        vi: "điểm thưởng không được nhỏ hơn 0 (`{text}`)",
        en: "a bonus cannot be below 0 (`{text}`)",
    }
    /// Hint for [`SCORES_BONUS_NEGATIVE`].
    SCORES_ZERO_OR_MORE {
        vi: "Ghi số từ 0 trở lên.",
        en: "write 0 or more",
    }
    /// Negative points.
    SCORES_POINTS_NEGATIVE {
        vi: "điểm không được nhỏ hơn 0 (`{text}`)",
        en: "points cannot be below 0 (`{text}`)",
    }
    /// Hint for [`SCORES_POINTS_NEGATIVE`].
    SCORES_POINTS_NEGATIVE_HINT {
        vi: "Ghi số từ 0 trở lên; điểm bị trừ thì ghi vào điểm trừ (deduction).",
        en: "write 0 or more; points taken away belong in the deduction",
    }
    /// Points above the criterion's max.
    SCORES_ABOVE_MAX {
        vi: "điểm `{text}` vượt quá điểm tối đa {max} của tiêu chí `{id}`",
        en: "`{text}` is above the maximum of criterion `{id}` ({max})",
    }
    /// Bonus above its cap.
    SCORES_BONUS_ABOVE_MAX {
        vi: "điểm thưởng `{text}` vượt quá mức tối đa {max} của bảng chấm điểm",
        en: "bonus `{text}` is above the rubric's cap of {max}",
    }
    /// Deduction above its cap.
    SCORES_DEDUCTION_ABOVE_MAX {
        vi: "điểm trừ `{text}` vượt quá mức tối đa {max} của bảng chấm điểm",
        en: "deduction `{text}` is above the rubric's cap of {max}",
    }
    /// Hint for the `…_ABOVE_MAX` messages.
    SCORES_AT_MOST {
        vi: "Ghi số không lớn hơn {max}.",
        en: "write at most {max}",
    }

    // --- YAML score files (scores/yaml.rs) ---

    /// `notes:` holding a single value.
    SCORES_NOTES_SCALAR {
        vi: "`notes` dùng để ghi chú cho từng ô điểm",
        en: "`notes` holds the notes of single cells",
    }
    /// Hint for [`SCORES_NOTES_SCALAR`].
    SCORES_NOTES_HINT {
        vi: "Ghi notes: {\"1.1\": \"…\"}, hoặc dùng note: cho cả dòng.",
        en: "write notes: {\"1.1\": \"…\"}, or use note: for the whole row",
    }
    /// `note:` holding a mapping.
    SCORES_NOTE_MAP {
        vi: "ghi chú phải là một đoạn chữ, không phải các dòng `key: value`",
        en: "a note is text, not a mapping",
    }
    /// Hint for [`SCORES_NOTE_MAP`].
    SCORES_NOTE_HINT {
        vi: "Ghi note: \"…\".",
        en: "write note: \"…\"",
    }
    /// Hint for [`DATA_KEY_TWICE_FOR_UNIT`](super::data::DATA_KEY_TWICE_FOR_UNIT) in a YAML
    /// score file.
    SCORES_ONE_VALUE {
        vi: "Mỗi tiêu chí chỉ giữ một giá trị.",
        en: "keep only one value per criterion",
    }
    /// A mapping where points belong.
    SCORES_MAPPING_FOR_POINTS {
        vi: "`{name}` chứa các dòng `key: value` ở chỗ cần ghi điểm",
        en: "`{name}` holds a mapping where points belong",
    }
    /// A cell note written twice.
    SCORES_NOTE_TWICE {
        vi: "ghi chú cho `{name}` được ghi hai lần",
        en: "the note for `{name}` is given twice",
    }
    /// Hint for [`SCORES_NOTE_TWICE`].
    SCORES_ONE_NOTE {
        vi: "Mỗi ô điểm chỉ giữ một ghi chú.",
        en: "keep one note per cell",
    }
}
