//! Every word the site prints: the labels, headings, hints and accessible names of the
//! built-in theme's templates, and the phrases the pages' code puts together (navigation,
//! titles of generated pages, award scopes, chart titles …), kept in one place so that the
//! site can be published in another language.
//!
//! [`Words`] has one field per phrase; [`VI`] holds the Vietnamese the site prints today and
//! [`EN`] an English translation (for `language: en`). The catalogue of the site's language
//! is in every template's context as `w`, so a template prints a word with `{{ w.key }}`, for
//! example `<dt>{{ w.organiser }}</dt>`; the pages' code reads it from
//! [`crate::render::Renderer::words`]. The value is HTML-escaped like any other; no text here
//! contains a character that escaping changes (`&`, `<`, `>`, `"`, `'`, checked by a test),
//! so it is printed exactly as written and no `| safe` is needed.
//!
//! To add a word: add a field with a doc comment to [`Words`], give it its text in both
//! [`VI`] and [`EN`] (the compiler refuses a catalogue that lacks it), and print it with
//! `{{ w.key }}` or use `w.key` in code (a test fails on a word nothing uses). Reuse a field
//! only where the same phrase means the same thing; when one Vietnamese phrase needs two
//! English ones, it gets two fields (`role_model` and `role_models` are both "Gương điển
//! hình": singular in the handout's "Role model 3/12", plural as a heading). Whole sentences
//! carry their own full stop; a label does not carry the colon or dash that follows it,
//! because the templates follow the same label with different punctuation
//! (`{{ w.leading }}: ` and `{{ w.leading }} — `).
//!
//! In the templates, a sentence with values inside is split into fragments around the
//! values, and the template prints fragments and values in turn:
//! `{{ w.scale_out_of }} {{ r.max }} · {{ r.participants }} {{ w.units_taking_part }}`. Every
//! language must therefore read well in the Vietnamese order, and no fragment may be empty.
//! Where natural English would put a value elsewhere, the English fragments are worded to fit
//! that order rather than changing the templates: "từ 90 điểm" is "at least 90 points" (not
//! "90 points or more"), "Xếp loại từ Tốt trở lên" is "Rated Good or above", "hạng 2 trong cụm"
//! is "ranked 2 in the cluster" (no ordinal), "Năm 2024" and "· năm 2024" are "Year 2024" and
//! "· year 2024", and the 404 page and the search page's fallback end with "the" before the
//! `home_page` link ("Please go back to the" + "home page"). English nouns after a count are
//! plural ("12 role models", "3 units have not been scored …"), which reads wrongly for a count
//! of one; Vietnamese does not inflect.
//!
//! In code, a phrase that puts values together holds `{}` where they go and is filled with
//! [`fill`], so each language keeps its own word order ("Ảnh {}", "Photo of {}"). A template
//! must not name a variable of its own `w`: it would hide the catalogue. The few words of the
//! theme's scripts, and the formats of numbers and dates, are not here yet.

use crate::diag::Lang;
use crate::model::date::Date;
use crate::model::points::Points;

/// The words of the built-in theme, one field per phrase, grouped by the pages that print
/// them; see the module documentation.
#[derive(Debug, serde::Serialize)]
pub struct Words {
    /// The language of these words, which also chooses how numbers and dates are written
    /// ([`Words::number`], [`Words::date`]).
    #[serde(skip)]
    pub lang: Lang,

    // Every page (base.html)
    /// The link that jumps past the header to the page's main content.
    pub skip_to_content: &'static str,
    /// Accessible name of the main menu.
    pub main_navigation: &'static str,
    /// Accessible name of the breadcrumb trail ("Đường dẫn").
    pub breadcrumbs: &'static str,
    /// Marks made-up example data (the template adds the full stop in the page note).
    pub illustrative_data: &'static str,
    /// Footer link to sitemap.xml.
    pub sitemap: &'static str,
    /// Footer link to the Atom news feed.
    pub feed_atom: &'static str,

    // The page that was not found (404.html)
    /// Heading of the 404 page.
    pub page_not_found: &'static str,
    /// First sentence of the 404 page.
    pub page_not_found_explained: &'static str,
    /// Start of "go back to the home page"; the link text follows.
    pub go_back_to: &'static str,
    /// The home page, as link text inside a sentence ("trang chủ").
    pub home_page: &'static str,

    // Facts and lists shared by several pages
    /// Year, as a label or before a year ("Năm 2024").
    pub year: &'static str,
    /// Year in the middle of a line, lower case ("· năm 2024").
    pub year_in_text: &'static str,
    /// The body that runs a campaign or conference ("Cơ quan tổ chức").
    pub organiser: &'static str,
    /// Leading, in first place: label before the leaders, and the badge on a leader's row ("Dẫn
    /// đầu").
    pub leading: &'static str,
    /// Heading of a list of official documents ("Văn bản").
    pub documents: &'static str,
    /// Label before an official document's number ("Số").
    pub number: &'static str,
    /// When something happens: an inspection, a conference, an agenda item ("Thời gian").
    pub time: &'static str,
    /// Where something happens ("Địa điểm").
    pub place: &'static str,
    /// Awards, commendations ("Khen thưởng").
    pub awards: &'static str,
    /// Units or people a cluster puts forward for higher honours ("Suy tôn").
    pub nominations: &'static str,
    /// An emulation cluster, short form ("Cụm").
    pub cluster: &'static str,
    /// A participating unit: a commune, ward, department ("Đơn vị").
    pub unit: &'static str,
    /// The field an honoree works in ("Lĩnh vực").
    pub field: &'static str,
    /// A person's job title ("Chức vụ").
    pub position: &'static str,
    /// Individual honorees, as opposed to collectives ("Cá nhân").
    pub individuals: &'static str,
    /// Collective honorees: teams, offices, units ("Tập thể").
    pub collectives: &'static str,
    /// Heading of an honoree's achievements ("Thành tích").
    pub achievements: &'static str,
    /// Heading of an honoree's story ("Câu chuyện").
    pub story: &'static str,
    /// Badge and note for a shared place ("đồng hạng").
    pub tied: &'static str,
    /// Badge on a unit not scored on every criterion ("chưa đủ").
    pub incomplete: &'static str,

    // Campaigns (home.html, campaigns.html, campaign.html)
    /// Home page heading of the campaigns ("Phong trào thi đua").
    pub emulation_campaigns: &'static str,
    /// The stages a score goes through, e.g. self-assessment then cluster then council ("Các bước
    /// chấm điểm").
    pub scoring_stages: &'static str,
    /// Heading of a campaign's score tables.
    pub scores_and_rankings: &'static str,
    /// Before a score table's maximum ("Thang điểm 100").
    pub scale_out_of: &'static str,
    /// After the number of units in a score table ("12 đơn vị tham gia").
    pub units_taking_part: &'static str,
    /// An emulation cluster, full form ("Cụm thi đua").
    pub emulation_cluster: &'static str,
    /// The unit that chairs a cluster ("Cụm trưởng").
    pub cluster_leader: &'static str,
    /// The unit that is a cluster's deputy chair ("Cụm phó").
    pub cluster_deputy: &'static str,
    /// A cluster's member units ("Thành viên").
    pub members: &'static str,
    /// The team that inspects a cluster ("Đoàn kiểm tra").
    pub inspection_team: &'static str,
    /// Label before the links to a cluster's rankings ("Bảng xếp hạng cụm").
    pub cluster_rankings: &'static str,
    /// Heading and accessible name of the inspection timetable ("Lịch kiểm tra").
    pub inspection_schedule: &'static str,
    /// Label before who an award is open to ("Đối tượng").
    pub eligible: &'static str,
    /// Before the lowest rating an award accepts ("Xếp loại từ Tốt trở lên").
    pub band_from: &'static str,
    /// After the lowest rating an award accepts ("… trở lên").
    pub or_above: &'static str,
    /// Where an award has no winner ("không có đơn vị đạt").
    pub no_unit_qualified: &'static str,
    /// A large campaign's award in one line: how many units won ("{} đơn vị").
    pub award_winners_count: &'static str,
    /// The same for an award given in each cluster ("{} đơn vị, trong {} cụm").
    pub award_winners_in_clusters: &'static str,
    /// Link from that line to the rubric's board, which names the winners.
    pub award_winners_on_board: &'static str,
    /// Badge: more units share the place than there are awards, the council decides.
    pub tie_over_quota: &'static str,
    /// Heading of a campaign's files to download ("Tải về").
    pub downloads: &'static str,

