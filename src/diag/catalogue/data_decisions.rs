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
}
