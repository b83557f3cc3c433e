//! Messages of the rubrics, "bảng chấm điểm" (`src/load/data/rubric/`): criteria and
//! sections, bonus and deduction, participants, bands and tie-breakers.

phrases! {
    // --- The rubric (rubric/mod.rs) ---

    /// Hint for an empty rubric file.
    RUBRIC_EMPTY_HINT {
        vi: "Viết bảng chấm điểm: title, criteria (có thể thêm bonus, deduction, bands, tie_breakers).",
        en: "write the rubric: title, criteria (and optionally bonus, deduction, bands, tie_breakers)",
    }
    /// A rubric without title.
    RUBRIC_NO_TITLE {
        vi: "bảng chấm điểm chưa có tiêu đề",
        en: "the rubric has no title",
    }
    /// Hint for [`RUBRIC_NO_TITLE`].
    RUBRIC_ADD_TITLE {
        vi: "Thêm `title: …` ở đầu tệp.",
        en: "add `title: …` at the top of the file",
    }
    /// A rubric without criteria.
    RUBRIC_NO_CRITERIA {
        vi: "bảng chấm điểm chưa có tiêu chí nào",
        en: "the rubric has no criteria",
    }
    /// Hint for [`RUBRIC_NO_CRITERIA`].
    RUBRIC_ADD_CRITERIA {
        vi: "Liệt kê các tiêu chí dưới `criteria:`, mỗi tiêu chí có mã (id), tên (title) và điểm tối đa (max).",
        en: "list them under `criteria:`, each with an id, a title and a max",
    }
    /// The bonus points (điểm thưởng), in the `RUBRIC_CAP_…` messages and
    /// [`RUBRIC_TIE_NEEDS`].
    RUBRIC_BONUS {
        vi: "điểm thưởng",
        en: "bonus",
    }
    /// The deduction points (điểm trừ), in the `RUBRIC_CAP_…` messages and
    /// [`RUBRIC_TIE_NEEDS`].
    RUBRIC_DEDUCTION {
        vi: "điểm trừ",
        en: "deduction",
    }
    /// `bonus:` or `deduction:` without max; `what` is [`RUBRIC_BONUS`] or
    /// [`RUBRIC_DEDUCTION`].
    RUBRIC_CAP_NO_MAX {
        vi: "{what} chưa có điểm tối đa",
        en: "the {what} has no max",
    }
    /// Hint for [`RUBRIC_CAP_NO_MAX`]; `key` is `bonus` or `deduction`.
    RUBRIC_CAP_ADD_MAX {
        vi: "Ghi {key}: {max: 5}, là số {what} nhiều nhất một đơn vị có thể được.",
        en: "write {key}: {max: 5}, the most {what} points a unit can get",
    }
    /// A negative bonus or deduction max.
    RUBRIC_CAP_NEGATIVE {
        vi: "điểm tối đa của {what} không được âm ({max})",
        en: "the {what} max cannot be negative ({max})",
    }
    /// `participants:` with both `kinds` and `units`.
    RUBRIC_PARTICIPANTS_BOTH {
        vi: "đơn vị tham gia được ghi cả theo loại (kinds) lẫn theo từng đơn vị (units)",
        en: "participants are given both by kinds and by units",
    }
    /// Hint for [`RUBRIC_PARTICIPANTS_BOTH`].
    RUBRIC_PARTICIPANTS_KEEP_ONE {
        vi: "Chỉ giữ một cách ghi: kinds: [...] hoặc units: [...].",
        en: "keep one of them: kinds: [...] or units: [...]",
    }
    /// `participants:` with neither.
    RUBRIC_PARTICIPANTS_NEITHER {
        vi: "phần participants không ghi loại (kinds) cũng không ghi đơn vị (units)",
        en: "participants names neither kinds nor units",
    }
    /// Hint for [`RUBRIC_PARTICIPANTS_NEITHER`].
    RUBRIC_PARTICIPANTS_HINT {
        vi: "Ghi participants: {kinds: [xa-phuong]} hoặc {units: [p4, p7]}; hoặc bỏ phần này để chấm mọi đơn vị thành viên của các cụm.",
        en: "write participants: {kinds: [xa-phuong]} or {units: [p4, p7]}, or remove it to score every cluster member",
    }
    /// A kind of unit listed twice.
    RUBRIC_KIND_TWICE {
        vi: "loại `{kind}` được ghi hai lần",
        en: "the kind `{kind}` is listed twice",
    }
    /// Hint for [`RUBRIC_KIND_TWICE`].
    RUBRIC_KIND_ONCE {
        vi: "Mỗi loại chỉ ghi một lần.",
        en: "list each kind once",
    }
    /// A participant listed twice.
    RUBRIC_UNIT_TWICE {
        vi: "đơn vị `{id}` được ghi hai lần",
        en: "unit `{id}` is listed twice",
    }
    /// Hint for [`RUBRIC_UNIT_TWICE`].
    RUBRIC_PARTICIPANT_ONCE {
        vi: "Mỗi đơn vị tham gia chỉ ghi một lần.",
        en: "list each participant once",
    }

    // --- Criteria (rubric/criteria.rs) ---

    /// A criterion without id.
    RUBRIC_CRITERION_NO_ID {
        vi: "tiêu chí này chưa có `id`",
        en: "this criterion has no `id`",
    }
    /// Hint for [`RUBRIC_CRITERION_NO_ID`].
    RUBRIC_CRITERION_ADD_ID {
        vi: "Thêm `id: \"1.1\"` (ghi gì cũng được, miễn là không trùng trong bảng chấm điểm).",
        en: "add `id: \"1.1\"` (any text, unique in the rubric)",
    }
    /// `bonus` or `deduction` as a criterion id.
    RUBRIC_RESERVED_ID {
        vi: "không dùng được `{id}` làm mã tiêu chí",
        en: "`{id}` cannot be a criterion id",
    }
    /// Hint for [`RUBRIC_RESERVED_ID`].
    RUBRIC_RESERVED_HINT {
        vi: "Chọn mã khác: bonus và deduction đã dành cho điểm thưởng và điểm trừ của bảng chấm điểm.",
        en: "bonus and deduction are reserved for the rubric's own bonus and deduction; choose another id",
    }
    /// A criterion without title.
    RUBRIC_CRITERION_NO_TITLE {
        vi: "tiêu chí `{id}` chưa có tên",
        en: "criterion `{id}` has no title",
    }
    /// Hint for [`RUBRIC_CRITERION_NO_TITLE`].
    RUBRIC_CRITERION_ADD_TITLE {
        vi: "Thêm `title: …`.",
        en: "add `title: …`",
    }
    /// A section with `items: []`.
    RUBRIC_SECTION_NO_ITEMS {
        vi: "mục `{id}` chưa có tiêu chí con nào",
        en: "section `{id}` has no items",
    }
    /// Hint for [`RUBRIC_SECTION_NO_ITEMS`].
    RUBRIC_SECTION_NO_ITEMS_HINT {
        vi: "Liệt kê các tiêu chí con, hoặc bỏ `items:` và ghi `max` để mục này thành một tiêu chí được chấm điểm.",
        en: "list its items, or remove `items:` and give it a `max` to make it a leaf",
    }
    /// A section whose max is not the sum of its items'.
    RUBRIC_SECTION_SUM {
        vi: "mục `{id}` có điểm tối đa {max} nhưng tổng điểm tối đa của các tiêu chí con là {sum}",
        en: "section `{id}` has max {max} but its items add up to {sum}",
    }
    /// Hint for [`RUBRIC_SECTION_SUM`].
    RUBRIC_SECTION_SUM_HINT {
        vi: "Ghi max: {sum}, sửa điểm tối đa của các tiêu chí con, hoặc bỏ max đi.",
        en: "write max: {sum}, correct the items' max, or leave max out",
    }
    /// A leaf without max.
    RUBRIC_CRITERION_NO_MAX {
        vi: "tiêu chí `{id}` chưa có điểm tối đa",
        en: "criterion `{id}` has no max",
    }
    /// Hint for [`RUBRIC_CRITERION_NO_MAX`].
    RUBRIC_CRITERION_NO_MAX_HINT {
        vi: "Ghi điểm tối đa cho tiêu chí (max: 10), hoặc thêm các tiêu chí con (items) để nó thành một mục.",
        en: "give a leaf its maximum points (max: 10), or give it items to make it a section",
    }
    /// A negative max.
    RUBRIC_MAX_NEGATIVE {
        vi: "điểm tối đa không được âm ({max})",
        en: "the maximum cannot be negative ({max})",
    }

    // --- Bands and tie-breakers (rubric/ranking.rs) ---

    /// A band without label.
    RUBRIC_BAND_NO_LABEL {
        vi: "xếp loại này chưa có tên",
        en: "this band has no label",
    }
    /// Hint for [`RUBRIC_BAND_NO_LABEL`].
    RUBRIC_BAND_ADD_LABEL {
        vi: "Thêm `label: …`, ví dụ label: Xuất sắc.",
        en: "add `label: …`, e.g. label: Xuất sắc",
    }
    /// A band listed twice.
    RUBRIC_BAND_TWICE {
        vi: "xếp loại `{label}` được ghi hai lần",
        en: "the band `{label}` is listed twice",
    }
    /// Hint for [`RUBRIC_BAND_TWICE`].
    RUBRIC_BAND_OWN_LABEL {
        vi: "Đặt cho mỗi xếp loại một tên riêng.",
        en: "give each band its own label",
    }
    /// A band without min.
    RUBRIC_BAND_NO_MIN {
        vi: "xếp loại `{label}` chưa có điểm tối thiểu",
        en: "band `{label}` has no min",
    }
    /// Hint for [`RUBRIC_BAND_NO_MIN`].
    RUBRIC_BAND_ADD_MIN {
        vi: "Thêm tổng điểm thấp nhất để đạt xếp loại này: min: 90.",
        en: "add the lowest total that reaches it: min: 90",
    }
    /// Bands out of order.
    RUBRIC_BAND_ORDER {
        vi: "xếp loại `{label}` có điểm tối thiểu {min}, không thấp hơn xếp loại trên nó (`{above}`, điểm tối thiểu {above_min})",
        en: "band `{label}` has min {min}, which is not below the band above it (`{above}`, min {above_min})",
    }
    /// Hint for [`RUBRIC_BAND_ORDER`].
    RUBRIC_BAND_ORDER_HINT {
        vi: "Liệt kê các xếp loại từ cao xuống thấp, xếp loại sau có min thấp hơn xếp loại trước.",
        en: "list the bands from highest to lowest, each with a lower min than the one before",
    }
    /// Tie-breaker `bonus` or `deduction` in a rubric without it; `what` is
    /// [`RUBRIC_BONUS`] or [`RUBRIC_DEDUCTION`].
    RUBRIC_TIE_NEEDS {
        vi: "tiêu chí ưu tiên khi bằng điểm `{name}` cần bảng chấm điểm có {what}, nhưng bảng này không có",
        en: "the tie-breaker `{name}` needs a {what} in this rubric, and it has none",
    }
    /// Hint for [`RUBRIC_TIE_NEEDS`].
    RUBRIC_TIE_NEEDS_HINT {
        vi: "Thêm `{name}: {max: …}` vào bảng chấm điểm, hoặc bỏ `{name}` khỏi tie_breakers.",
        en: "add `{name}: {max: …}` to the rubric, or remove `{name}` from tie_breakers",
    }
    /// A tie-breaker that is not a criterion.
    RUBRIC_TIE_UNKNOWN {
        vi: "tiêu chí ưu tiên khi bằng điểm `{name}` không phải là tiêu chí của bảng chấm điểm này",
        en: "the tie-breaker `{name}` is not a criterion of this rubric",
    }
    /// Hint for [`RUBRIC_TIE_UNKNOWN`].
    RUBRIC_TIE_UNKNOWN_HINT {
        vi: "Dùng mã tiêu chí hoặc mã mục của bảng chấm điểm này, `bonus` hoặc `deduction`.",
        en: "use criterion or section ids of this rubric, `bonus` or `deduction`",
    }
    /// A tie-breaker listed twice.
    RUBRIC_TIE_TWICE {
        vi: "tiêu chí ưu tiên khi bằng điểm `{name}` được ghi hai lần",
        en: "the tie-breaker `{name}` is listed twice",
    }
    /// Hint for [`RUBRIC_TIE_TWICE`].
    RUBRIC_TIE_ONCE {
        vi: "Mỗi tiêu chí ưu tiên chỉ ghi một lần.",
        en: "list each tie-breaker once",
    }
}