    // Rankings (scoreboard.html)
    /// Label before the unit or units in first place ("Đơn vị dẫn đầu").
    pub leading_unit: &'static str,
    /// Accessible name of the links between the overall and the cluster rankings.
    pub rankings_by_cluster: &'static str,
    /// The ranking of all units, not one cluster's ("Toàn bộ").
    pub overall: &'static str,
    /// After the number of units missing some scores.
    pub units_not_fully_scored: &'static str,
    /// "marked", before the badge that marks those units ("đánh dấu").
    pub marked: &'static str,
    /// Sentence ending the note on missing scores.
    pub unscored_count_as_zero: &'static str,
    /// Heading and accessible name of the ranking table ("Bảng xếp hạng").
    pub rankings: &'static str,
    /// Column: a unit's place ("Hạng").
    pub rank: &'static str,
    /// Column: bonus points, short ("Thưởng").
    pub bonus_short: &'static str,
    /// Column: points deducted, short ("Trừ").
    pub deduction_short: &'static str,
    /// Column: total points, short ("Tổng").
    pub total: &'static str,
    /// A unit's rating band, e.g. excellent, good ("Xếp loại").
    pub band: &'static str,
    /// How the table is ordered.
    pub ranking_rule: &'static str,
    /// How to sort the table again.
    pub sort_hint: &'static str,
    /// Caption of the chart of totals.
    pub chart_totals_caption: &'static str,
    /// Heading of the scoring rubric ("Bảng chấm điểm").
    pub marking_scheme: &'static str,
    /// Label: the highest total a unit can reach ("Tổng điểm tối đa").
    pub max_total: &'static str,
    /// Label: the most bonus points a unit can get ("Điểm thưởng tối đa").
    pub max_bonus: &'static str,
    /// Label: the most points that can be deducted ("Điểm trừ tối đa").
    pub max_deduction: &'static str,
    /// Accessible name of the rubric table ("Tiêu chí chấm điểm").
    pub scoring_criteria: &'static str,
    /// Column: a criterion's number in the rubric ("Mục").
    pub item: &'static str,
    /// Column: a criterion ("Tiêu chí").
    pub criterion: &'static str,
    /// Column: a criterion's maximum points ("Điểm tối đa").
    pub max_points: &'static str,
    /// Before a rating band's threshold ("từ 90 điểm").
    pub at_least: &'static str,
    /// After a number of points ("90 điểm").
    pub points: &'static str,
    /// Heading of the rules that separate equal totals ("Khi bằng điểm").
    pub tie_breakers: &'static str,

    // A unit's scorecard (scorecard.html)
    /// Before a unit's place ("hạng 2").
    pub ranked: &'static str,
    /// A unit's place among all units ("Hạng chung").
    pub overall_rank: &'static str,
    /// Points from the regular criteria ("Điểm các tiêu chí").
    pub criteria_points: &'static str,
    /// Bonus points ("Điểm thưởng").
    pub bonus_points: &'static str,
    /// Points deducted ("Điểm trừ").
    pub deduction_points: &'static str,
    /// Total points ("Tổng điểm").
    pub total_points: &'static str,
    /// Note after the incomplete badge on a scorecard.
    pub some_criteria_unscored: &'static str,
    /// Heading of the table of points per criterion and stage.
    pub points_stage_by_stage: &'static str,
    /// After the number of cells changed since the previous stage.
    pub cells_adjusted: &'static str,
    /// Accessible name of that table ("Điểm từng tiêu chí").
    pub points_by_criterion: &'static str,
    /// Column: maximum points, short ("Tối đa").
    pub maximum: &'static str,
    /// Column: the final points ("Kết quả").
    pub result: &'static str,
    /// Before a section's maximum, in brackets ("tối đa 20").
    pub up_to: &'static str,
    /// Heading of the scorers' notes ("Ghi chú").
    pub notes: &'static str,
    /// Caption of the chart of points per group of criteria.
    pub chart_points_caption: &'static str,
    /// Caption of the chart of self-assessed against final points.
    pub chart_self_caption: &'static str,

    // A unit's page (unit.html)
    /// Label: what kind of unit it is ("Loại đơn vị").
    pub unit_kind: &'static str,
    /// Heading and accessible name of a unit's results ("Kết quả thi đua").
    pub emulation_results: &'static str,
    /// Column: a campaign ("Phong trào").
    pub campaign: &'static str,
    /// Column: one of a campaign's score tables ("Bảng điểm").
    pub score_table: &'static str,
    /// After a unit's place in its cluster ("hạng 2 trong cụm").
    pub in_cluster: &'static str,
    /// A unit with no results.
    pub unit_no_campaigns: &'static str,
    /// Heading of a list of honorees, plural in English ("Gương điển hình").
    pub role_models: &'static str,

    // Honorees (honorees.html, honoree.html, honoree_card.html)
    /// Accessible name of the links to the groups of honorees ("Các nhóm").
    pub groups: &'static str,
    /// Link to the browse section.
    pub browse_by_field_unit_year: &'static str,
    /// Accessible name of the filter form ("Lọc gương điển hình").
    pub filter_role_models: &'static str,
    /// Filter label: individual or collective ("Cá nhân/tập thể").
    pub individual_or_collective: &'static str,
    /// Filter choice that filters nothing ("Tất cả").
    pub all: &'static str,
    /// No honoree matches the filters.
    pub no_role_models_match: &'static str,
    /// Heading of the browse section ("Tra cứu").
    pub browse: &'static str,
    /// Browse by field ("Theo lĩnh vực").
    pub by_field: &'static str,
    /// Browse by unit ("Theo đơn vị").
    pub by_unit: &'static str,
    /// Browse by year ("Theo năm").
    pub by_year: &'static str,
    /// The site has no honorees.
    pub no_role_models_yet: &'static str,
    /// Kicker above an honoree's name ("Gương điển hình tiên tiến").
    pub outstanding_role_model: &'static str,
    /// Heading of the clusters that nominated an honoree ("Được suy tôn").
    pub nominated: &'static str,
    /// Heading of the conferences an honoree took part in ("Hội nghị").
    pub conferences: &'static str,
    /// Badge on a made-up honoree ("minh họa").
    pub illustrative: &'static str,

