//! Messages of the other loaders (`src/load/`): settings, pages and front matter, honorees,
//! conferences, the theme, limits and links.

phrases! {
    // ----- Reading files (src/load/files.rs) -----

    /// A file larger than any source of a site.
    READ_TOO_LARGE {
        vi: "tệp nặng {size} MB, quá mức {max} MB cho phép với một tệp của trang web",
        en: "the file is {size} MB, more than the {max} MB a file of a site may have",
    }
    /// Hint for [`READ_TOO_LARGE`].
    READ_TOO_LARGE_HINT {
        vi: "Kiểm tra lại xem có đúng tệp không; chia tệp ra, hoặc làm cho tệp nhỏ lại.",
        en: "check that it is the right file; split it, or make it smaller",
    }
    /// A symbolic link whose target is outside the site folder.
    READ_LINK_OUTSIDE {
        vi: "đây là lối tắt (liên kết) tới {target}, nằm ngoài thư mục trang web: tệp này không được đọc và không được xuất bản",
        en: "this is a symbolic link to {target}, outside the site folder: it is not read or published",
    }
    /// Hint for [`READ_LINK_OUTSIDE`].
    READ_LINK_OUTSIDE_HINT {
        vi: "Chép tệp vào thư mục trang web thay vì tạo lối tắt tới tệp đó.",
        en: "copy the file into the site folder instead of linking to it",
    }
    /// A symbolic link to a folder that contains it.
    READ_LINK_LOOP {
        vi: "lối tắt này tạo thành vòng lặp (nó trỏ tới thư mục đang chứa chính nó)",
        en: "this symbolic link makes a loop (it points to a folder that contains it)",
    }
    /// Hint for [`READ_LINK_LOOP`].
    READ_LINK_LOOP_HINT {
        vi: "Xóa lối tắt, hoặc cho nó trỏ tới một chỗ nằm ngoài thư mục này.",
        en: "remove the link or point it somewhere outside the folder",
    }
    /// An entry of a folder that cannot be read.
    READ_ENTRY_UNREADABLE {
        vi: "không đọc được mục này",
        en: "cannot read this entry",
    }
    /// Hint for [`READ_ENTRY_UNREADABLE`].
    READ_ENTRY_UNREADABLE_HINT {
        vi: "Kiểm tra quyền truy cập tệp, và xem các lối tắt có trỏ tới tệp đang có hay không.",
        en: "check the file permissions and that links point to files that exist",
    }

    // ----- YAML (src/load/mod.rs, src/load/limits.rs) -----

    /// A YAML line indented with a tab.
    LOAD_YAML_TAB {
        vi: "dòng này thụt lề bằng phím Tab, mà YAML chỉ chấp nhận dấu cách",
        en: "this line is indented with a tab, and YAML accepts only spaces",
    }
    /// Hint for [`LOAD_YAML_TAB`].
    LOAD_YAML_TAB_HINT {
        vi: "Thay mỗi phím Tab ở đầu dòng bằng dấu cách (thường là 2 dấu cách cho mỗi bậc), rồi lưu lại.",
        en: "replace each tab at the start of the line with spaces (usually 2 per level), then save",
    }
    /// The YAML parser refused the text; `error` is its own (English) words.
    LOAD_YAML_INVALID {
        vi: "YAML không hợp lệ: {error}",
        en: "invalid YAML: {error}",
    }
    /// YAML larger than allowed where it is.
    LIMIT_YAML_TOO_LARGE {
        vi: "đoạn YAML này nặng {size} KB, quá mức {max} KB cho phép ở đây",
        en: "this YAML is {size} KB, more than the {max} KB it may have here",
    }
    /// Hint for [`LIMIT_YAML_TOO_LARGE`].
    LIMIT_YAML_TOO_LARGE_HINT {
        vi: "Kiểm tra lại xem có đúng tệp không; để các đoạn văn dài trong phần nội dung của trang.",
        en: "check that it is the right file; keep long texts in the body of the page",
    }
    /// YAML nested deeper than allowed.
    LIMIT_YAML_TOO_DEEP {
        vi: "YAML ở đây lồng nhau sâu hơn {depth} cấp",
        en: "the YAML here is nested more than {depth} levels deep",
    }
    /// Hint for [`LIMIT_YAML_TOO_DEEP`].
    LIMIT_YAML_TOO_DEEP_HINT {
        vi: "Kiểm tra các dấu ngoặc và cách thụt lề; không tệp cấu hình hay tệp dữ liệu nào lồng sâu đến vậy.",
        en: "check the brackets and the indentation; no settings or data file nests this deep",
    }

    // ----- Settings (src/load/config.rs, src/load/theme.rs) -----

    /// No `config.yaml` in the folder.
    CONFIG_MISSING {
        vi: "không có tệp config.yaml: thư mục này không phải thư mục trang web của bangvang",
        en: "there is no config.yaml: this folder is not a bangvang site",
    }
    /// Hint for [`CONFIG_MISSING`].
    CONFIG_MISSING_HINT {
        vi: "Chạy lệnh trong thư mục trang web, thêm --root DIR, hoặc tạo trang web mới bằng `bangvang init DIR`.",
        en: "run the command in the site folder, pass --root DIR, or create a site with `bangvang init DIR`",
    }
    /// The keys of `config.yaml`, when it does not parse.
    CONFIG_FIELDS {
        vi: "Chỉ dùng các khóa sau trong config.yaml: title, description, base_url, language, languages, theme, output_dir, organisation, public_contacts, keep_in_output, max_photo_megapixels.",
        en: "config.yaml takes: title, description, base_url, language, languages, theme, output_dir, organisation, public_contacts, keep_in_output, max_photo_megapixels",
    }
    /// A key `config.yaml` does not take.
    CONFIG_UNKNOWN_KEY {
        vi: "config.yaml không có khóa `{key}`",
        en: "config.yaml has no key `{key}`",
    }
    /// Hint: the key meant.
    CONFIG_DID_YOU_MEAN {
        vi: "Có phải ý bạn là `{key}`? Sửa lại tên khóa cho đúng.",
        en: "did you mean `{key}`? Correct the name of the key",
    }
    /// Hint: the keys there are.
    CONFIG_KEYS_ARE {
        vi: "Xóa khóa này; config.yaml chỉ có các khóa: {keys}.",
        en: "remove it; config.yaml takes: {keys}",
    }
    /// `language:` or `languages:` names a language the tool does not know.
    CONFIG_UNKNOWN_LANGUAGE {
        vi: "bangvang không có ngôn ngữ `{code}`",
        en: "bangvang has no language `{code}`",
    }
    /// Hint about the languages.
    CONFIG_LANGUAGES_HINT {
        vi: "Ghi `vi` (tiếng Việt) hoặc `en` (tiếng Anh); để đăng cả hai: `languages: [vi, en]`.",
        en: "write `vi` (Vietnamese) or `en` (English); for both: `languages: [vi, en]`",
    }
    /// `languages:` names a language twice.
    CONFIG_LANGUAGE_TWICE {
        vi: "ngôn ngữ `{code}` được ghi hai lần trong languages",
        en: "the language `{code}` is listed twice in languages",
    }
    /// `language:` and `languages:` disagree.
    CONFIG_LANGUAGE_NOT_FIRST {
        vi: "language là `{language}` nhưng ngôn ngữ đầu tiên của languages là `{first}`",
        en: "language is `{language}` but the first of languages is `{first}`",
    }
    /// Hint for [`CONFIG_LANGUAGE_NOT_FIRST`].
    CONFIG_LANGUAGE_NOT_FIRST_HINT {
        vi: "Xóa dòng language: ngôn ngữ chính của trang là ngôn ngữ đầu tiên của languages.",
        en: "remove language: the main language of the site is the first of languages",
    }
    /// A name of `keep_in_output:` that is a path.
    CONFIG_KEEP_NOT_A_NAME {
        vi: "`{name}` trong keep_in_output không phải tên của một mục trong thư mục xuất bản",
        en: "`{name}` in keep_in_output is not the name of an entry of the output folder",
    }
    /// Hint for [`CONFIG_KEEP_NOT_A_NAME`].
    CONFIG_KEEP_NOT_A_NAME_HINT {
        vi: "Chỉ ghi tên đơn giản như CNAME, không kèm thư mục hay `..`.",
        en: "write plain names such as CNAME, without folders or `..`",
    }
    /// `max_photo_megapixels:` out of its range.
    CONFIG_PHOTO_LIMIT {
        vi: "max_photo_megapixels đang là {value}; giá trị chỉ được từ 1 đến {max}",
        en: "max_photo_megapixels is {value}; it can be from 1 to {max}",
    }
    /// Hint for [`CONFIG_PHOTO_LIMIT`].
    CONFIG_PHOTO_LIMIT_HINT {
        vi: "Thu nhỏ các ảnh lớn trước khi thêm vào: ảnh 100 triệu điểm ảnh đã lớn hơn nhiều so với mức một trang cần.",
        en: "a photo of 100 million pixels is far more than a page needs: make large photos smaller before adding them",
    }
    /// `theme:` is not a valid name.
    CONFIG_THEME_NAME {
        vi: "tên giao diện `{theme}` không hợp lệ",
        en: "the theme name `{theme}` is not a valid name",
    }
    /// `theme:` names a theme without a folder.
    THEME_MISSING {
        vi: "không có giao diện `{theme}` (không có thư mục {folder})",
        en: "the theme `{theme}` does not exist (there is no folder {folder})",
    }
    /// Hint for [`THEME_MISSING`].
    THEME_MISSING_HINT {
        vi: "Tạo thư mục themes/<tên>/templates/, hoặc xóa `theme:` khỏi config.yaml để dùng giao diện có sẵn.",
        en: "create the folder themes/<name>/templates/, or remove `theme:` from config.yaml to use the built-in theme",
    }

    // ----- Front matter (src/load/frontmatter.rs) -----

    /// A Markdown file without front matter; `what` is [`FRONT_OF_PAGE`] or another kind.
    FRONT_MISSING {
        vi: "{what} không có phần khai báo ở đầu tệp",
        en: "the {what} has no front matter",
    }
    /// Hint for [`FRONT_MISSING`]; `keys` are the keys to start with.
    FRONT_MISSING_HINT {
        vi: "Bắt đầu tệp bằng một dòng `---`, tiếp theo là {keys}, rồi thêm một dòng `---` nữa.",
        en: "start the file with a line `---`, then {keys}, then another `---`",
    }
    /// Front matter without its closing `---`.
    FRONT_UNCLOSED {
        vi: "phần khai báo ở đầu tệp mở ở đây nhưng không được đóng lại",
        en: "the front matter opened here is never closed",
    }
    /// Hint for [`FRONT_UNCLOSED`].
    FRONT_UNCLOSED_HINT {
        vi: "Thêm một dòng `---` sau dòng cuối cùng của phần khai báo.",
        en: "add a line `---` after the last front-matter line",
    }
    /// The kind of file in [`FRONT_MISSING`]: a page.
    FRONT_OF_PAGE {
        vi: "trang",
        en: "page",
    }
    /// The kind of file in [`FRONT_MISSING`]: an honoree's file.
    FRONT_OF_HONOREE {
        vi: "tệp gương điển hình",
        en: "honoree file",
    }
    /// The kind of file in [`FRONT_MISSING`]: a conference's file.
    FRONT_OF_CONFERENCE {
        vi: "tệp hội nghị",
        en: "conference file",
    }
    /// The keys an honoree's file starts with, in [`FRONT_MISSING_HINT`].
    FRONT_HONOREE_KEYS {
        vi: "`name: …` và `kind: …`",
        en: "`name: …` and `kind: …`",
    }

    // ----- Pages (src/load/content.rs, src/load/mod.rs) -----

    /// The keys of a page's front matter, when it does not parse.
    PAGE_FIELDS {
        vi: "Chỉ dùng các khóa sau ở phần khai báo đầu trang: title, date, description, draft, weight, template, campaign, conference, illustrative, document.",
        en: "front matter takes: title, date, description, draft, weight, template, campaign, conference, illustrative, document",
    }
    /// Two pages at the same address.
    PAGE_SAME_ADDRESS {
        vi: "trang này trùng địa chỉ /{address} với {other}",
        en: "this page has the same address /{address} as {other}",
    }
    /// Hint for [`PAGE_SAME_ADDRESS`].
    PAGE_SAME_ADDRESS_HINT {
        vi: "Đổi tên một trong hai tệp.",
        en: "rename one of the two files",
    }
    /// A file name that is not valid Unicode.
    PAGE_NAME_NOT_TEXT {
        vi: "tên tệp có ký tự không đọc được",
        en: "the file name is not valid text",
    }
    /// A translation (`x.en.md`) into a language the site does not publish.
    PAGE_TRANSLATION_NOT_PUBLISHED {
        vi: "đây là bản dịch sang {language}, nhưng trang web không đăng bằng ngôn ngữ đó; tệp bị bỏ qua",
        en: "this is a translation into {language}, but the site is not published in that language; the file is left out",
    }
    /// Hint for [`PAGE_TRANSLATION_NOT_PUBLISHED`].
    PAGE_TRANSLATION_NOT_PUBLISHED_HINT {
        vi: "Thêm `{code}` vào `languages:` trong config.yaml (ví dụ `languages: [vi, {code}]`), hoặc xóa tệp này.",
        en: "add `{code}` to `languages:` in config.yaml (for example `languages: [vi, {code}]`), or remove the file",
    }
    /// A translation without the page it translates.
    PAGE_TRANSLATION_ALONE {
        vi: "bản dịch này không có trang gốc bằng ngôn ngữ chính",
        en: "this translation has no page in the main language to translate",
    }
    /// Hint for [`PAGE_TRANSLATION_ALONE`].
    PAGE_TRANSLATION_ALONE_HINT {
        vi: "Tạo trang gốc {file}, hoặc đổi tên tệp cho trùng với trang gốc (x.md và x.en.md).",
        en: "create the page {file}, or rename this file after the page it translates (x.md and x.en.md)",
    }
    /// Vietnamese, as a language.
    LANGUAGE_VI {
        vi: "tiếng Việt",
        en: "Vietnamese",
    }
    /// English, as a language.
    LANGUAGE_EN {
        vi: "tiếng Anh",
        en: "English",
    }
    /// A part of a page's file name that cannot be part of an address.
    PAGE_NAME_NOT_ADDRESS {
        vi: "`{part}` không dùng được trong địa chỉ trang web",
        en: "`{part}` cannot be part of a web address",
    }
    /// Hint for [`PAGE_NAME_NOT_TEXT`] and [`PAGE_NAME_NOT_ADDRESS`].
    PAGE_NAME_HINT {
        vi: "Đặt tên tệp và thư mục chỉ bằng chữ thường không dấu, chữ số và dấu '-' (ví dụ ke-hoach-2024.md).",
        en: "name files and folders with lowercase ASCII letters, digits and '-' (for example ke-hoach-2024.md)",
    }
    /// A date that cannot be read.
    FRONT_NOT_A_DATE {
        vi: "`{value}` không phải là ngày hợp lệ",
        en: "`{value}` is not a date",
    }
    /// Hint for [`FRONT_NOT_A_DATE`] when the date was written day first (`20/11/2024`).
    FRONT_DATE_DAY_FIRST_HINT {
        vi: "Sửa thành {iso}: ngày ghi theo dạng năm-tháng-ngày.",
        en: "write {iso}: dates are written year-month-day",
    }
    /// Hint for [`FRONT_NOT_A_DATE`] on a page.
    PAGE_DATE_HINT {
        vi: "Ghi ngày theo dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2024-03-15 cho ngày 15/03/2024.",
        en: "write dates as YYYY-MM-DD, for example 2024-03-15",
    }
    /// A document without its issuing office.
    PAGE_NO_ISSUER {
        vi: "văn bản chưa có cơ quan ban hành",
        en: "the document has no issuer",
    }
    /// Hint for [`PAGE_NO_ISSUER`].
    PAGE_NO_ISSUER_HINT {
        vi: "Thêm `issuer:` (cơ quan ban hành) vào phần `document:`.",
        en: "add `issuer:` (cơ quan ban hành) to the document block",
    }
    /// A `campaign:`, `conference:` or `template:` that is not a valid name; `key` is
    /// [`PAGE_REF_CAMPAIGN`], [`PAGE_REF_CONFERENCE`] or [`PAGE_REF_TEMPLATE`].
    PAGE_REF_INVALID {
        vi: "`{value}` không phải tên {key} hợp lệ",
        en: "`{value}` is not a valid {key} name",
    }
    /// `key` of [`PAGE_REF_INVALID`]: a campaign.
    PAGE_REF_CAMPAIGN {
        vi: "phong trào",
        en: "campaign",
    }
    /// `key` of [`PAGE_REF_INVALID`]: a conference.
    PAGE_REF_CONFERENCE {
        vi: "hội nghị",
        en: "conference",
    }
    /// `key` of [`PAGE_REF_INVALID`]: a template.
    PAGE_REF_TEMPLATE {
        vi: "mẫu trang",
        en: "template",
    }
    /// A page or a conference names a campaign that does not exist.
    FRONT_CAMPAIGN_NOT_FOUND {
        vi: "không có phong trào `{campaign}`",
        en: "the campaign `{campaign}` does not exist",
    }
    /// Hint for [`FRONT_CAMPAIGN_NOT_FOUND`].
    FRONT_CAMPAIGN_NOT_FOUND_HINT {
        vi: "Dùng tên của một thư mục trong data/campaigns/.",
        en: "use the name of a folder under data/campaigns/",
    }

    // ----- Conferences (src/load/conferences.rs) -----

    /// A conference file in a subfolder.
    CONF_NESTED {
        vi: "tệp hội nghị phải nằm ngay trong content/conferences/",
        en: "conference files must be directly in content/conferences/",
    }
    /// Hint for [`CONF_NESTED`].
    CONF_NESTED_HINT {
        vi: "Chuyển tệp ra ngay trong thư mục đó, thành content/conferences/<mã>.md.",
        en: "move the file up to content/conferences/<id>.md",
    }
    /// A conference file whose name is not a valid id.
    CONF_BAD_ID {
        vi: "`{id}` không dùng làm mã hội nghị được (tên tệp chính là mã)",
        en: "`{id}` cannot be a conference id (the file name is the id)",
    }
    /// The keys of a conference's front matter, when it does not parse.
    CONF_FIELDS {
        vi: "Chỉ dùng các khóa sau ở phần khai báo đầu tệp hội nghị: title, date, venue, organiser, description, program ({time, item, speakers}), honorees, campaigns, illustrative.",
        en: "a conference's front matter takes: title, date, venue, organiser, description, program ({time, item, speakers}), honorees, campaigns, illustrative",
    }
    /// A conference without a title.
    CONF_NO_TITLE {
        vi: "hội nghị chưa có tiêu đề",
        en: "the conference has no title",
    }
    /// Hint for [`CONF_NO_TITLE`].
    CONF_NO_TITLE_HINT {
        vi: "Thêm `title:` vào phần khai báo ở đầu tệp.",
        en: "add `title:` to the front matter",
    }
    /// Hint for [`FRONT_NOT_A_DATE`] in a conference.
    CONF_DATE_HINT {
        vi: "Ghi ngày theo dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ 2020-05-15 cho ngày 15/05/2020.",
        en: "write dates as YYYY-MM-DD, for example 2020-05-15",
    }
    /// A time of the program that cannot be read.
    CONF_NOT_A_TIME {
        vi: "`{value}` không phải là giờ hợp lệ",
        en: "`{value}` is not a time",
    }
    /// Hint for [`CONF_NOT_A_TIME`].
    CONF_TIME_HINT {
        vi: "Ghi giờ theo dạng giờ:phút (HH:MM), ví dụ 08:00 hoặc 14:30.",
        en: "write times as HH:MM, for example 08:00 or 14:30",
    }
    /// A speaker who is not an honoree.
    CONF_SPEAKER_UNKNOWN {
        vi: "người trình bày tham luận `{id}` không có trong danh sách gương điển hình",
        en: "the speaker `{id}` is not an honoree",
    }
    /// A conference's honoree listed twice.
    CONF_HONOREE_TWICE {
        vi: "gương điển hình `{id}` được ghi hai lần",
        en: "the honoree `{id}` is listed twice",
    }
    /// Hint for [`CONF_HONOREE_TWICE`].
    CONF_HONOREE_TWICE_HINT {
        vi: "Mỗi gương điển hình chỉ ghi một lần.",
        en: "list each honoree once",
    }
    /// A page names a conference that does not exist.
    CONF_NOT_FOUND {
        vi: "không có hội nghị `{id}`",
        en: "the conference `{id}` does not exist",
    }
    /// Hint for [`CONF_NOT_FOUND`].
    CONF_NOT_FOUND_HINT {
        vi: "Dùng tên của một tệp trong content/conferences/ (bỏ phần .md).",
        en: "use the name of a file under content/conferences/ (without .md)",
    }

    // ----- Honorees (src/load/honorees/) -----

    /// A conference or a nomination names an honoree that does not exist.
    HONOREE_NOT_FOUND {
        vi: "không có gương điển hình `{id}`",
        en: "the honoree `{id}` does not exist",
    }
    /// A campaign's nomination names an honoree that does not exist.
    HONOREE_NOMINEE_NOT_FOUND {
        vi: "không có gương điển hình `{id}` do {cluster} suy tôn",
        en: "the honoree `{id}` nominated by {cluster} does not exist",
    }
    /// Hint for a reference to an honoree that does not exist.
    HONOREE_REF_HINT {
        vi: "Dùng mã của một dòng trong data/honorees.csv hoặc của một tệp content/honorees/<mã>.md.",
        en: "use the id of a row in data/honorees.csv or of a file content/honorees/<id>.md",
    }
    /// An honoree of the table with an invalid id.
    HONOREE_BAD_ID {
        vi: "`{id}` không phải là mã gương điển hình hợp lệ",
        en: "`{id}` is not a valid honoree id",
    }
    /// An honoree's file whose name is not a valid id.
    HONOREE_BAD_FILE_ID {
        vi: "`{id}` không dùng làm mã gương điển hình được (tên tệp chính là mã)",
        en: "`{id}` cannot be an honoree id (the file name is the id)",
    }
    /// Two rows of the table with the same id.
    HONOREE_ID_TWICE {
        vi: "mã gương điển hình `{id}` bị dùng hai lần (lần đầu ở dòng {line})",
        en: "the honoree id `{id}` is used twice (first on line {line})",
    }
    /// Hint for [`HONOREE_ID_TWICE`].
    HONOREE_ID_TWICE_HINT {
        vi: "Đặt cho mỗi gương điển hình một mã riêng.",
        en: "give every honoree its own id",
    }
    /// An honoree file in a subfolder.
    HONOREE_NESTED {
        vi: "tệp gương điển hình phải nằm ngay trong content/honorees/",
        en: "honoree files must be directly in content/honorees/",
    }
    /// Hint for [`HONOREE_NESTED`].
    HONOREE_NESTED_HINT {
        vi: "Chuyển tệp ra ngay trong thư mục đó, thành content/honorees/<mã>.md.",
        en: "move the file up to content/honorees/<id>.md",
    }
    /// The keys of an honoree's front matter, when it does not parse.
    HONOREE_FIELDS {
        vi: "Chỉ dùng các khóa sau ở phần khai báo đầu tệp gương điển hình: name, kind, unit, position, field, photo, summary, achievements, awards ({title, year, by}), illustrative.",
        en: "an honoree's front matter takes: name, kind, unit, position, field, photo, summary, achievements, awards ({title, year, by}), illustrative",
    }
    /// The table and the file of an honoree disagree on a field; `there` is
    /// `file:line:column` of the other value.
    HONOREE_CONFLICT {
        vi: "`{key}` ở đây là “{here}” nhưng ở {there} lại là “{other}”",
        en: "`{key}` is “{here}” here but “{other}” in {there}",
    }
    /// Hint for [`HONOREE_CONFLICT`].
    HONOREE_CONFLICT_HINT {
        vi: "Chỉ ghi `{key}` của `{id}` ở một nơi, hoặc sửa cho hai nơi giống nhau.",
        en: "write the {key} of `{id}` in one place only, or make the two the same",
    }
    /// An honoree, as the `whose` of an invisible character's message.
    HONOREE_WHOSE {
        vi: "gương điển hình `{id}`",
        en: "the honoree `{id}`",
    }
    /// An honoree without a name.
    HONOREE_NO_NAME {
        vi: "gương điển hình `{id}` chưa có tên",
        en: "the honoree `{id}` has no name",
    }
    /// Hint for [`HONOREE_NO_NAME`].
    HONOREE_NO_NAME_HINT {
        vi: "Thêm `name:` (trong tệp CSV: cột name).",
        en: "add `name:` (in the CSV: the name column)",
    }
    /// An honoree without a kind.
    HONOREE_NO_KIND {
        vi: "gương điển hình `{id}` chưa ghi là cá nhân hay tập thể",
        en: "the honoree `{id}` does not say whether it is a person or a group",
    }
    /// Hint for [`HONOREE_NO_KIND`].
    HONOREE_NO_KIND_HINT {
        vi: "Thêm `kind: individual` (cá nhân) hoặc `kind: collective` (tập thể).",
        en: "add `kind: individual` (cá nhân) or `kind: collective` (tập thể)",
    }
    /// An honoree's kind that is not one.
    HONOREE_BAD_KIND {
        vi: "`{kind}` không phải là loại gương điển hình",
        en: "`{kind}` is not a kind of honoree",
    }
    /// Hint for [`HONOREE_BAD_KIND`].
    HONOREE_BAD_KIND_HINT {
        vi: "Ghi individual (cá nhân) hoặc collective (tập thể).",
        en: "write individual (cá nhân) or collective (tập thể)",
    }
    /// An honoree's unit that does not exist.
    HONOREE_UNIT_NOT_FOUND {
        vi: "không có đơn vị `{unit}`",
        en: "the unit `{unit}` does not exist",
    }
    /// Hint for [`HONOREE_UNIT_NOT_FOUND`].
    HONOREE_UNIT_NOT_FOUND_HINT {
        vi: "Dùng mã của một đơn vị trong data/units.yaml hoặc data/units.csv, hoặc bỏ trống đơn vị.",
        en: "use the id of a unit in data/units.yaml or data/units.csv, or leave the unit out",
    }
    /// A photo path that leaves `static/`.
    HONOREE_PHOTO_OUTSIDE {
        vi: "`{path}` không phải là đường dẫn bên trong static/",
        en: "`{path}` is not a path inside static/",
    }
    /// Hint for [`HONOREE_PHOTO_OUTSIDE`].
    HONOREE_PHOTO_OUTSIDE_HINT {
        vi: "Ghi đường dẫn của ảnh tính từ static/, ví dụ photos/nguyen-thi-lan.jpg.",
        en: "write the photo's path under static/, for example photos/nguyen-thi-lan.jpg",
    }
    /// A photo that is not JPEG or PNG.
    HONOREE_PHOTO_FORMAT {
        vi: "ảnh `{photo}` của `{id}` không phải tệp JPEG hay PNG",
        en: "the photo `{photo}` of `{id}` is not a JPEG or PNG file",
    }
    /// Hint for [`HONOREE_PHOTO_FORMAT`].
    HONOREE_PHOTO_FORMAT_HINT {
        vi: "Lưu ảnh dạng .jpg hoặc .png.",
        en: "save the photo as .jpg or .png",
    }
    /// A photo that does not exist.
    HONOREE_PHOTO_MISSING {
        vi: "không có ảnh static/{photo} của `{id}`",
        en: "the photo static/{photo} of `{id}` does not exist",
    }
    /// Hint for [`HONOREE_PHOTO_MISSING`].
    HONOREE_PHOTO_MISSING_HINT {
        vi: "Đặt ảnh vào static/ đúng với tên đó, hoặc sửa lại đường dẫn.",
        en: "put the photo under static/ with that name, or correct the path",
    }

    // ----- The honorees table (src/load/honorees/csv.rs) -----

    /// The header line of the table cannot be read.
    HONOREES_HEADER_UNREADABLE {
        vi: "không đọc được dòng tiêu đề: {error}",
        en: "the header line cannot be read: {error}",
    }
    /// Hint: the columns of the table, in the header line.
    HONOREES_HEADER_HINT {
        vi: "Ghi tên các cột ở dòng đầu tiên: id,name,kind,unit,position,field,photo,summary.",
        en: "the first line must name the columns: id,name,kind,unit,position,field,photo,summary",
    }
    /// A row that cannot be read.
    HONOREES_ROW_UNREADABLE {
        vi: "không đọc được dòng này: {error}",
        en: "this row cannot be read: {error}",
    }
    /// Hint for [`HONOREES_ROW_UNREADABLE`].
    HONOREES_ROW_UNREADABLE_HINT {
        vi: "Kiểm tra các dấu ngoặc kép trong dòng này.",
        en: "check the quotes in this row",
    }
    /// A row with more cells than the header has columns.
    HONOREES_EXTRA_CELLS {
        vi: "dòng này có {cells} ô nhưng dòng tiêu đề chỉ có {columns} cột",
        en: "this row has {cells} cells but the header names only {columns} columns",
    }
    /// Hint for [`HONOREES_EXTRA_CELLS`].
    HONOREES_EXTRA_CELLS_HINT {
        vi: "Xóa các ô thừa, hoặc thêm tên cột vào dòng tiêu đề.",
        en: "remove the extra cells, or name the column in the header line",
    }
    /// A row without an id.
    HONOREES_NO_ID {
        vi: "dòng này chưa có mã",
        en: "this row has no id",
    }
    /// Hint for [`HONOREES_NO_ID`].
    HONOREES_NO_ID_HINT {
        vi: "Ghi mã cho mỗi gương điển hình, ví dụ nguyen-thi-lan.",
        en: "give every honoree an id, for example nguyen-thi-lan",
    }
    /// A header line with far too many columns.
    HONOREES_TOO_MANY_COLUMNS {
        vi: "dòng tiêu đề có {count} cột, nhiều hơn mọi bảng gương điển hình",
        en: "the header line has {count} columns, more than any table of honorees has",
    }
    /// Hint for [`HONOREES_TOO_MANY_COLUMNS`].
    HONOREES_TOO_MANY_COLUMNS_HINT {
        vi: "Kiểm tra lại xem có đúng tệp không; các cột là: id,name,kind,unit,position,field,photo,summary.",
        en: "check that this is the right file; the columns are: id,name,kind,unit,position,field,photo,summary",
    }
    /// Two columns for the same field.
    HONOREES_COLUMN_TWICE {
        vi: "cột `{column}` bị ghi hai lần",
        en: "the column `{column}` is named twice",
    }
    /// Hint for [`HONOREES_COLUMN_TWICE`].
    HONOREES_COLUMN_TWICE_HINT {
        vi: "Mỗi thông tin chỉ giữ một cột.",
        en: "keep one column for each field",
    }
    /// One column the table does not know.
    HONOREES_UNKNOWN_COLUMN {
        vi: "bảng gương điển hình không có cột `{column}`; cột này được bỏ qua",
        en: "the column `{column}` is not one the honorees table knows; it is ignored",
    }
    /// Several columns the table does not know; `more` is empty or [`HONOREES_AND_MORE`].
    HONOREES_UNKNOWN_COLUMNS {
        vi: "bảng gương điển hình không có các cột {columns}{more}; các cột này được bỏ qua",
        en: "the columns {columns}{more} are not one the honorees table knows; they are ignored",
    }
    /// The columns left out of the list of [`HONOREES_UNKNOWN_COLUMNS`].
    HONOREES_AND_MORE {
        vi: " và {count} cột khác",
        en: " and {count} more",
    }
    /// Hint for [`HONOREES_UNKNOWN_COLUMN`] and [`HONOREES_UNKNOWN_COLUMNS`].
    HONOREES_COLUMNS_ARE {
        vi: "Dùng các cột: {columns}.",
        en: "the columns are: {columns}",
    }
    /// A required column is missing.
    HONOREES_NO_COLUMN {
        vi: "bảng không có cột `{column}`",
        en: "the table has no `{column}` column",
    }
}
