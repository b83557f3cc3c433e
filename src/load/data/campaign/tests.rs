//! campaign.yaml: stages, clusters, rubrics, awards and nominations.

use std::path::Path;

use crate::load::data::testing::{CAMPAIGN, DIR, RUBRIC, Site, the_one, the_one_file};
use crate::model::decisions::Status;
use crate::model::{Quota, RankRange, Rounding, Scope, Share, Stage};

const FILE: &str = "data/campaigns/c2023/campaign.yaml";

fn with_campaign(text: &str) -> Site {
    Site::standard().in_campaign("campaign.yaml", text)
}

#[test]
fn the_standard_campaign_loads_with_defaults() {
    let data = Site::standard().load_clean();
    let c = &data.campaigns[0];
    assert_eq!(c.id, "c2023");
    assert_eq!(c.year, Some(2023));
    assert_eq!(c.stages, Stage::defaults());
    assert_eq!(c.clusters[0].leader.as_deref(), Some("p12"));
    assert_eq!(c.clusters[1].members, ["x1"]);
    let award = &c.awards[0];
    assert_eq!(
        (award.scope, award.quota),
        (Scope::Cluster, Quota::Ranks(RankRange { from: 1, to: 1 }))
    );
    assert!(!c.illustrative);
    let sources: Vec<&str> = c.sources.iter().map(|p| p.to_str().unwrap()).collect();
    assert_eq!(
        sources,
        [
            FILE,
            "data/campaigns/c2023/rubrics/vhtt.yaml",
            "data/units.yaml"
        ]
    );
}

#[test]
fn optional_parts_are_read() {
    let text = format!(
        "{CAMPAIGN}description: |\n  Một **đoạn** văn.\nillustrative: true\nstages:\n  - {{id: self, label: Tự chấm}}\n  - {{id: final}}\nnominations:\n  cum-1: [nguyen-thi-lan]\n"
    )
    .replace("    deputy: p7\n", "    deputy: p7\n    inspection: {at: 2020-11-20 08:00, place: UBND Phường 12}\n    team: [{name: Nguyễn Văn A, role: Trưởng đoàn}]\n");
    let data = with_campaign(&text).load_clean();
    let c = &data.campaigns[0];
    assert_eq!(c.description, "Một **đoạn** văn.");
    assert!(c.illustrative);
    assert_eq!(
        c.stages[1],
        Stage {
            id: "final".into(),
            label: "final".into()
        }
    );
    assert_eq!(c.nominations["cum-1"], ["nguyen-thi-lan"]);
    let ins = c.clusters[0].inspection.as_ref().unwrap();
    assert_eq!(
        (ins.at.as_str(), ins.place.as_str()),
        ("2020-11-20T08:00", "UBND Phường 12")
    );
    assert_eq!(c.clusters[0].team[0].role, "Trưởng đoàn");
}

#[test]
fn a_misspelt_key_names_the_allowed_ones() {
    let (_, d) = with_campaign(&CAMPAIGN.replace("    members: [x1]", "    mebers: [x1]")).load();
    let d = the_one(&d, FILE, 12, 5, "unknown key `mebers`");
    assert!(
        d.hint.contains("did you mean `members`?") && d.hint.contains("leader"),
        "{}",
        &*d.hint
    );
}

#[test]
fn cluster_members_must_exist_and_belong_to_one_cluster() {
    let (_, d) = with_campaign(&CAMPAIGN.replace("members: [x1]", "members: [x1, p99]")).load();
    the_one(&d, FILE, 12, 19, "unit `p99` does not exist");
    let (_, d) = with_campaign(&CAMPAIGN.replace("members: [x1]", "members: [x1, p7]")).load();
    let d = the_one(
        &d,
        FILE,
        12,
        19,
        "unit `p7` is already a member of cluster `cum-1` (line 7)",
    );
    assert!(d.hint.contains("one cluster only"));
}

#[test]
fn leader_and_deputy_are_members() {
    let (_, d) = with_campaign(&CAMPAIGN.replace("leader: p12", "leader: x1")).load();
    let d = the_one(
        &d,
        FILE,
        8,
        13,
        "the leader `x1` is not a member of cluster `cum-1`",
    );
    assert!(d.hint.contains("p4, p7, p12"));
    let (_, d) = with_campaign(&CAMPAIGN.replace("deputy: p7", "deputy: pb")).load();
    the_one(&d, FILE, 9, 13, "the deputy `pb` is not a member");
}