    // Conferences (home.html, conferences.html, conference.html, handout.html)
    /// Home page heading of the conferences ("Hội nghị điển hình tiên tiến").
    pub role_model_conferences: &'static str,
    /// After the number of honorees of a conference ("12 gương điển hình").
    pub role_models_counted: &'static str,
    /// Link to a conference's printable handout ("Tài liệu in").
    pub print_version: &'static str,
    /// The site has no conferences.
    pub no_conferences_yet: &'static str,
    /// The papers handed to conference delegates ("Tài liệu gửi đại biểu").
    pub delegates_papers: &'static str,
    /// In brackets after it: printed on A4 ("bản in khổ A4").
    pub a4_print_version: &'static str,
    /// Heading of a conference's programme ("Chương trình").
    pub programme: &'static str,
    /// Heading of the honorees a conference commends.
    pub role_models_honoured: &'static str,
    /// Heading of the campaigns a conference reviews.
    pub campaigns_reviewed: &'static str,
    /// Handout link back to the conference page.
    pub back_to_conference: &'static str,
    /// How to print the handout.
    pub print_instructions: &'static str,
    /// Accessible name of the handout's cover ("Trang bìa").
    pub cover_page: &'static str,
    /// Handout heading of the programme ("Chương trình hội nghị").
    pub conference_programme: &'static str,
    /// Column: what happens in a programme slot ("Nội dung").
    pub agenda_item: &'static str,
    /// Before an honoree's number in the handout, singular in English ("Gương điển hình 3/12").
    pub role_model: &'static str,
    /// Label: individual or collective ("Loại").
    pub kind: &'static str,
    /// Before a campaign's number in the handout ("Kết quả phong trào 1/2").
    pub campaign_results: &'static str,
    /// Marks a campaign's made-up figures, in a line ("số liệu minh họa").
    pub illustrative_figures: &'static str,
    /// Column: the units leading a cluster ("Dẫn đầu cụm").
    pub leading_in_cluster: &'static str,
    /// Note explaining the tied badge.
    pub tie_note: &'static str,

    // Official documents (document.html)
    /// Before the subject of a letter ("V/v", về việc); the English carries its own colon, as the
    /// template prints none.
    pub regarding: &'static str,
    /// The national title at the top right of an official document.
    pub national_name: &'static str,
    /// The national motto under it.
    pub national_motto: &'static str,
    /// Label before the addressees ("Kính gửi").
    pub addressed_to: &'static str,
    /// Label before the list of recipients of copies ("Nơi nhận").
    pub recipients: &'static str,

    // Content sections (home.html, section.html)
    /// Home page heading of the latest documents ("Văn bản mới").
    pub recent_documents: &'static str,
    /// Home page heading of the content sections ("Chuyên mục").
    pub sections: &'static str,
    /// A section with no pages.
    pub no_pages_in_section: &'static str,

    // Search (search.html)
    /// Label of the search box.
    pub search_label: &'static str,
    /// Placeholder of the search box: example searches.
    pub search_example: &'static str,
    /// Before the number of searchable items ("Trang có 120 mục để tìm.").
    pub search_count_before: &'static str,
    /// After that number.
    pub search_count_after: &'static str,
    /// Without JavaScript: start of the sentence, the home page link follows.
    pub search_needs_js: &'static str,

    // Put together by the pages' code (render/), not printed by a template directly
    /// The home page, in the navigation and breadcrumbs.
    pub home: &'static str,
    /// The list of campaigns, in the navigation.
    pub nav_campaigns: &'static str,
    /// The search page: its title and its place in the navigation.
    pub search: &'static str,
    /// What a link to a conference is (a related link, a search result).
    pub conference: &'static str,
    /// What a search result that is an official document is.
    pub document: &'static str,
    /// What a search result that is a plain page is.
    pub page: &'static str,
    /// What a search result that is a rubric's scoreboard is.
    pub ranking: &'static str,
    /// One person, as an honoree's kind.
    pub individual: &'static str,
    /// A group, as an honoree's kind.
    pub collective: &'static str,
    /// The note on every page of an illustrative campaign's scores.
    pub illustrative_scores: &'static str,
    /// The note on an illustrative campaign's page.
    pub illustrative_campaign: &'static str,
    /// The note on a made-up honoree's profile, when it gives none of its own.
    pub illustrative_profile: &'static str,
    /// The note on the honoree index when some profiles are made up.
    pub illustrative_some_profiles: &'static str,
    /// The note on a made-up conference's pages, when it gives none of its own.
    pub illustrative_conference: &'static str,
    /// The download of a campaign's results as JSON.
    pub download_json: &'static str,
    /// The download of a campaign's results as CSV.
    pub download_csv: &'static str,
    /// The download of a campaign's inspection schedule.
    pub download_ics: &'static str,
    /// An award given in every cluster.
    pub scope_each_cluster: &'static str,
    /// An award given across all participants.
    pub scope_overall: &'static str,
    /// An award won in a tie beyond the quota: `{}` is the award.
    pub award_tied_pending: &'static str,
    /// A tie-breaker on bonus points.
    pub tie_by_bonus: &'static str,
    /// A tie-breaker on deducted points.
    pub tie_by_deduction: &'static str,
    /// A tie-breaker on a criterion: its id, then its title.
    pub tie_by_criterion: &'static str,
    /// A scoreboard's description: the rubric, then the campaign.
    pub board_description: &'static str,
    /// A scorecard's description: the unit, then the campaign.
    pub scorecard_description: &'static str,
    /// A unit page's description: the unit.
    pub unit_description: &'static str,
    /// A criterion no stage scored.
    pub not_scored: &'static str,
    /// A total below every band.
    pub no_band: &'static str,
    /// Title of the chart of totals: the board's title.
    pub chart_totals_title: &'static str,
    /// Title of a scorecard's chart of points against the maximum: the unit.
    pub chart_points_title: &'static str,
    /// Title of a scorecard's chart of the first stage against the result: the stage, then the unit.
    pub chart_self_title: &'static str,
    /// A bar of the chart of totals: the unit, then its points.
    pub chart_points_of: &'static str,
    /// A row of the self-score chart: the criterion, the self-score, the result.
    pub chart_self_of: &'static str,
    /// The legend of the self-score bars.
    pub self_score: &'static str,
    /// The legend of the final result bars.
    pub final_result: &'static str,
    /// An honoree who gave a report at a conference.
    pub role_spoke: &'static str,
    /// An honoree commended at a conference.
    pub role_commended: &'static str,
    /// An honoree who did both.
    pub role_spoke_and_commended: &'static str,
    /// The title of the honoree index when `content/honorees/_index.md` gives none.
    pub honoree_index_title: &'static str,
    /// The text alternative of an honoree's photo: their name.
    pub photo_of: &'static str,
    /// The handout's title: the conference's.
    pub handout_title: &'static str,
    /// The handout's description: the conference's title.
    pub handout_description: &'static str,
    /// A calendar event of a cluster's inspection: the cluster, then the campaign.
    pub inspection_event: &'static str,
    /// The download of a campaign's results as a workbook.
    pub download_xlsx: &'static str,
    /// The name of the workbook's sheet that explains the columns.
    pub xlsx_legend_sheet: &'static str,
    /// Heading of the legend's column of column names.
    pub xlsx_column: &'static str,
    /// Heading of the legend's column of meanings.
    pub xlsx_meaning: &'static str,
    /// What the column rank_overall holds.
    pub xlsx_rank_overall: &'static str,
    /// What the column rank_cluster holds.
    pub xlsx_rank_cluster: &'static str,
    /// What the column unit holds.
    pub xlsx_unit_id: &'static str,
    /// What the column name holds.
    pub xlsx_unit_name: &'static str,
    /// What the column kind holds.
    pub xlsx_unit_kind: &'static str,
    /// What the column complete holds.
    pub xlsx_complete: &'static str,
    /// The heading of a scoring form.
    pub form_title: &'static str,
    /// The name of a scoring form's sheet.
    pub form_sheet: &'static str,
    /// The stage a scoring form is for: its label.
    pub form_stage: &'static str,
    /// The label before the unit's name on a scoring form.
    pub form_unit_name: &'static str,
    /// The footer of a printed scoring form: the unit's id.
    pub form_footer: &'static str,
    /// The title of the message for a wrong number in a form.
    pub form_error_title: &'static str,
    /// The message for a wrong number in a form: the row's maximum.
    pub form_error: &'static str,
    /// The place and date line above the signature of a form.
    pub form_date_line: &'static str,
    /// The date of a document not dated yet, left blank to be written by hand.
    pub document_date_blank: &'static str,
    /// Who signs a scoring form.
    pub form_signer: &'static str,
    /// Under the signer of a form.
    pub form_sign_hint: &'static str,

