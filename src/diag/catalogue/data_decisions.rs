//! Messages of the steps from ranking to decision (SPEC §9), read from `campaign.yaml` and
//! `config.yaml`: quotas as a share, provisional results and the comment window, the
//! timeline and the time zone, decision drafts and certificates.

phrases! {
    // --- Quotas as a share (load/data/campaign/awards.rs) ---

    /// A rule without ranks and without share.
    SHARE_NO_QUOTA {
        vi: "khen thưởng này chưa ghi số lượng: theo hạng (ranks) hay theo tỷ lệ (share)",
        en: "this award does not say how many win: by ranks or by a share",
    }
    /// Hint for [`SHARE_NO_QUOTA`].
    SHARE_ADD_QUOTA {
        vi: "Thêm `ranks: 1` (hạng nhất), `ranks: \"2-4\"` (hạng 2 đến 4) hoặc `share: 20%` (20% số đơn vị).",
        en: "add `ranks: 1` (the top one), `ranks: \"2-4\"` (ranks 2 to 4) or `share: 20%` (20% of the units)",
    }
    /// A rule with both ranks and share.
    SHARE_AND_RANKS {
        vi: "khen thưởng này ghi cả `ranks` lẫn `share`",
        en: "this award gives both `ranks` and `share`",
    }
    /// Hint for [`SHARE_AND_RANKS`].
    SHARE_KEEP_ONE {
        vi: "Chỉ giữ một: `ranks` (theo hạng) hoặc `share` (theo tỷ lệ).",
        en: "keep one: `ranks` (by rank) or `share` (a share of the units)",
    }
    /// A share that does not read as a percentage.
    SHARE_BAD {
        vi: "tỷ lệ khen thưởng \"{share}\" không đọc được",
        en: "the share \"{share}\" is not a percentage",
    }
    /// Hint for [`SHARE_BAD`].
    SHARE_BAD_HINT {
        vi: "Ghi tỷ lệ phần trăm từ 0% đến 100%, tối đa hai chữ số thập phân, ví dụ `share: 20%` hoặc `share: \"12,5%\"`.",
        en: "write a percentage from 0% to 100% with at most two decimals, e.g. `share: 20%` or `share: \"12,5%\"`",
    }
    /// An unknown rounding.
    SHARE_BAD_ROUNDING {
        vi: "cách làm tròn \"{rounding}\" không có",
        en: "there is no rounding \"{rounding}\"",
    }
    /// Hint for [`SHARE_BAD_ROUNDING`].
    SHARE_ROUNDING_HINT {
        vi: "Ghi `rounding: down` (làm tròn xuống, mặc định), `nearest` (làm tròn, từ nửa trở lên thì lên) hoặc `up` (làm tròn lên).",
        en: "write `rounding: down` (the default), `nearest` (a half rounds up) or `up`",
    }
    /// Rounding given with ranks.
    SHARE_ROUNDING_ALONE {
        vi: "`rounding` chỉ dùng khi số lượng khen thưởng ghi theo tỷ lệ (`share`)",
        en: "`rounding` applies only to a quota given as a `share`",
    }
    /// Hint for [`SHARE_ROUNDING_ALONE`].
    SHARE_ROUNDING_ALONE_HINT {
        vi: "Bỏ dòng `rounding`, hoặc thay `ranks` bằng `share: …%`.",
        en: "remove `rounding`, or replace `ranks` with `share: …%`",
    }

    // --- Status, comment window, timeline (load/data/campaign/decisions.rs) ---

    /// An unknown status.
    STATUS_BAD {
        vi: "trạng thái kết quả \"{status}\" không có",
        en: "there is no status \"{status}\"",
    }
    /// Hint for [`STATUS_BAD`].
    STATUS_HINT {
        vi: "Ghi `status: provisional` khi kết quả còn tạm thời (chưa được Hội đồng thông qua), hoặc `status: final` (mặc định).",
        en: "write `status: provisional` while the results are not approved, or `status: final` (the default)",
    }
    /// A date that does not read.
    DATE_BAD {
        vi: "ngày \"{value}\" không đúng",
        en: "\"{value}\" is not a date",
    }
    /// Hint for [`DATE_BAD`].
    DATE_HINT {
        vi: "Ghi ngày theo dạng năm-tháng-ngày, ví dụ 2024-11-20.",
        en: "write the date as year-month-day, e.g. 2024-11-20",
    }
    /// A comment window without its first day.
    CONSULT_NO_FROM {
        vi: "thời gian lấy ý kiến chưa ghi ngày bắt đầu",
        en: "the comment window has no first day",
    }
    /// Hint for [`CONSULT_NO_FROM`].
    CONSULT_ADD_FROM {
        vi: "Thêm `from: 2024-11-20` (ngày bắt đầu công khai lấy ý kiến).",
        en: "add `from: 2024-11-20` (the day the lists are made public)",
    }
    /// A comment window without a number of working days.
    CONSULT_BAD_DAYS {
        vi: "số ngày làm việc lấy ý kiến \"{days}\" không đúng",
        en: "\"{days}\" is not a number of working days",
    }
    /// Hint for [`CONSULT_BAD_DAYS`].
    CONSULT_DAYS_HINT {
        vi: "Ghi số ngày làm việc, ví dụ `working_days: 10` (Nghị định 98/2023, Điều 46: ít nhất 10 ngày làm việc).",
        en: "write a whole number of working days, e.g. `working_days: 10` (Decree 98/2023 Art. 46: at least 10)",
    }
    /// A timeline entry without date.
    TIMELINE_NO_DATE {
        vi: "mốc thời gian này chưa có ngày",
        en: "this timeline entry has no date",
    }
    /// Hint for [`TIMELINE_NO_DATE`].
    TIMELINE_ADD_DATE {
        vi: "Thêm `date: 2020-06-15` (và `time: \"08:00\"` nếu có giờ).",
        en: "add `date: 2020-06-15` (and `time: \"08:00\"` when it has a time)",
    }
    /// A timeline entry whose time does not read.
    TIMELINE_BAD_TIME {
        vi: "giờ \"{time}\" không đúng",
        en: "\"{time}\" is not a time",
    }
    /// Hint for [`TIMELINE_BAD_TIME`].
    TIMELINE_TIME_HINT {
        vi: "Ghi giờ:phút, hai chữ số mỗi phần, trong ngoặc kép, ví dụ `time: \"08:00\"`.",
        en: "write hours:minutes with two digits each, in quotes, e.g. `time: \"08:00\"`",
    }
    /// A timeline entry without title.
    TIMELINE_NO_TITLE {
        vi: "mốc thời gian này chưa ghi việc gì",
        en: "this timeline entry does not say what happens",
    }
    /// Hint for [`TIMELINE_NO_TITLE`].
    TIMELINE_ADD_TITLE {
        vi: "Thêm `title: …`, ví dụ `title: Gửi báo cáo sơ kết 6 tháng`.",
        en: "add `title: …`, e.g. `title: Half-year report due`",
    }

    // --- Decisions and certificates (load/data/campaign/decisions.rs) ---

    /// decisions: without issuer.
    DECISIONS_NO_ISSUER {
        vi: "dự thảo quyết định chưa ghi cơ quan ban hành",
        en: "the draft decisions do not say who issues them",
    }
    /// Hint for [`DECISIONS_NO_ISSUER`].
    DECISIONS_ADD_ISSUER {
        vi: "Thêm `issuer: UBND THỊ XÃ TỊNH BIÊN` trong `decisions:`.",
        en: "add `issuer: …` under `decisions:`",
    }
    /// certificates: with no issuer here nor in decisions.
    CERT_NO_ISSUER {
        vi: "giấy khen chưa ghi cơ quan tặng",
        en: "the certificates do not say who awards them",
    }
    /// Hint for [`CERT_NO_ISSUER`].
    CERT_ADD_ISSUER {
        vi: "Thêm `issuer: …` trong `certificates:`, hoặc thêm khối `decisions:` có `issuer`.",
        en: "add `issuer: …` under `certificates:`, or a `decisions:` block with its `issuer`",
    }
    /// A position for a field certificates do not print.
    CERT_UNKNOWN_FIELD {
        vi: "giấy khen không có mục \"{field}\"",
        en: "certificates have no field \"{field}\"",
    }
    /// Hint for [`CERT_UNKNOWN_FIELD`].
    CERT_FIELDS_HINT {
        vi: "Chỉ ghi vị trí cho các mục: {fields}.",
        en: "give positions only for: {fields}",
    }
    /// A position that is not a whole number of millimetres.
    CERT_BAD_NUMBER {
        vi: "\"{value}\" không phải số nguyên",
        en: "\"{value}\" is not a whole number",
    }
    /// Hint for [`CERT_BAD_NUMBER`].
    CERT_NUMBER_HINT {
        vi: "Ghi vị trí bằng số milimét tính từ mép trên và mép trái tờ giấy (khổ A4 nằm ngang: 297 × 210), cỡ chữ bằng số pt, ví dụ `unit: {top: 95, left: 20, width: 257, size: 24}`.",
        en: "give millimetres from the top and left edges of the sheet (A4 landscape: 297 × 210) and a size in points, e.g. `unit: {top: 95, left: 20, width: 257, size: 24}`",
    }

    // --- The time zone (load/config.rs) ---

    /// An unknown or unsupported time zone.
    TIMEZONE_UNKNOWN {
        vi: "múi giờ \"{zone}\" không dùng được",
        en: "the time zone \"{zone}\" is not supported",
    }
    /// Hint for [`TIMEZONE_UNKNOWN`].
    TIMEZONE_HINT {
        vi: "Bỏ dòng này để dùng giờ Việt Nam (Asia/Ho_Chi_Minh), hoặc ghi một múi giờ không đổi giờ mùa hè: {zones}.",
        en: "remove the line for Việt Nam's time (Asia/Ho_Chi_Minh), or name a zone without daylight saving time: {zones}",
    }
}
