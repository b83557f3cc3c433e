//! Messages of `bangvang forms` (`src/build/forms.rs`, `src/cli/forms.rs`): choosing what to
//! write, and what was written.

phrases! {
    /// `--campaign` names no campaign.
    FORMS_NO_SUCH_CAMPAIGN {
        vi: "không có phong trào `{campaign}`",
        en: "there is no campaign `{campaign}`",
    }
    /// Hint: the campaigns there are.
    FORMS_CAMPAIGNS_ARE {
        vi: "Chọn một trong các phong trào: {list}.",
        en: "choose one of the campaigns: {list}",
    }
    /// `--rubric` names no rubric of the chosen campaigns.
    FORMS_NO_SUCH_RUBRIC {
        vi: "không có bảng chấm điểm `{rubric}` trong phong trào đã chọn",
        en: "the chosen campaigns have no rubric `{rubric}`",
    }
    /// Hint: the rubrics there are.
    FORMS_RUBRICS_ARE {
        vi: "Chọn một trong các bảng chấm điểm: {list}.",
        en: "choose one of the rubrics: {list}",
    }
    /// `--stage` names no stage of a chosen campaign.
    FORMS_NO_SUCH_STAGE {
        vi: "phong trào `{campaign}` không có giai đoạn chấm `{stage}`",
        en: "the campaign `{campaign}` has no stage `{stage}`",
    }
    /// Hint: the stages there are.
    FORMS_STAGES_ARE {
        vi: "Chọn một trong các giai đoạn chấm: {list}.",
        en: "choose one of the stages: {list}",
    }
    /// The site has no campaign, so no form.
    FORMS_NOTHING {
        vi: "trang không có phong trào nào, nên không có phiếu chấm điểm nào để tạo",
        en: "the site has no campaign, so there is no scoring form to make",
    }
    /// Hint for [`FORMS_NOTHING`].
    FORMS_ADD_CAMPAIGN {
        vi: "Thêm một phong trào vào thư mục data/campaigns/ trước.",
        en: "add a campaign under data/campaigns/ first",
    }
    /// A form could not be made.
    FORMS_CANNOT_MAKE {
        vi: "không tạo được phiếu chấm điểm: {error}",
        en: "cannot make the scoring form: {error}",
    }
    /// Hint: the disk or the folder.
    FORMS_CHECK_SPACE {
        vi: "Kiểm tra chỗ trống trên ổ đĩa và quyền ghi vào thư mục.",
        en: "check the free disk space and the permissions of the folder",
    }
    /// Hint: a bug.
    FORMS_REPORT_BUG {
        vi: "Đây là lỗi của bangvang; xin báo lại cho nhóm phát triển.",
        en: "this is a bug in bangvang; please report it",
    }
    /// The summary of `bangvang forms`.
    FORMS_DONE {
        vi: "đã tạo {count} phiếu chấm điểm trong {seconds} → {folder}",
        en: "made {count} scoring forms in {seconds} → {folder}",
    }
    /// The summary when nothing went wrong but no form was made.
    FORMS_FAILED {
        vi: "không tạo được phiếu: {errors} lỗi; thư mục phiếu cũ vẫn giữ nguyên",
        en: "no forms made: {errors} error(s); the previous forms folder was left as it was",
    }
}