    // Languages (a site in several, SPEC §8)
    /// The language's own name for itself, in the switch between languages.
    pub language_itself: &'static str,
    /// Accessible name of the switch between languages.
    pub languages: &'static str,
    /// Above a page shown in the main language because it has no translation.
    pub not_translated: &'static str,
    /// After a link to a page that has no translation.
    pub in_main_language: &'static str,
    /// Before the speakers of an item of a conference's programme.
    pub speakers: &'static str,

    // The words of the theme's scripts, given to them by the page
    /// Before "12/40" when the honoree index is filtered.
    pub showing: &'static str,
    /// After "12/40" when the honoree index is filtered (with its full stop).
    pub role_models_shown: &'static str,
    /// After the number of search results.
    pub results_found: &'static str,
    /// After the number of search results when only the first are shown.
    pub results_first: &'static str,
    /// When a search finds nothing.
    pub no_results: &'static str,

    // From ranking to decision (SPEC §9)
    /// How many a share rule awards: the percentage, then how it is rounded.
    pub share_of_units: &'static str,
    /// A share rounded down.
    pub rounding_down: &'static str,
    /// A share rounded to the nearest whole number, a half up.
    pub rounding_nearest: &'static str,
    /// A share rounded up.
    pub rounding_up: &'static str,
    /// The quota of a share rule in one scope: the percentage, the units it is a share of, the quota.
    pub share_quota: &'static str,
    /// The notice on every page that shows results not yet approved (without full stop).
    pub provisional_results: &'static str,
    /// After the notice: what provisional means (a sentence).
    pub provisional_note: &'static str,
    /// After the notice on a page showing several campaigns: the titles of the provisional ones.
    pub provisional_of: &'static str,
    /// Heading of the public comment window.
    pub consultation_heading: &'static str,
    /// The comment window: first day, last day, number of working days.
    pub consultation_window: &'static str,
    /// Before where to send comments.
    pub consultation_contact: &'static str,
    /// Heading of the campaign timeline.
    pub timeline_heading: &'static str,
    /// Column of the timeline: what happens.
    pub timeline_what: &'static str,
    /// Column of the timeline: who does it.
    pub timeline_who: &'static str,
    /// The mark of a draft decision.
    pub decision_draft: &'static str,
    /// The kind of document of a draft decision, above its summary (when `decisions:` gives
    /// no `type:`).
    pub decision_type: &'static str,
    /// The summary of a draft decision: the award.
    pub decision_summary: &'static str,
    /// Before the articles of a decision (with its colon).
    pub decision_decides: &'static str,
    /// The number of an article.
    pub decision_article: &'static str,
    /// Article 1 of a draft decision: the award, how many collectives, the campaign.
    pub decision_award_article: &'static str,
    /// Article 2 of a draft decision.
    pub decision_effect: &'static str,
    /// Article 3 of a draft decision.
    pub decision_execute: &'static str,
    /// Heading of the attached list.
    pub decision_list: &'static str,
    /// Under the heading of the attached list: the award.
    pub decision_list_of: &'static str,
    /// Under the attached list: the decision number, its date, its issuer.
    pub decision_attached: &'static str,
    /// Column of the attached list: the row number.
    pub decision_no: &'static str,
    /// Column of the attached list: the collective.
    pub decision_collective: &'static str,
    /// Column of the attached list: notes.
    pub decision_note: &'static str,
    /// Under the attached list when some are tied beyond the quota (with its mark).
    pub decision_tie_note: &'static str,
    /// Link to a draft decision.
    pub decision_page: &'static str,
    /// Link to the editable draft decision.
    pub decision_word: &'static str,
    /// Link to the certificates of an award.
    pub certificates_page: &'static str,
    /// Title of a certificates page: the award.
    pub certificates_title: &'static str,
    /// Above the certificates on screen: how to print them.
    pub certificates_help: &'static str,
    /// The achievement line of a certificate: the campaign.
    pub certificate_campaign: &'static str,
    /// The year line of a certificate.
    pub certificate_year: &'static str,
    /// On screen above a certificate of a unit tied beyond the quota.
    pub certificate_tied: &'static str,
    // Light pages for readers (issue 14): long lists in parts, split search, data per rubric.
    /// Label of the links between the parts of a long list.
    pub list_parts: &'static str,
    /// After the number of members of a cluster, when a large campaign does not list them.
    pub member_units: &'static str,
    /// The search of a large site needs two letters to know which part of its index to load.
    pub search_two_letters: &'static str,
    /// While a part of the search index loads.
    pub search_loading: &'static str,
    /// Download of one rubric's results as JSON.
    pub download_json_rubric: &'static str,
}

