//! The whole of `data/`: folders, the units file, and what the data set holds.

use std::path::PathBuf;

use super::testing::{CAMPAIGN, RUBRIC, Site, the_one, the_one_file};

#[test]
fn a_site_without_data_is_empty_and_fine() {
    let data = Site::empty().with("config.yaml", "title: x\n").load_clean();
    assert!(data.units.is_empty() && data.campaigns.is_empty() && data.sources.is_empty());
}

#[test]
fn campaigns_are_sorted_and_sources_listed() {
    let data = Site::standard()
        .with("data/campaigns/a2022/campaign.yaml", CAMPAIGN)
        .with("data/campaigns/a2022/rubrics/vhtt.yaml", RUBRIC)
        .with(
            "data/campaigns/a2022/scores/vhtt/self.csv",
            "unit,1.1\np12,5\n",
        )
        .load_clean();
    let ids: Vec<&str> = data.campaigns.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a2022", "c2023"]);
    let sources: Vec<String> = data
        .sources
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(
        sources,
        [
            "data/campaigns/a2022/campaign.yaml",
            "data/campaigns/a2022/rubrics/vhtt.yaml",
            "data/campaigns/a2022/scores/vhtt/self.csv",
            "data/campaigns/c2023/campaign.yaml",
            "data/campaigns/c2023/rubrics/vhtt.yaml",
            "data/units.yaml",
        ]
    );
    assert_eq!(data.units.len(), 5);
}

#[test]
fn the_same_input_gives_the_same_output() {
    let site = Site::standard()
        .with(
            "data/campaigns/b/campaign.yaml",
            "title: B\nrubrics: [vhtt, x]\n",
        )
        .with("data/campaigns/b/rubrics/vhtt.yaml", RUBRIC)
        .with(
            "data/campaigns/b/scores/vhtt/self.csv",
            "unit,1.1\np99,5\npb,3\n",
        )
        .with(
            "data/campaigns/c2023/scores/vhtt/self.csv",
            "unit,1.1,9\np12,50\n",
        );
    let (first, d1) = site.load();
    for _ in 0..5 {
        let (again, d2) = site.load();
        assert_eq!(d1, d2);
        assert_eq!(first.campaigns, again.campaigns);
    }
    assert!(d1.len() >= 4, "{d1:?}");
}

#[test]
fn a_campaign_folder_name_must_be_an_id() {
    let (data, d) = Site::standard()
        .with("data/campaigns/Biên Hòa 2023/campaign.yaml", "title: x\n")
        .load();
    the_one_file(
        &d,
        "data/campaigns/Biên Hòa 2023",
        "the campaign folder name `Biên Hòa 2023` is not a valid id",
    );
    assert_eq!(data.campaigns.len(), 1);
}