#[test]
fn inspection_dates_must_be_real() {
    for at in ["2020-11-20T08:00", "2020-11-20", "\"2020-11-20 08:00\""] {
        let text = CAMPAIGN.replace(
            "    deputy: p7\n",
            &format!("    deputy: p7\n    inspection: {{at: {at}}}\n"),
        );
        with_campaign(&text).load_clean();
    }
    let text = CAMPAIGN.replace(
        "    deputy: p7\n",
        "    deputy: p7\n    inspection:\n      at: 20/11/2020 8h\n",
    );
    let (_, d) = with_campaign(&text).load();
    let d = the_one(&d, FILE, 11, 11, "`20/11/2020 8h` is not a date and time");
    assert!(d.hint.contains("2020-11-20T08:00"));
}

#[test]
fn ids_are_valid_and_unique() {
    let (_, d) = with_campaign(&CAMPAIGN.replace("id: cum-2", "id: cum-1")).load();
    the_one(
        &d,
        FILE,
        10,
        9,
        "cluster id `cum-1` is used twice (first on line 5)",
    );
    let text = format!("{CAMPAIGN}stages:\n  - {{id: Tự chấm}}\n");
    let (_, d) = with_campaign(&text).load();
    let d = the_one(&d, FILE, 17, 10, "`Tự chấm` is not a valid stage id");
    assert!(d.hint.contains("lowercase"));
}

#[test]
fn declared_rubrics_need_a_file_and_files_need_a_declaration() {
    let (_, d) =
        with_campaign(&CAMPAIGN.replace("rubrics: [vhtt]", "rubrics: [vhtt, khac]")).load();
    let d = the_one(
        &d,
        FILE,
        13,
        17,
        "rubric `khac` has no file data/campaigns/c2023/rubrics/khac.yaml",
    );
    assert!(d.hint.contains("remove `khac`"));
    let (_, d) = Site::standard()
        .in_campaign("rubrics/thua.yaml", RUBRIC)
        .load();
    the_one_file(
        &d,
        "data/campaigns/c2023/rubrics/thua.yaml",
        "a file for a rubric that is not declared: `thua`",
    );
}

#[test]
fn award_rules_are_checked() {
    let award = |rule: &str| CAMPAIGN.replace("{title: Cờ thi đua, rubric: vhtt, ranks: 1}", rule);
    let cases = [
        (
            "{title: Cờ, rubric: khac, ranks: 1}",
            25,
            "the award's rubric `khac` is not one of this campaign's rubrics",
        ),
        (
            "{title: Cờ, rubric: vhtt, ranks: 0}",
            38,
            "`0` is not a rank range",
        ),
        (
            "{title: Cờ, rubric: vhtt, ranks: \"4-2\"}",
            38,
            "`4-2` is not a rank range",
        ),
        (
            "{title: Cờ, rubric: vhtt, ranks: 1, scope: all}",
            48,
            "`all` is not a scope",
        ),
        (
            "{title: Cờ, rubric: vhtt, ranks: 1, min_band: Giỏi}",
            51,
            "`Giỏi` is not a band of rubric `vhtt`",
        ),
        (
            "{title: Cờ, rubric: vhtt}",
            5,
            "this award does not say how many win: by ranks or by a share",
        ),
        (
            "{title: Cờ, rubric: vhtt, ranks: 1, share: 20%}",
            48,
            "this award gives both `ranks` and `share`",
        ),
        (
            "{title: Cờ, rubric: vhtt, share: 12.345%}",
            38,
            "the share \"12.345%\" is not a percentage",
        ),
        (
            "{title: Cờ, rubric: vhtt, share: 20%, rounding: ceil}",
            53,
            "there is no rounding \"ceil\"",
        ),
        (
            "{title: Cờ, rubric: vhtt, ranks: 2, rounding: up}",
            51,
            "`rounding` applies only to a quota given as a `share`",
        ),
    ];
    for (rule, col, message) in cases {
        let (data, d) = with_campaign(&award(rule)).load();
        the_one(&d, FILE, 15, col, message);
        assert!(data.campaigns[0].awards.is_empty());
    }
    let data = with_campaign(&award(
        "{title: Bằng khen, rubric: vhtt, ranks: \"2-4\", kinds: [phuong], min_band: Tốt}",
    ))
    .load_clean();
    let a = &data.campaigns[0].awards[0];
    assert_eq!(a.quota, Quota::Ranks(RankRange { from: 2, to: 4 }));
    assert_eq!(a.kinds.as_deref(), Some(&["phuong".to_string()][..]));
    let data = with_campaign(&award("{title: Cờ, rubric: vhtt, ranks: 3}")).load_clean();
    assert_eq!(
        data.campaigns[0].awards[0].quota,
        Quota::Ranks(RankRange { from: 1, to: 3 })
    );
    let data = with_campaign(&award(
        "{title: Giấy khen, rubric: vhtt, share: \"12,5%\", rounding: nearest}",
    ))
    .load_clean();
    assert_eq!(
        data.campaigns[0].awards[0].quota,
        Quota::Share(Share {
            hundredths: 1250,
            rounding: Rounding::Nearest
        })
    );
}