/// The Vietnamese words, as the built-in theme has always printed them.
pub const VI: Words = Words {
    lang: Lang::Vi,
    // Every page (base.html)
    skip_to_content: "Bỏ qua, đến nội dung chính",
    main_navigation: "Điều hướng chính",
    breadcrumbs: "Đường dẫn",
    illustrative_data: "Dữ liệu minh họa",
    sitemap: "Sơ đồ trang",
    feed_atom: "Tin mới (Atom)",

    // The page that was not found (404.html)
    page_not_found: "Không tìm thấy trang",
    page_not_found_explained: "Trang bạn tìm không có hoặc đã được chuyển đi.",
    go_back_to: "Hãy quay về",
    home_page: "trang chủ",

    // Facts and lists shared by several pages
    year: "Năm",
    year_in_text: "năm",
    organiser: "Cơ quan tổ chức",
    leading: "Dẫn đầu",
    documents: "Văn bản",
    number: "Số",
    time: "Thời gian",
    place: "Địa điểm",
    awards: "Khen thưởng",
    nominations: "Suy tôn",
    cluster: "Cụm",
    unit: "Đơn vị",
    field: "Lĩnh vực",
    position: "Chức vụ",
    individuals: "Cá nhân",
    collectives: "Tập thể",
    achievements: "Thành tích",
    story: "Câu chuyện",
    tied: "đồng hạng",
    incomplete: "chưa đủ",

    // Campaigns (home.html, campaigns.html, campaign.html)
    emulation_campaigns: "Phong trào thi đua",
    scoring_stages: "Các bước chấm điểm",
    scores_and_rankings: "Bảng điểm và xếp hạng",
    scale_out_of: "Thang điểm",
    units_taking_part: "đơn vị tham gia",
    emulation_cluster: "Cụm thi đua",
    cluster_leader: "Cụm trưởng",
    cluster_deputy: "Cụm phó",
    members: "Thành viên",
    inspection_team: "Đoàn kiểm tra",
    cluster_rankings: "Bảng xếp hạng cụm",
    inspection_schedule: "Lịch kiểm tra",
    eligible: "Đối tượng",
    band_from: "Xếp loại từ",
    or_above: "trở lên",
    no_unit_qualified: "không có đơn vị đạt",
    award_winners_count: "{} đơn vị đạt",
    award_winners_in_clusters: "{} đơn vị đạt, trong {} cụm",
    award_winners_on_board: "danh sách từng cụm trên bảng xếp hạng",
    tie_over_quota: "Đồng hạng vượt chỉ tiêu — Hội đồng quyết định",
    downloads: "Tải về",

    // Rankings (scoreboard.html)
    leading_unit: "Đơn vị dẫn đầu",
    rankings_by_cluster: "Bảng xếp hạng theo cụm",
    overall: "Toàn bộ",
    units_not_fully_scored: "đơn vị chưa được chấm đủ các tiêu chí",
    marked: "đánh dấu",
    unscored_count_as_zero: "tiêu chí chưa chấm được tính 0 điểm.",
    rankings: "Bảng xếp hạng",
    rank: "Hạng",
    bonus_short: "Thưởng",
    deduction_short: "Trừ",
    total: "Tổng",
    band: "Xếp loại",
    ranking_rule: "Xếp theo tổng điểm, rồi theo các tiêu chí phụ; các đơn vị bằng nhau cùng hạng và xếp theo thứ tự chữ cái.",
    sort_hint: "Bấm vào tên cột để sắp xếp lại.",
    chart_totals_caption: "Tổng điểm từng đơn vị; đường đứt nét là ngưỡng xếp loại.",
    marking_scheme: "Bảng chấm điểm",
    max_total: "Tổng điểm tối đa",
    max_bonus: "Điểm thưởng tối đa",
    max_deduction: "Điểm trừ tối đa",
    scoring_criteria: "Tiêu chí chấm điểm",
    item: "Mục",
    criterion: "Tiêu chí",
    max_points: "Điểm tối đa",
    at_least: "từ",
    points: "điểm",
    tie_breakers: "Khi bằng điểm",

    // A unit's scorecard (scorecard.html)
    ranked: "hạng",
    overall_rank: "Hạng chung",
    criteria_points: "Điểm các tiêu chí",
    bonus_points: "Điểm thưởng",
    deduction_points: "Điểm trừ",
    total_points: "Tổng điểm",
    some_criteria_unscored: "Có tiêu chí chưa được chấm ở bước nào; tiêu chí đó được tính 0 điểm.",
    points_stage_by_stage: "Điểm từng tiêu chí qua các bước",
    cells_adjusted: "ô đã được điều chỉnh so với bước trước (tô màu, kèm số điểm thay đổi).",
    points_by_criterion: "Điểm từng tiêu chí",
    maximum: "Tối đa",
    result: "Kết quả",
    up_to: "tối đa",
    notes: "Ghi chú",
    chart_points_caption: "Điểm đạt được so với điểm tối đa của từng nhóm tiêu chí.",
    chart_self_caption: "Điểm tự chấm so với điểm cuối cùng.",

    // A unit's page (unit.html)
    unit_kind: "Loại đơn vị",
    emulation_results: "Kết quả thi đua",
    campaign: "Phong trào",
    score_table: "Bảng điểm",
    in_cluster: "trong cụm",
    unit_no_campaigns: "Đơn vị chưa tham gia phong trào nào trên trang này.",
    role_models: "Gương điển hình",

    // Honorees (honorees.html, honoree.html, honoree_card.html)
    groups: "Các nhóm",
    browse_by_field_unit_year: "Tra cứu theo lĩnh vực, đơn vị, năm",
    filter_role_models: "Lọc gương điển hình",
    individual_or_collective: "Cá nhân/tập thể",
    all: "Tất cả",
    no_role_models_match: "Không có gương điển hình nào khớp bộ lọc.",
    browse: "Tra cứu",
    by_field: "Theo lĩnh vực",
    by_unit: "Theo đơn vị",
    by_year: "Theo năm",
    no_role_models_yet: "Chưa có gương điển hình nào.",
    outstanding_role_model: "Gương điển hình tiên tiến",
    nominated: "Được suy tôn",
    conferences: "Hội nghị",
    illustrative: "minh họa",

    // Conferences (home.html, conferences.html, conference.html, handout.html)
    role_model_conferences: "Hội nghị điển hình tiên tiến",
    role_models_counted: "gương điển hình",
    print_version: "Tài liệu in",
    no_conferences_yet: "Chưa có hội nghị nào.",
    delegates_papers: "Tài liệu gửi đại biểu",
    a4_print_version: "bản in khổ A4",
    programme: "Chương trình",
    role_models_honoured: "Gương điển hình được biểu dương",
    campaigns_reviewed: "Phong trào được tổng kết",
    back_to_conference: "Về trang hội nghị",
    print_instructions: "Bản này dành để in khổ A4: dùng lệnh In của trình duyệt.",
    cover_page: "Trang bìa",
    conference_programme: "Chương trình hội nghị",
    agenda_item: "Nội dung",
    role_model: "Gương điển hình",
    kind: "Loại",
    campaign_results: "Kết quả phong trào",
    illustrative_figures: "số liệu minh họa",
    leading_in_cluster: "Dẫn đầu cụm",
    tie_note: "“Đồng hạng”: các đơn vị bằng điểm vượt số lượng khen thưởng; Hội đồng Thi đua - Khen thưởng xét chọn.",

    // Official documents (document.html)
    regarding: "V/v",
    national_name: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    national_motto: "Độc lập - Tự do - Hạnh phúc",
    addressed_to: "Kính gửi",
    recipients: "Nơi nhận",

    // Content sections (home.html, section.html)
    recent_documents: "Văn bản mới",
    sections: "Chuyên mục",
    no_pages_in_section: "Chưa có trang nào trong mục này.",

    // Search (search.html)
    search_label: "Tìm văn bản, phong trào, đơn vị, gương điển hình (gõ có dấu hay không dấu đều được)",
    search_example: "Ví dụ: Phường 12, Tịnh Biên, kế hoạch",
    search_count_before: "Trang có",
    search_count_after: "mục để tìm.",
    search_needs_js: "Tìm kiếm cần JavaScript; bạn vẫn có thể duyệt từ",

    // Put together by the pages' code
    home: "Trang chủ",
    nav_campaigns: "Phong trào",
    search: "Tìm kiếm",
    conference: "Hội nghị",
    document: "Văn bản",
    page: "Trang",
    ranking: "Bảng xếp hạng",
    individual: "Cá nhân",
    collective: "Tập thể",
    illustrative_scores: "Số liệu chấm điểm là ví dụ, không phải kết quả thật.",
    illustrative_campaign: "Số liệu chấm điểm của phong trào này là ví dụ, không phải kết quả thật.",
    illustrative_profile: "Hồ sơ này là ví dụ hư cấu; ảnh là hình vẽ minh họa.",
    illustrative_some_profiles: "Một số hồ sơ dưới đây là ví dụ hư cấu, đánh dấu “minh họa”.",
    illustrative_conference: "Các chi tiết của hội nghị này là ví dụ minh họa.",
    download_json: "Kết quả (JSON)",
    download_csv: "Kết quả (CSV, mở bằng bảng tính)",
    download_ics: "Lịch kiểm tra (iCalendar)",
    scope_each_cluster: "Mỗi cụm",
    scope_overall: "Toàn bộ đơn vị tham gia",
    award_tied_pending: "{} (đồng hạng, chờ Hội đồng quyết định)",
    tie_by_bonus: "Điểm thưởng (cao hơn xếp trên)",
    tie_by_deduction: "Điểm trừ (ít hơn xếp trên)",
    tie_by_criterion: "Tiêu chí {} {} (cao hơn xếp trên)",
    board_description: "Bảng xếp hạng {} — {}",
    scorecard_description: "Bảng điểm của {} — {}",
    unit_description: "Kết quả thi đua của {}",
    not_scored: "chưa chấm",
    no_band: "không đạt mức nào",
    chart_totals_title: "Tổng điểm — {}",
    chart_points_title: "Điểm đạt so với điểm tối đa — {}",
    chart_self_title: "{} so với kết quả cuối cùng — {}",
    chart_points_of: "{}: {} điểm",
    chart_self_of: "{}: tự chấm {}, kết quả {}",
    self_score: "Tự chấm",
    final_result: "Kết quả cuối cùng",
    role_spoke: "Báo cáo tham luận",
    role_commended: "Được biểu dương",
    role_spoke_and_commended: "Báo cáo tham luận và được biểu dương",
    honoree_index_title: "Gương điển hình tiên tiến",
    photo_of: "Ảnh {}",
    handout_title: "Tài liệu hội nghị — {}",
    handout_description: "Tài liệu gửi đại biểu dự {}",
    inspection_event: "Kiểm tra {} — {}",
    download_xlsx: "Kết quả (Excel, mở bằng bảng tính)",
    xlsx_legend_sheet: "Chú thích",
    xlsx_column: "Cột",
    xlsx_meaning: "Nội dung",
    xlsx_rank_overall: "Hạng chung trong bảng chấm điểm",
    xlsx_rank_cluster: "Hạng trong cụm thi đua",
    xlsx_unit_id: "Mã đơn vị",
    xlsx_unit_name: "Tên đơn vị",
    xlsx_unit_kind: "Loại đơn vị",
    xlsx_complete: "Đã chấm đủ mọi tiêu chí (TRUE) hay còn tiêu chí chưa chấm (FALSE)",
    form_title: "PHIẾU CHẤM ĐIỂM THI ĐUA",
    form_sheet: "Phiếu chấm",
    form_stage: "Giai đoạn chấm: {}",
    form_unit_name: "Tên đơn vị",
    form_footer: "Phiếu chấm điểm của đơn vị {}",
    form_error_title: "Điểm không hợp lệ",
    form_error: "Nhập một số từ 0 đến {}, nhiều nhất 2 chữ số thập phân; để trống nếu chưa chấm.",
    form_date_line: "…, ngày … tháng … năm …",
    document_date_blank: "ngày      tháng      năm",
    form_signer: "THỦ TRƯỞNG ĐƠN VỊ",
    form_sign_hint: "(Ký, ghi rõ họ tên, đóng dấu)",
    language_itself: "Tiếng Việt",
    languages: "Ngôn ngữ",
    not_translated: "Trang này chưa được dịch sang tiếng Việt; nội dung dưới đây giữ nguyên bản tiếng Anh.",
    in_main_language: "bản tiếng Anh",
    speakers: "Tham luận",
    showing: "Đang hiện",
    role_models_shown: "gương điển hình.",
    results_found: "kết quả",
    results_first: "(đầu tiên)",
    no_results: "Không tìm thấy kết quả.",
    // From ranking to decision (SPEC §9)
    share_of_units: "{} số đơn vị ({})",
    rounding_down: "làm tròn xuống",
    rounding_nearest: "làm tròn, từ nửa trở lên thì lên",
    rounding_up: "làm tròn lên",
    share_quota: "{} của {} đơn vị = {}",
    provisional_results: "Kết quả tạm thời",
    provisional_note: "Kết quả chưa được Hội đồng Thi đua - Khen thưởng xét duyệt, có thể còn thay đổi.",
    provisional_of: "Kết quả của {} chưa được xét duyệt, có thể còn thay đổi.",
    consultation_heading: "Lấy ý kiến",
    consultation_window: "Danh sách được công khai lấy ý kiến từ {} đến hết ngày {} ({} ngày làm việc).",
    consultation_contact: "Góp ý gửi về",
    timeline_heading: "Các mốc thời gian",
    timeline_what: "Nội dung",
    timeline_who: "Đơn vị thực hiện",
    decision_draft: "DỰ THẢO",
    decision_type: "QUYẾT ĐỊNH",
    decision_summary: "Về việc tặng {}",
    decision_decides: "QUYẾT ĐỊNH:",
    decision_article: "Điều {}.",
    decision_award_article: "Tặng {} cho {} tập thể đã có thành tích trong {} (có danh sách kèm theo).",
    decision_effect: "Quyết định này có hiệu lực kể từ ngày ký.",
    decision_execute: "Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
    decision_list: "DANH SÁCH",
    decision_list_of: "Tập thể được tặng {}",
    decision_attached: "(Kèm theo Quyết định số {} {} của {})",
    decision_no: "STT",
    decision_collective: "Tên tập thể",
    decision_note: "Ghi chú",
    decision_tie_note: "(*) Đồng hạng làm số đơn vị vượt số lượng khen thưởng: Hội đồng Thi đua - Khen thưởng xem xét, quyết định trước khi ban hành.",
    decision_page: "Dự thảo quyết định",
    decision_word: "Bản Word (decision.docx)",
    certificates_page: "In giấy khen",
    certificates_title: "Giấy khen: {}",
    certificates_help: "Mỗi trang một đơn vị, khổ A4 nằm ngang. Khi in, chọn khổ A4, hướng ngang, lề 0 và tắt đầu trang, chân trang.",
    certificate_campaign: "Đã có thành tích xuất sắc trong {}",
    certificate_year: "Năm {}",
    certificate_tied: "Đồng hạng vượt số lượng khen thưởng: chỉ in khi Hội đồng đã quyết định.",
    // Light pages for readers (issue 14).
    list_parts: "Các trang của danh sách",
    member_units: "đơn vị",
    search_two_letters: "Gõ ít nhất hai chữ cái của một từ.",
    search_loading: "Đang tải…",
    download_json_rubric: "Kết quả của bảng điểm (JSON)",
};

