//! Messages of `campaign.yaml` (`src/load/data/campaign/`): the campaign, its stages,
//! clusters, award rules, nominations, and which rubric files it loads.

phrases! {
    // --- The campaign (campaign/mod.rs) ---

    /// A campaign folder without campaign.yaml.
    CAMPAIGN_NO_FILE {
        vi: "thư mục phong trào này chưa có tệp campaign.yaml",
        en: "this campaign folder has no campaign.yaml",
    }
    /// Hint for [`CAMPAIGN_NO_FILE`].
    CAMPAIGN_ADD_FILE {
        vi: "Thêm tệp campaign.yaml, ít nhất phải có tiêu đề (xem docs/data-formats.md).",
        en: "add campaign.yaml with at least a title (see docs/data-formats.md)",
    }
    /// Both campaign.yaml and campaign.yml.
    CAMPAIGN_TWICE {
        vi: "phong trào được mô tả hai lần: ở đây và trong {first}",
        en: "the campaign is described twice: here and in {first}",
    }
    /// Hint for [`CAMPAIGN_TWICE`].
    CAMPAIGN_KEEP_ONE {
        vi: "Chỉ giữ một tệp campaign.yaml.",
        en: "keep only one campaign.yaml",
    }
    /// Hint for an empty campaign.yaml.
    CAMPAIGN_EMPTY_HINT {
        vi: "Mô tả phong trào, ít nhất phải có `title: …` (xem docs/data-formats.md).",
        en: "describe the campaign: at least `title: …` (see docs/data-formats.md)",
    }
    /// A campaign without title.
    CAMPAIGN_NO_TITLE {
        vi: "phong trào chưa có tiêu đề",
        en: "the campaign has no title",
    }
    /// Hint for [`CAMPAIGN_NO_TITLE`].
    CAMPAIGN_ADD_TITLE {
        vi: "Thêm `title: …` ở đầu tệp campaign.yaml.",
        en: "add `title: …` at the top of campaign.yaml",
    }
    /// A year that is not a number.
    CAMPAIGN_NOT_A_YEAR {
        vi: "`{year}` không phải là năm",
        en: "`{year}` is not a year",
    }
    /// Hint for [`CAMPAIGN_NOT_A_YEAR`].
    CAMPAIGN_YEAR_HINT {
        vi: "Ghi năm bằng số, ví dụ year: 2023.",
        en: "write the year as a number, e.g. year: 2023",
    }

    // --- Stages (campaign/stages.rs) ---

    /// `stages: []`.
    STAGES_NONE {
        vi: "phong trào không liệt kê giai đoạn chấm nào",
        en: "the campaign lists no stages",
    }
    /// Hint for [`STAGES_NONE`].
    STAGES_NONE_HINT {
        vi: "Liệt kê ít nhất một giai đoạn chấm, hoặc bỏ `stages:` để dùng ba giai đoạn self (tự chấm), cluster (cụm chấm) và appraised (thẩm định).",
        en: "list at least one stage, or remove `stages:` to use self, cluster and appraised",
    }
    /// A stage without id.
    STAGES_NO_ID {
        vi: "giai đoạn chấm này chưa có `id`",
        en: "this stage has no `id`",
    }
    /// Hint for [`STAGES_NO_ID`].
    STAGES_ADD_ID {
        vi: "Thêm `id: …`, ví dụ {id: self, label: Tự chấm}.",
        en: "add `id: …`, e.g. {id: self, label: Tự chấm}",
    }

    // --- Clusters (campaign/clusters.rs) ---

    /// A cluster without id.
    CLUSTERS_NO_ID {
        vi: "cụm thi đua này chưa có `id`",
        en: "this cluster has no `id`",
    }
    /// Hint for [`CLUSTERS_NO_ID`].
    CLUSTERS_ADD_ID {
        vi: "Thêm `id: cum-1`.",
        en: "add `id: cum-1`",
    }
    /// The cluster id `units`, taken by the scorecards' address.
    CLUSTERS_UNITS_RESERVED {
        vi: "không dùng được `units` làm mã cụm: trang điểm của các đơn vị đã dùng địa chỉ này",
        en: "`units` cannot be a cluster id: the scorecards use that address",
    }
    /// Hint for [`CLUSTERS_UNITS_RESERVED`].
    CLUSTERS_UNITS_RESERVED_HINT {
        vi: "Chọn mã khác, ví dụ cum-units.",
        en: "choose another id, e.g. cum-units",
    }
    /// A cluster without name.
    CLUSTERS_NO_NAME {
        vi: "cụm `{id}` chưa có tên",
        en: "cluster `{id}` has no name",
    }
    /// Hint for [`CLUSTERS_NO_NAME`].
    CLUSTERS_ADD_NAME {
        vi: "Thêm `name: …`, ví dụ name: Cụm thi đua 1.",
        en: "add `name: …`, e.g. name: Cụm thi đua 1",
    }
    /// A cluster without members.
    CLUSTERS_NO_MEMBERS {
        vi: "cụm `{id}` chưa có đơn vị thành viên",
        en: "cluster `{id}` has no members",
    }
    /// Hint for [`CLUSTERS_NO_MEMBERS`].
    CLUSTERS_ADD_MEMBERS {
        vi: "Liệt kê các đơn vị của cụm: members: [p4, p7, p9].",
        en: "list its units: members: [p4, p7, p9]",
    }
    /// A member written twice in one cluster.
    CLUSTERS_MEMBER_TWICE {
        vi: "đơn vị `{id}` được ghi hai lần trong cụm `{cluster}`",
        en: "unit `{id}` is listed twice in cluster `{cluster}`",
    }
    /// Hint for [`CLUSTERS_MEMBER_TWICE`].
    CLUSTERS_MEMBER_ONCE {
        vi: "Mỗi đơn vị chỉ ghi một lần.",
        en: "list each member once",
    }
    /// A unit in two clusters.
    CLUSTERS_MEMBER_ELSEWHERE {
        vi: "đơn vị `{id}` đã thuộc cụm `{other}` (dòng {line})",
        en: "unit `{id}` is already a member of cluster `{other}` (line {line})",
    }
    /// Hint for [`CLUSTERS_MEMBER_ELSEWHERE`].
    CLUSTERS_ONE_CLUSTER {
        vi: "Bỏ đơn vị này khỏi một trong hai cụm: mỗi đơn vị chỉ thuộc một cụm.",
        en: "a unit belongs to one cluster only: remove it from one of them",
    }
    /// The cluster leader (cụm trưởng), in [`CLUSTERS_ROLE_NOT_MEMBER`].
    CLUSTERS_LEADER {
        vi: "cụm trưởng",
        en: "leader",
    }
    /// The deputy leader (cụm phó), in [`CLUSTERS_ROLE_NOT_MEMBER`].
    CLUSTERS_DEPUTY {
        vi: "cụm phó",
        en: "deputy",
    }
    /// A leader or deputy who is not a member; `role` is [`CLUSTERS_LEADER`] or
    /// [`CLUSTERS_DEPUTY`].
    CLUSTERS_ROLE_NOT_MEMBER {
        vi: "{role} `{id}` không phải là thành viên của cụm `{cluster}`",
        en: "the {role} `{id}` is not a member of cluster `{cluster}`",
    }
    /// Hint for [`CLUSTERS_ROLE_NOT_MEMBER`].
    CLUSTERS_CHOOSE_MEMBER {
        vi: "Chọn một đơn vị thành viên của cụm: {members}.",
        en: "choose one of its members: {members}",
    }
    /// An inspection without date.
    CLUSTERS_NO_DATE {
        vi: "lịch kiểm tra chưa có ngày",
        en: "the inspection has no date",
    }
    /// Hint for [`CLUSTERS_NO_DATE`].
    CLUSTERS_ADD_DATE {
        vi: "Thêm `at: 2020-11-20T08:00` (hoặc chỉ ghi ngày: 2020-11-20, theo thứ tự năm-tháng-ngày).",
        en: "add `at: 2020-11-20T08:00` (or just the date: 2020-11-20)",
    }
    /// An inspection date that is not a date.
    CLUSTERS_BAD_DATE {
        vi: "`{when}` không phải là ngày giờ hợp lệ",
        en: "`{when}` is not a date and time",
    }
    /// Hint for [`CLUSTERS_BAD_DATE`].
    CLUSTERS_DATE_HINT {
        vi: "Ghi theo dạng 2020-11-20T08:00, 2020-11-20 08:00 hoặc 2020-11-20 (năm-tháng-ngày, giờ theo 24 giờ).",
        en: "write it as 2020-11-20T08:00, 2020-11-20 08:00 or 2020-11-20 (year-month-day, 24-hour time)",
    }
    /// An inspection team member without name.
    CLUSTERS_MEMBER_NO_NAME {
        vi: "thành viên đoàn kiểm tra này chưa có tên",
        en: "this team member has no name",
    }
    /// Hint for [`CLUSTERS_MEMBER_NO_NAME`].
    CLUSTERS_ADD_MEMBER_NAME {
        vi: "Thêm `name: …`, ví dụ {name: Nguyễn Văn A, role: Trưởng đoàn}.",
        en: "add `name: …`, e.g. {name: Nguyễn Văn A, role: Trưởng đoàn}",
    }

    // --- Award rules (campaign/awards.rs) ---

    /// An award without title.
    AWARDS_NO_TITLE {
        vi: "hình thức khen thưởng này chưa có tên",
        en: "this award has no title",
    }
    /// Hint for [`AWARDS_NO_TITLE`].
    AWARDS_ADD_TITLE {
        vi: "Thêm `title: …`, ví dụ title: Cờ thi đua của UBND thành phố.",
        en: "add `title: …`, e.g. title: Cờ thi đua của UBND thành phố",
    }
    /// An award without rubric.
    AWARDS_NO_RUBRIC {
        vi: "khen thưởng này chưa ghi bảng chấm điểm",
        en: "this award names no rubric",
    }
    /// Hint for [`AWARDS_NO_RUBRIC`].
    AWARDS_ADD_RUBRIC {
        vi: "Thêm `rubric: …` với mã một bảng chấm điểm của phong trào.",
        en: "add `rubric: …` with one of the campaign's rubrics",
    }
    /// An award naming a rubric the campaign does not list.
    AWARDS_UNKNOWN_RUBRIC {
        vi: "bảng chấm điểm `{rubric}` của khen thưởng này không thuộc phong trào",
        en: "the award's rubric `{rubric}` is not one of this campaign's rubrics",
    }
    /// Hint for [`AWARDS_UNKNOWN_RUBRIC`].
    AWARDS_USE_RUBRIC {
        vi: "Dùng một trong các mã: {rubrics}.",
        en: "use one of: {rubrics}",
    }
    /// `scope: cluster` without clusters.
    AWARDS_SCOPE_NO_CLUSTERS {
        vi: "`scope: cluster` cần có cụm thi đua, nhưng phong trào này không có cụm nào",
        en: "`scope: cluster` needs clusters, and this campaign has none",
    }
    /// Hint for [`AWARDS_SCOPE_NO_CLUSTERS`].
    AWARDS_SCOPE_NO_CLUSTERS_HINT {
        vi: "Ghi scope: overall, hoặc thêm cụm thi đua cho phong trào.",
        en: "write scope: overall, or add clusters to the campaign",
    }
    /// A scope that is neither `cluster` nor `overall`.
    AWARDS_BAD_SCOPE {
        vi: "`{scope}` không phải là phạm vi xét khen thưởng",
        en: "`{scope}` is not a scope",
    }
    /// Hint for [`AWARDS_BAD_SCOPE`].
    AWARDS_SCOPE_HINT {
        vi: "Ghi scope: cluster (khen thưởng trong từng cụm) hoặc scope: overall (xét chung tất cả đơn vị tham gia).",
        en: "write scope: cluster (the award is given in every cluster) or scope: overall (across all participants)",
    }
    /// Ranks that are not a range.
    AWARDS_BAD_RANKS {
        vi: "`{ranks}` không phải là khoảng hạng hợp lệ",
        en: "`{ranks}` is not a rank range",
    }
    /// Hint for [`AWARDS_BAD_RANKS`].
    AWARDS_RANKS_HINT {
        vi: "Ghi ranks: 3 cho ba hạng đầu, hoặc ranks: \"2-4\" cho hạng 2 đến hạng 4 (hạng bắt đầu từ 1).",
        en: "write ranks: 3 for the top three, or ranks: \"2-4\" for ranks 2 to 4 (ranks start at 1)",
    }
    /// `min_band` that is not a band of the rubric.
    AWARDS_NOT_A_BAND {
        vi: "`{band}` không phải là xếp loại của bảng chấm điểm `{rubric}`",
        en: "`{band}` is not a band of rubric `{rubric}`",
    }
    /// Hint for [`AWARDS_NOT_A_BAND`] when the rubric has no bands.
    AWARDS_NO_BANDS {
        vi: "Thêm xếp loại vào bảng chấm điểm `{rubric}` (bảng này chưa có xếp loại), hoặc bỏ min_band.",
        en: "rubric `{rubric}` has no bands: add bands to it, or remove min_band",
    }
    /// Hint for [`AWARDS_NOT_A_BAND`]: the bands.
    AWARDS_USE_BAND {
        vi: "Dùng một xếp loại của bảng chấm điểm `{rubric}`: {bands}.",
        en: "use one of the bands of rubric `{rubric}`: {bands}",
    }

    // --- Nominations (campaign/nominations.rs) ---

    /// Nominations for something that is not a cluster.
    NOMINATIONS_NOT_CLUSTER {
        vi: "`{cluster}` không phải là cụm của phong trào này",
        en: "`{cluster}` is not a cluster of this campaign",
    }
    /// Hint for [`NOMINATIONS_NOT_CLUSTER`]: the clusters.
    NOMINATIONS_USE_CLUSTER {
        vi: "Dùng mã một cụm: {clusters}.",
        en: "use a cluster id: {clusters}",
    }
    /// Hint for [`NOMINATIONS_NOT_CLUSTER`] when there are no clusters.
    NOMINATIONS_NO_CLUSTERS {
        vi: "Suy tôn được làm theo từng cụm, mà phong trào này không có cụm nào.",
        en: "nominations are made per cluster, and this campaign has no clusters",
    }
    /// The nominations of one cluster written twice.
    NOMINATIONS_TWICE {
        vi: "danh sách suy tôn của cụm `{cluster}` được ghi hai lần",
        en: "the nominations of cluster `{cluster}` are given twice",
    }
    /// Hint for [`NOMINATIONS_TWICE`].
    NOMINATIONS_ONE_LIST {
        vi: "Gộp lại thành một danh sách.",
        en: "put them in one list",
    }

    // --- The rubric files (campaign/rubric_files.rs) ---

    /// A rubric file that `rubrics:` does not list.
    CAMPAIGN_RUBRIC_NOT_DECLARED {
        vi: "tệp của một bảng chấm điểm chưa được khai báo: `{id}`",
        en: "a file for a rubric that is not declared: `{id}`",
    }
    /// Hint for [`CAMPAIGN_RUBRIC_NOT_DECLARED`].
    CAMPAIGN_DECLARE_RUBRIC {
        vi: "Thêm {id} vào `rubrics:` trong {file}, hoặc xóa tệp này.",
        en: "add {id} to `rubrics:` in {file}, or remove this file",
    }
    /// A file in rubrics/ that is not YAML.
    CAMPAIGN_RUBRICS_ONLY_YAML {
        vi: "bị bỏ qua: thư mục rubrics/ chỉ chứa tệp .yaml",
        en: "ignored: only .yaml files belong in rubrics/",
    }
    /// Hint for [`CAMPAIGN_RUBRICS_ONLY_YAML`].
    CAMPAIGN_MOVE_OR_REMOVE {
        vi: "Chuyển tệp đi nơi khác hoặc xóa tệp.",
        en: "move or remove it",
    }
    /// A listed rubric without file.
    CAMPAIGN_RUBRIC_NO_FILE {
        vi: "bảng chấm điểm `{id}` chưa có tệp {file}",
        en: "rubric `{id}` has no file {file}",
    }
    /// Hint for [`CAMPAIGN_RUBRIC_NO_FILE`].
    CAMPAIGN_CREATE_RUBRIC {
        vi: "Tạo tệp đó, hoặc bỏ `{id}` khỏi danh sách `rubrics:`.",
        en: "create that file, or remove `{id}` from rubrics:",
    }
    /// A rubric with two files (`.yaml` and `.yml`).
    CAMPAIGN_RUBRIC_TWICE {
        vi: "bảng chấm điểm `{id}` có hai tệp: tệp này và {file}",
        en: "rubric `{id}` is given twice: here and in {file}",
    }
    /// Hint for [`CAMPAIGN_RUBRIC_TWICE`].
    CAMPAIGN_KEEP_ONE_RUBRIC {
        vi: "Chỉ giữ một trong hai tệp.",
        en: "keep one of the two files",
    }
}