#[test]
fn without_clusters_the_scope_is_overall_and_cluster_scope_is_an_error() {
    let no_clusters =
        "title: T\nrubrics: [vhtt]\nawards:\n  - {title: Cờ, rubric: vhtt, ranks: 1}\n";
    let data = with_campaign(no_clusters).load_clean();
    assert_eq!(data.campaigns[0].awards[0].scope, Scope::Overall);
    let (_, d) =
        with_campaign(&no_clusters.replace("ranks: 1}", "ranks: 1, scope: cluster}")).load();
    the_one(&d, FILE, 4, 48, "`scope: cluster` needs clusters");
    let (_, d) = with_campaign(&format!("{no_clusters}nominations:\n  cum-1: [a]\n")).load();
    the_one(&d, FILE, 6, 3, "`cum-1` is not a cluster of this campaign");
}

#[test]
fn a_folder_without_campaign_yaml_and_a_broken_yaml() {
    let (data, d) = Site::standard()
        .without(&format!("{DIR}/campaign.yaml"))
        .load();
    the_one_file(
        &d,
        "data/campaigns/c2023/campaign.yaml",
        "has no campaign.yaml",
    );
    assert!(data.campaigns.is_empty());
    let (_, d) = with_campaign("title: Bước 1: chuẩn bị\n").load();
    let d = the_one(&d, FILE, 1, 14, "the YAML is not well formed");
    assert!(d.hint.contains("quotes"));
    let (_, d) = with_campaign("year: 2023\nrubrics: [vhtt]\n").load();
    the_one(&d, FILE, 1, 1, "the campaign has no title");
    let (_, d) = with_campaign("# nothing yet\n").load();
    the_one(&d, FILE, 1, 1, "the file is empty");
}

#[test]
fn sources_are_relative() {
    let data = Site::standard().load_clean();
    assert!(data.sources.iter().all(|p| p.is_relative()));
    assert!(
        data.sources
            .contains(&Path::new("data/units.yaml").to_path_buf())
    );
}

#[test]
fn status_window_timeline_decisions_and_certificates_load() {
    let extra = "\
status: provisional
consultation: {from: 2024-11-20, working_days: 10, contact: Phòng Nội vụ}
holidays: [2024-09-03, 2024-09-02]
timeline:
  - {date: 2020-07-31, title: Sơ kết}
  - {date: 2020-06-15, time: \"08:00\", title: Gửi báo cáo, who: Các đơn vị}
decisions:
  issuer: UBND THỊ XÃ
  place: Tịnh Biên
  signer: {authority: KT. CHỦ TỊCH, position: PHÓ CHỦ TỊCH, name: Nguyễn Văn C}
certificates:
  positions:
    unit: {top: 95, size: 26}
";
    let data = with_campaign(&format!("{CAMPAIGN}{extra}")).load_clean();
    let c = &data.campaigns[0];
    assert_eq!(c.status, Status::Provisional);
    let k = c.consultation.as_ref().unwrap();
    assert_eq!(k.until(&c.holidays).iso(), "2024-12-03");
    assert_eq!(c.holidays[0].iso(), "2024-09-02");
    assert_eq!(c.timeline[0].title, "Gửi báo cáo");
    assert_eq!(c.timeline[0].time.as_deref(), Some("08:00"));
    assert_eq!(c.timeline[1].date.iso(), "2020-07-31");
    let d = c.decisions.as_ref().unwrap();
    assert_eq!(d.doc_type, None);
    let cert = c.certificates.as_ref().unwrap();
    // The signer comes from the decisions; the unit's line is moved, the others are not.
    assert_eq!(cert.document.signer.as_ref().unwrap().name, "Nguyễn Văn C");
    assert_eq!((cert.place("unit").top, cert.place("unit").size), (95, 26));
    assert!(cert.preprinted);
}

#[test]
fn status_window_and_timeline_mistakes_are_reported_where_written() {
    let cases = [
        (
            "status: approved\n",
            16,
            9,
            "there is no status \"approved\"",
        ),
        (
            "consultation: {from: 2024-11-31, working_days: 10}\n",
            16,
            22,
            "\"2024-11-31\" is not a date",
        ),
        (
            "consultation: {from: 2024-11-20, working_days: mười}\n",
            16,
            48,
            "\"mười\" is not a number of working days",
        ),
        (
            "timeline:\n  - {date: 2020-06-15, time: 8h, title: Họp}\n",
            17,
            30,
            "\"8h\" is not a time",
        ),
        (
            "certificates:\n  issuer: UBND\n  positions: {ten: {top: 1}}\n",
            18,
            15,
            "certificates have no field \"ten\"",
        ),
    ];
    for (extra, line, col, message) in cases {
        let (_, d) = with_campaign(&format!("{CAMPAIGN}{extra}")).load();
        the_one(&d, FILE, line, col, message);
    }
}