/// The English words, for a site with `language: en`.
pub const EN: Words = Words {
    lang: Lang::En,
    // Every page (base.html)
    skip_to_content: "Skip to main content",
    main_navigation: "Main navigation",
    breadcrumbs: "Breadcrumb",
    illustrative_data: "Illustrative data",
    sitemap: "Site map",
    feed_atom: "Latest news (Atom)",

    // The page that was not found (404.html)
    page_not_found: "Page not found",
    page_not_found_explained: "The page you were looking for does not exist or has been moved.",
    go_back_to: "Please go back to the",
    home_page: "home page",

    // Facts and lists shared by several pages
    year: "Year",
    year_in_text: "year",
    organiser: "Organiser",
    leading: "Leading",
    documents: "Documents",
    number: "Number",
    time: "Time",
    place: "Venue",
    awards: "Awards",
    nominations: "Nominations",
    cluster: "Cluster",
    unit: "Unit",
    field: "Field",
    position: "Position",
    individuals: "Individuals",
    collectives: "Collectives",
    achievements: "Achievements",
    story: "Their story",
    tied: "tied",
    incomplete: "incomplete",

    // Campaigns (home.html, campaigns.html, campaign.html)
    emulation_campaigns: "Emulation campaigns",
    scoring_stages: "Scoring stages",
    scores_and_rankings: "Score tables and rankings",
    scale_out_of: "Marked out of",
    units_taking_part: "units taking part",
    emulation_cluster: "Emulation cluster",
    cluster_leader: "Cluster leader",
    cluster_deputy: "Deputy cluster leader",
    members: "Members",
    inspection_team: "Inspection team",
    cluster_rankings: "Cluster rankings",
    inspection_schedule: "Inspection schedule",
    eligible: "Open to",
    band_from: "Rated",
    or_above: "or above",
    no_unit_qualified: "no unit qualified",
    award_winners_count: "{} units won",
    award_winners_in_clusters: "{} units won, in {} clusters",
    award_winners_on_board: "the list cluster by cluster on the rankings",
    tie_over_quota: "Tied beyond the number of awards — the Council decides",
    downloads: "Downloads",

    // Rankings (scoreboard.html)
    leading_unit: "Leading unit",
    rankings_by_cluster: "Rankings by cluster",
    overall: "Overall",
    units_not_fully_scored: "units have not been scored on every criterion",
    marked: "marked",
    unscored_count_as_zero: "criteria not yet scored count as 0 points.",
    rankings: "Rankings",
    rank: "Rank",
    bonus_short: "Bonus",
    deduction_short: "Deducted",
    total: "Total",
    band: "Rating",
    ranking_rule: "Ranked by total points, then by the tie-break criteria; units still level share a rank and are listed alphabetically.",
    sort_hint: "Select a column heading to sort the table by that column.",
    chart_totals_caption: "Total points of each unit; the dashed lines mark the rating thresholds.",
    marking_scheme: "Marking scheme",
    max_total: "Maximum total",
    max_bonus: "Maximum bonus",
    max_deduction: "Maximum deduction",
    scoring_criteria: "Scoring criteria",
    item: "No.",
    criterion: "Criterion",
    max_points: "Maximum points",
    at_least: "at least",
    points: "points",
    tie_breakers: "When totals are level",

    // A unit's scorecard (scorecard.html)
    ranked: "ranked",
    overall_rank: "Overall rank",
    criteria_points: "Points on the criteria",
    bonus_points: "Bonus points",
    deduction_points: "Points deducted",
    total_points: "Total points",
    some_criteria_unscored: "Some criteria were not scored at any stage; they count as 0 points.",
    points_stage_by_stage: "Points for each criterion, stage by stage",
    cells_adjusted: "cells were changed from the previous stage (highlighted, with the change in points).",
    points_by_criterion: "Points for each criterion",
    maximum: "Max.",
    result: "Result",
    up_to: "up to",
    notes: "Notes",
    chart_points_caption: "Points achieved against the maximum for each group of criteria.",
    chart_self_caption: "Self-assessed points against the final points.",

    // A unit's page (unit.html)
    unit_kind: "Type of unit",
    emulation_results: "Emulation results",
    campaign: "Campaign",
    score_table: "Score table",
    in_cluster: "in the cluster",
    unit_no_campaigns: "This unit has not taken part in any campaign on this site.",
    role_models: "Role models",

    // Honorees (honorees.html, honoree.html, honoree_card.html)
    groups: "Groups",
    browse_by_field_unit_year: "Browse by field, unit or year",
    filter_role_models: "Filter role models",
    individual_or_collective: "Individual or collective",
    all: "All",
    no_role_models_match: "No role models match these filters.",
    browse: "Browse",
    by_field: "By field",
    by_unit: "By unit",
    by_year: "By year",
    no_role_models_yet: "There are no role models yet.",
    outstanding_role_model: "Outstanding role model",
    nominated: "Nominated",
    conferences: "Conferences",
    illustrative: "illustrative",

    // Conferences (home.html, conferences.html, conference.html, handout.html)
    role_model_conferences: "Conferences honouring outstanding role models",
    role_models_counted: "role models",
    print_version: "Print version",
    no_conferences_yet: "There are no conferences yet.",
    delegates_papers: "Papers for delegates",
    a4_print_version: "A4 print version",
    programme: "Programme",
    role_models_honoured: "Role models honoured",
    campaigns_reviewed: "Campaigns reviewed",
    back_to_conference: "Back to the conference page",
    print_instructions: "This version is laid out for A4 paper: use the Print command in your browser.",
    cover_page: "Cover page",
    conference_programme: "Conference programme",
    agenda_item: "Item",
    role_model: "Role model",
    kind: "Type",
    campaign_results: "Campaign results",
    illustrative_figures: "illustrative figures",
    leading_in_cluster: "Leading the cluster",
    tie_note: "“Tied”: more units share the score than there are awards; the Emulation and Commendation Council makes the choice.",

    // Official documents (document.html)
    regarding: "Re:",
    national_name: "SOCIALIST REPUBLIC OF VIET NAM",
    national_motto: "Independence - Freedom - Happiness",
    addressed_to: "To",
    recipients: "Recipients",

    // Content sections (home.html, section.html)
    recent_documents: "Latest documents",
    sections: "Sections",
    no_pages_in_section: "There are no pages in this section yet.",

    // Search (search.html)
    search_label: "Search documents, campaigns, units and role models (Vietnamese may be typed with or without accents)",
    search_example: "For example: the name of a unit, a place, plan",
    search_count_before: "This site has",
    search_count_after: "items to search.",
    search_needs_js: "Search needs JavaScript; you can still browse from the",

    // Put together by the pages' code
    home: "Home",
    nav_campaigns: "Campaigns",
    search: "Search",
    conference: "Conference",
    document: "Document",
    page: "Page",
    ranking: "Ranking",
    individual: "Individual",
    collective: "Collective",
    illustrative_scores: "The scores are examples, not real results.",
    illustrative_campaign: "The scores of this campaign are examples, not real results.",
    illustrative_profile: "This profile is a made-up example; the picture is a drawing.",
    illustrative_some_profiles: "Some profiles below are made-up examples, marked “illustrative”.",
    illustrative_conference: "The details of this conference are illustrative examples.",
    download_json: "Results (JSON)",
    download_csv: "Results (CSV, for spreadsheets)",
    download_ics: "Inspection schedule (iCalendar)",
    scope_each_cluster: "In each cluster",
    scope_overall: "Across all participating units",
    award_tied_pending: "{} (tied, for the council to decide)",
    tie_by_bonus: "Bonus points (higher ranks first)",
    tie_by_deduction: "Deducted points (fewer ranks first)",
    tie_by_criterion: "Criterion {} {} (higher ranks first)",
    board_description: "Rankings on {} — {}",
    scorecard_description: "Scores of {} — {}",
    unit_description: "Emulation results of {}",
    not_scored: "not scored",
    no_band: "below every band",
    chart_totals_title: "Total points — {}",
    chart_points_title: "Points against the maximum — {}",
    chart_self_title: "{} against the final result — {}",
    chart_points_of: "{}: {} points",
    chart_self_of: "{}: self-score {}, result {}",
    self_score: "Self-score",
    final_result: "Final result",
    role_spoke: "Gave a report",
    role_commended: "Commended",
    role_spoke_and_commended: "Gave a report and was commended",
    honoree_index_title: "Outstanding role models",
    photo_of: "Photo of {}",
    handout_title: "Conference papers — {}",
    handout_description: "Papers for the delegates of {}",
    inspection_event: "Inspection of {} — {}",
    download_xlsx: "Results (Excel workbook)",
    xlsx_legend_sheet: "Legend",
    xlsx_column: "Column",
    xlsx_meaning: "Meaning",
    xlsx_rank_overall: "Rank among all participants of the rubric",
    xlsx_rank_cluster: "Rank in the cluster",
    xlsx_unit_id: "Unit id",
    xlsx_unit_name: "Unit name",
    xlsx_unit_kind: "Kind of unit",
    xlsx_complete: "Every criterion scored (TRUE), or some not scored (FALSE)",
    form_title: "SCORING FORM",
    form_sheet: "Form",
    form_stage: "Stage: {}",
    form_unit_name: "Unit name",
    form_footer: "Scoring form of unit {}",
    form_error_title: "Points not accepted",
    form_error: "Enter a number from 0 to {}, with at most two decimals; leave it empty when not scored.",
    form_date_line: "…, date …",
    document_date_blank: "date …",
    form_signer: "HEAD OF THE UNIT",
    form_sign_hint: "(signature, full name, stamp)",
    language_itself: "English",
    languages: "Language",
    not_translated: "This page has not been translated into English yet; it is shown in Vietnamese.",
    in_main_language: "in Vietnamese",
    speakers: "Speakers",
    showing: "Showing",
    role_models_shown: "role models.",
    results_found: "results",
    results_first: "(the first)",
    no_results: "Nothing found.",
    // From ranking to decision (SPEC §9)
    share_of_units: "{} of the units ({})",
    rounding_down: "rounded down",
    rounding_nearest: "rounded to the nearest, a half up",
    rounding_up: "rounded up",
    share_quota: "{} of {} units = {}",
    provisional_results: "Provisional results",
    provisional_note: "The results are not yet approved by the Emulation and Commendation Council and may still change.",
    provisional_of: "The results of {} are not yet approved and may still change.",
    consultation_heading: "Public comments",
    consultation_window: "The lists are open for comments from {} to the end of {} ({} working days).",
    consultation_contact: "Send comments to",
    timeline_heading: "Timeline",
    timeline_what: "What",
    timeline_who: "Who",
    decision_draft: "DRAFT",
    decision_type: "DECISION",
    decision_summary: "On awarding the {}",
    decision_decides: "DECIDES:",
    decision_article: "Article {}.",
    decision_award_article: "To award the {} to the {} collectives distinguished in {} (list attached).",
    decision_effect: "This decision takes effect from the date of signing.",
    decision_execute: "The Chief of Office, the heads of the bodies concerned and the collectives named in Article 1 are responsible for carrying out this decision.",
    decision_list: "LIST",
    decision_list_of: "Collectives awarded the {}",
    decision_attached: "(Attached to Decision No. {} of {} by {})",
    decision_no: "No.",
    decision_collective: "Collective",
    decision_note: "Note",
    decision_tie_note: "(*) Tied beyond the number of awards: the Emulation and Commendation Council decides before the decision is issued.",
    decision_page: "Draft decision",
    decision_word: "Word file (decision.docx)",
    certificates_page: "Print certificates",
    certificates_title: "Certificates: {}",
    certificates_help: "One unit per page, A4 landscape. When printing, choose A4, landscape, no margins, and no headers or footers.",
    certificate_campaign: "For outstanding achievement in {}",
    certificate_year: "Year {}",
    certificate_tied: "Tied beyond the number of awards: print only once the Council has decided.",
    // Light pages for readers (issue 14).
    list_parts: "Pages of the list",
    member_units: "units",
    search_two_letters: "Type at least two letters of a word.",
    search_loading: "Loading…",
    download_json_rubric: "Results of the rubric (JSON)",
};