#[test]
fn campaigns_need_a_units_file() {
    let (_, d) = Site::standard().without("data/units.yaml").load();
    let d0 = &d[0];
    assert_eq!(d0.file, PathBuf::from("data/units.yaml"));
    assert!(d0.message.contains("no units file"), "{}", &*d0.message);
    // Without units, references to units are not checked one by one.
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn units_may_come_as_csv() {
    let csv = "id;name;kind\np4;Phường 4;phuong\np7;Phường 7;phuong\np12;Phường 12;phuong\nx1;Xã Hòa An;xa\n";
    let data = Site::standard()
        .without("data/units.yaml")
        .with("data/units.csv", csv)
        .load_clean();
    assert_eq!(data.units["x1"].name, "Xã Hòa An");
    assert!(data.sources.contains(&PathBuf::from("data/units.csv")));
}

#[test]
fn a_broken_units_file_is_reported_once() {
    let (_, d) = Site::standard()
        .with("data/units.yaml", "- {id: p4, name: [Phường 4}\n")
        .load();
    the_one(
        &d,
        "data/units.yaml",
        1,
        18,
        "found a list where a single value belongs",
    );
    let (_, d) = Site::standard()
        .with("data/units.yaml", b"- id: p4\n\x00\x01\x02binary")
        .load();
    the_one(&d, "data/units.yaml", 2, 1, "not a text file");
}

#[test]
fn errors_in_many_files_are_all_reported() {
    let (_, d) = Site::standard()
        .with(
            "data/units.yaml",
            format!("{}- {{id: P1, name: x}}\n", super::testing::UNITS),
        )
        .in_campaign("rubrics/vhtt.yaml", RUBRIC.replace("min: 65", "min: 95"))
        .in_campaign("scores/vhtt/self.csv", "unit,1.1\np12,31\np13,1\n")
        .in_campaign("scores/vhtt/cluster.yaml", "p12: {\"1.1\": -1}\n")
        .load();
    let files: Vec<String> = d.iter().map(|d| d.location()).collect();
    assert_eq!(
        files,
        [
            "data/units.yaml:6:8",
            "data/campaigns/c2023/rubrics/vhtt.yaml:15:23",
            "data/campaigns/c2023/scores/vhtt/cluster.yaml:1:14",
            "data/campaigns/c2023/scores/vhtt/self.csv:2:5",
            "data/campaigns/c2023/scores/vhtt/self.csv:3:1",
        ]
    );
}

/// The fenced blocks of the user documentation, in order.
fn doc_blocks() -> Vec<String> {
    let doc = include_str!("../../../docs/data-formats.md");
    doc.split("```")
        .skip(1)
        .step_by(2)
        .map(|b| b.split_once('\n').map_or("", |(_, body)| body).to_string())
        .collect()
}

#[test]
fn the_examples_of_the_documentation_load() {
    let b = doc_blocks();
    // b[4] holds the keys of SPEC §9 (shares, status, timeline, decisions), loaded below.
    let (units_yaml, units_csv, campaign, rubric, wide, long, yaml) =
        (&b[1], &b[2], &b[3], &b[5], &b[6], &b[7], &b[8]);
    let a = Site::empty()
        .with("data/units.yaml", units_yaml)
        .load_clean();
    let c = Site::empty().with("data/units.csv", units_csv).load_clean();
    assert_eq!(a.units["p12"].attrs["address"], "73 Tân Thành");
    assert_eq!(a.units["p12"], c.units["p12"]);
    let units: String = ["p4", "p7", "p9", "p12", "p15"]
        .iter()
        .map(|id| format!("- {{id: {id}, name: P{id}, kind: phuong}}\n"))
        .collect();
    let dir = "data/campaigns/bien-hoa-2023";
    let data = Site::empty()
        .with("data/units.yaml", units)
        .with(&format!("{dir}/campaign.yaml"), campaign)
        .with(&format!("{dir}/rubrics/vhtt.yaml"), rubric)
        .with(&format!("{dir}/scores/vhtt/self.csv"), wide)
        .with(&format!("{dir}/scores/vhtt/cluster.csv"), long)
        .with(&format!("{dir}/scores/vhtt/appraised.yaml"), yaml)
        .load_clean();
    let stages = &data.campaigns[0].scores["vhtt"];
    assert_eq!(stages.len(), 3);
    assert_eq!(stages[0].units["p12"].cells, stages[1].units["p12"].cells);
    assert_eq!(stages[1].units["p7"].cells, stages[2].units["p7"].cells);
    assert_eq!(
        stages[1].units["p7"].cell_notes,
        stages[2].units["p7"].cell_notes
    );
    assert_eq!(stages[0].units["p12"].note, stages[2].units["p12"].note);
    // The campaign with its awards replaced by those of the §9 example, and its other keys.
    let (head, _) = campaign.split_once("awards:").unwrap();
    let extended = format!("{head}{}", b[4]);
    let data = Site::empty()
        .with("data/units.yaml", units_for_example())
        .with(&format!("{dir}/campaign.yaml"), extended)
        .with(&format!("{dir}/rubrics/vhtt.yaml"), rubric)
        .load_clean();
    let c = &data.campaigns[0];
    assert!(c.decisions.is_some() && c.certificates.is_some());
    assert_eq!(c.timeline.len(), 2);
}

/// The units the documentation's campaign names.
fn units_for_example() -> String {
    ["p4", "p7", "p9", "p12", "p15"]
        .iter()
        .map(|id| format!("- {{id: {id}, name: P{id}, kind: phuong}}\n"))
        .collect()
}