/// The English names of the months.
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Words {
    /// The words of `lang`.
    pub fn of(lang: Lang) -> &'static Words {
        match lang {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }

    /// Points as this language writes them: `1.250,5` in Vietnamese, `1,250.5` in English.
    pub fn number(&self, p: impl std::borrow::Borrow<Points>) -> String {
        let p = *p.borrow();
        match self.lang {
            Lang::Vi => p.to_vi(),
            Lang::En => p.to_en(),
        }
    }

    /// Appends [`Words::number`] to `out`.
    pub fn push_number(&self, out: &mut String, p: Points) {
        match self.lang {
            Lang::Vi => p.push_vi(out),
            Lang::En => p.push_en(out),
        }
    }

    /// A date in full: "ngày 15 tháng 3 năm 2024" (Decree 30's form) or "15 March 2024".
    pub fn date(&self, d: Date) -> String {
        match self.lang {
            Lang::Vi => d.to_vi_long(),
            Lang::En => format!("{} {} {}", d.day, MONTHS_EN[d.month as usize - 1], d.year),
        }
    }

    /// A date in short: `15/03/2024` or `15 Mar 2024` (English readers disagree on the order of
    /// day and month in figures, so the month is named).
    pub fn date_short(&self, d: Date) -> String {
        match self.lang {
            Lang::Vi => d.to_vi_short(),
            Lang::En => format!(
                "{} {} {}",
                d.day,
                &MONTHS_EN[d.month as usize - 1][..3],
                d.year
            ),
        }
    }

    /// The name of the date's weekday: "thứ Sáu" or "Friday".
    pub fn weekday(&self, d: Date) -> &'static str {
        match self.lang {
            Lang::Vi => d.weekday_vi(),
            Lang::En => d.weekday_en(),
        }
    }

    /// A short date with its weekday: "thứ Sáu 15/03/2024" or "Friday 15 Mar 2024".
    pub fn date_with_weekday(&self, d: Date) -> String {
        format!("{} {}", self.weekday(d), self.date_short(d))
    }
}

/// A phrase of the catalogue with its `{}` filled in order: `fill(w.photo_of, &[name])`. A
/// phrase that puts values together keeps them in its own word order, so that each language
/// orders them as it reads best.
pub fn fill(pattern: &str, values: &[&str]) -> String {
    let mut out =
        String::with_capacity(pattern.len() + values.iter().map(|v| v.len()).sum::<usize>());
    let mut values = values.iter();
    let mut rest = pattern;
    while let Some(i) = rest.find("{}") {
        out.push_str(&rest[..i]);
        out.push_str(values.next().copied().unwrap_or_default());
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{EN, VI, Words, fill};
    use serde_json::{Map, Value};

    fn fields(words: &Words) -> Map<String, Value> {
        match serde_json::to_value(words).unwrap() {
            Value::Object(map) => map,
            other => panic!("a catalogue serialises to a map, not {other}"),
        }
    }

    #[test]
    fn every_word_has_a_text_in_both_languages() {
        let (vi, en) = (fields(&VI), fields(&EN));
        for (lang, map) in [("VI", &vi), ("EN", &en)] {
            for (key, text) in map {
                let text = text.as_str().unwrap();
                assert!(!text.trim().is_empty(), "{lang}.{key} is empty");
            }
        }
        let vi_keys: Vec<&String> = vi.keys().collect();
        let en_keys: Vec<&String> = en.keys().collect();
        assert_eq!(vi_keys, en_keys);
    }

    #[test]
    fn html_escaping_leaves_every_word_unchanged() {
        for (lang, map) in [("VI", fields(&VI)), ("EN", fields(&EN))] {
            for (key, text) in map {
                let text = text.as_str().unwrap();
                assert!(
                    !text.contains(['&', '<', '>', '"', '\'']),
                    "{lang}.{key} holds a character that HTML escaping changes: {text}"
                );
            }
        }
    }

    /// Every word is printed by a built-in template (`{{ w.key }}`) or put together by the
    /// pages' code (`w.key` or `words.key` in a file of `src/render/`).
    #[test]
    fn every_word_is_used() {
        let mut used: String = crate::load::theme::BUILTIN_TEMPLATES
            .iter()
            .map(|(_, text)| *text)
            .collect();
        let render = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/render");
        for e in walkdir::WalkDir::new(render) {
            let e = e.unwrap();
            if e.path().extension().is_some_and(|x| x == "rs") && !e.path().ends_with("words.rs") {
                used.push_str(&std::fs::read_to_string(e.path()).unwrap());
            }
        }
        for key in fields(&VI).keys() {
            let printed = used.contains(&format!("{{{{ w.{key} }}}}"));
            let coded = used.match_indices(&format!(".{key}")).any(|(i, m)| {
                let ends = !used[i + m.len()..]
                    .starts_with(|c: char| c == '_' || c.is_ascii_alphanumeric());
                ends && (used[..i].ends_with('w') || used[..i].ends_with("words"))
            });
            assert!(printed || coded, "nothing prints w.{key}");
        }
    }

    #[test]
    fn numbers_and_dates_follow_the_language() {
        use crate::model::date::Date;
        use crate::model::points::Points;
        let p = Points::parse("1250.5", false).unwrap();
        assert_eq!(VI.number(p), "1.250,5");
        assert_eq!(EN.number(p), "1,250.5");
        let p = Points::parse("84.3", false).unwrap();
        assert_eq!(EN.number(p), "84.3");
        let d = Date::parse("2024-03-15").unwrap();
        assert_eq!(VI.date(d), "ngày 15 tháng 3 năm 2024");
        assert_eq!(EN.date(d), "15 March 2024");
        assert_eq!(VI.date_short(d), "15/03/2024");
        assert_eq!(EN.date_short(d), "15 Mar 2024");
        assert_eq!(VI.date_with_weekday(d), "thứ Sáu 15/03/2024");
        assert_eq!(EN.date_with_weekday(d), "Friday 15 Mar 2024");
    }

    #[test]
    fn both_languages_fill_the_same_number_of_values() {
        let (vi, en) = (fields(&VI), fields(&EN));
        for (key, text) in &vi {
            let holes = |t: &Value| t.as_str().unwrap().matches("{}").count();
            assert_eq!(holes(text), holes(&en[key]), "{key}");
        }
        assert_eq!(fill("{}: {} điểm", &["A", "9,5"]), "A: 9,5 điểm");
        assert_eq!(fill("Ảnh {}", &[]), "Ảnh ");
    }
}
