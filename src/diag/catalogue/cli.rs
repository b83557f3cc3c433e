//! Messages of the command line and of `serve` (`src/cli/`, `src/serve/`): `--help`, progress,
//! summaries.

phrases! {
    // --help: the tool
    /// What the tool is, at the top of `--help`.
    HELP_ABOUT {
        vi: "bangvang — đưa kết quả các phong trào thi đua lên một trang web tĩnh: văn bản, bảng chấm điểm, bảng xếp hạng, gương điển hình, hội nghị.",
        en: "bangvang — publishes the results of emulation campaigns (phong trào thi đua) as a static website: documents, rubrics, rankings, honorees, conferences.",
    }
    /// Under the tool's `--help`.
    HELP_AFTER {
        vi: "Mã thoát: 0 thành công, 1 trang có lỗi, 2 dòng lệnh sai, 3 công cụ không làm được việc (cổng đã dùng, thư mục không ghi được).\n\nVí dụ:\n  bangvang build            dựng trang trong thư mục này vào public/\n  bangvang check --strict   kiểm tra mọi thứ, không ghi gì\n  bangvang init trang-moi   tạo một trang mới\n  bangvang serve            xem trước trong lúc sửa\n  bangvang forms            tạo phiếu chấm điểm gửi các đơn vị\n\nThêm --lang en để đọc các thông báo bằng tiếng Anh.",
        en: "Exit status: 0 success, 1 the site has errors, 2 wrong command line, 3 the tool could not do its work (a port taken, a folder not writable).\n\nExamples:\n  bangvang build            build the site in this folder into public/\n  bangvang check --strict   validate everything, write nothing\n  bangvang init my-site     start a new site\n  bangvang serve            preview while editing\n  bangvang forms            make the scoring forms to send to the units\n\nAdd --lang vi for the messages in Vietnamese.",
    }
    /// The heading of the usage line.
    HELP_USAGE {
        vi: "Cách dùng:",
        en: "Usage:",
    }
    /// The heading of the options.
    HELP_OPTIONS {
        vi: "Tùy chọn",
        en: "Options",
    }
    /// The heading of the sub-commands.
    HELP_COMMANDS {
        vi: "Lệnh",
        en: "Commands",
    }
    /// The heading of the positional arguments.
    HELP_ARGUMENTS {
        vi: "Tham số",
        en: "Arguments",
    }
    /// `-h`, `--help`.
    HELP_HELP {
        vi: "In hướng dẫn này",
        en: "Print help",
    }
    /// `-V`, `--version`.
    HELP_VERSION {
        vi: "In số phiên bản",
        en: "Print version",
    }
    /// `help` sub-command.
    HELP_HELP_COMMAND {
        vi: "In hướng dẫn của một lệnh",
        en: "Print the help of a command",
    }
    /// `--lang`.
    HELP_LANG {
        vi: "Ngôn ngữ của thông báo: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định theo `language:` của config.yaml, nếu không có thì tiếng Việt",
        en: "Language of the messages: vi (Vietnamese) or en (English); by default the `language:` of config.yaml, else Vietnamese",
    }
    /// `--root`.
    HELP_ROOT {
        vi: "Thư mục của trang, nơi có config.yaml (mặc định: thư mục hiện tại)",
        en: "The site folder, holding config.yaml (default: the current folder)",
    }
    /// `--drafts`.
    HELP_DRAFTS {
        vi: "Đưa cả các trang ghi `draft: true` (bản nháp)",
        en: "Include pages marked `draft: true`",
    }

    // --help: build
    /// `build`.
    HELP_BUILD {
        vi: "Dựng trang vào thư mục đầu ra (chỉ thay thư mục cũ khi đã dựng xong)",
        en: "Build the site into the output folder (replaced only when the build is complete)",
    }
    /// Under `build --help`.
    HELP_BUILD_AFTER {
        vi: "Ví dụ:\n  bangvang build -r trang-thi-dua -o /var/www/thidua -u https://thidua.example.gov.vn/",
        en: "Example:\n  bangvang build -r my-site -o /var/www/thidua -u https://thidua.example.gov.vn/",
    }
    /// `build --output`.
    HELP_BUILD_OUTPUT {
        vi: "Nơi ghi trang (mặc định: output_dir của config.yaml, hoặc public/)",
        en: "Where to write the site (default: output_dir of config.yaml, or public/)",
    }
    /// `build --base-url`.
    HELP_BUILD_BASE_URL {
        vi: "Địa chỉ trang sẽ được đăng (chỉ sitemap.xml và atom.xml dùng)",
        en: "The address the site will be published at (only sitemap.xml and atom.xml use it)",
    }
    /// `build --strict`.
    HELP_BUILD_STRICT {
        vi: "Coi cảnh báo (chấm điểm chưa đủ, thông tin cá nhân) là lỗi",
        en: "Treat warnings (incomplete scores, privacy) as errors",
    }

    // --help: serve
    /// `serve`.
    HELP_SERVE {
        vi: "Chạy trang trên 127.0.0.1, dựng lại mỗi khi sửa và tải lại trình duyệt",
        en: "Serve the site on 127.0.0.1, rebuild on every change and reload the browser",
    }
    /// Under `serve --help`.
    HELP_SERVE_AFTER {
        vi: "Ví dụ:\n  bangvang serve                  xem thư mục này tại http://127.0.0.1:1111/\n  bangvang serve -r trang-thi-dua -p 8080 --open\n\nTrang được dựng vào một thư mục riêng trong thư mục tạm của máy; không ghi gì vào thư mục của trang.",
        en: "Example:\n  bangvang serve                  serve this folder at http://127.0.0.1:1111/\n  bangvang serve -r my-site -p 8080 --open\n\nThe site is built into a private folder of the system's temporary folder; nothing is written in the site folder.",
    }
    /// `serve --port`.
    HELP_SERVE_PORT {
        vi: "Cổng trên 127.0.0.1 (mặc định: 1111; 0: chọn một cổng còn trống)",
        en: "Port on 127.0.0.1 (default: 1111; 0 picks a free one)",
    }
    /// `serve --open`.
    HELP_SERVE_OPEN {
        vi: "Mở trang trong trình duyệt khi đã dựng xong",
        en: "Open the site in the browser once it is built",
    }

    // --help: check
    /// `check`.
    HELP_CHECK {
        vi: "Kiểm tra mọi thứ, cả liên kết, neo và thông tin cá nhân; không ghi gì",
        en: "Validate everything and check links, anchors and personal data; write nothing",
    }
    /// Under `check --help`.
    HELP_CHECK_AFTER {
        vi: "Ví dụ:\n  bangvang check                    kiểm tra trang trong thư mục này\n  bangvang check -r trang-thi-dua --strict   báo lỗi cả với cảnh báo (trước khi đăng)\n\nSố điện thoại và thư điện tử được phép công khai ghi ở `public_contacts:` của config.yaml.",
        en: "Example:\n  bangvang check                    check the site in this folder\n  bangvang check -r my-site --strict   fail on warnings too (before publishing)\n\nPhone numbers and e-mails meant to be public go in `public_contacts:` of config.yaml.",
    }
    /// `check --strict`.
    HELP_CHECK_STRICT {
        vi: "Coi cảnh báo (chấm điểm chưa đủ, thông tin cá nhân, liên kết tới thư mục) là lỗi",
        en: "Treat warnings (incomplete scores, personal data, links to folders) as errors",
    }

    // --help: forms
    /// `forms`.
    HELP_FORMS {
        vi: "Tạo phiếu chấm điểm (tệp Excel) cho từng đơn vị, để gửi đi rồi đọc lại thành điểm",
        en: "Write one scoring form (a workbook) per unit, to send out and read back as scores",
    }
    /// Under `forms --help`.
    HELP_FORMS_AFTER {
        vi: "Ví dụ:\n  bangvang forms                                mọi phong trào, bảng chấm điểm và đơn vị, vào forms/\n  bangvang forms --campaign bien-hoa-2023 --stage cluster\n\nĐơn vị điền cột Điểm rồi gửi lại tệp; đặt các tệp vào data/campaigns/<phong trào>/scores/<bảng chấm điểm>/<giai đoạn>/, tên tệp nào cũng được.",
        en: "Example:\n  bangvang forms                                every campaign, rubric and unit, into forms/\n  bangvang forms --campaign bien-hoa-2023 --stage cluster\n\nThe units fill the Điểm column and send the files back; put them in data/campaigns/<campaign>/scores/<rubric>/<stage>/, whatever their names.",
    }
    /// `forms --output`.
    HELP_FORMS_OUTPUT {
        vi: "Nơi ghi các phiếu (mặc định: forms/ trong thư mục của trang)",
        en: "Where to write the forms (default: forms/ in the site)",
    }
    /// `forms --campaign`.
    HELP_FORMS_CAMPAIGN {
        vi: "Chỉ tạo phiếu của phong trào này (tên thư mục trong data/campaigns/)",
        en: "Only the forms of this campaign (its folder name under data/campaigns/)",
    }
    /// `forms --rubric`.
    HELP_FORMS_RUBRIC {
        vi: "Chỉ tạo phiếu của bảng chấm điểm này",
        en: "Only the forms of this rubric",
    }
    /// `forms --stage`.
    HELP_FORMS_STAGE {
        vi: "Giai đoạn chấm của phiếu (mặc định: giai đoạn đầu); phiếu của giai đoạn sau điền sẵn điểm của các giai đoạn trước",
        en: "The stage the forms are for (default: the first); a later stage's forms start from the points of the earlier stages",
    }

    // --help: init
    /// `init`.
    HELP_INIT {
        vi: "Tạo một trang mới với một ví dụ nhỏ chạy được",
        en: "Create a new site with a small working example",
    }
    /// Under `init --help`.
    HELP_INIT_AFTER {
        vi: "Ví dụ:\n  bangvang init trang-moi && cd trang-moi && bangvang serve",
        en: "Example:\n  bangvang init my-site && cd my-site && bangvang serve",
    }
    /// `init DIR`.
    HELP_INIT_DIR {
        vi: "Thư mục để tạo trang (tạo mới nếu chưa có; phải trống)",
        en: "The folder to create the site in (created when missing; must be empty)",
    }

    // The command line when it is wrong
    /// An option the command does not have.
    CLI_UNKNOWN_ARGUMENT {
        vi: "lệnh không có tùy chọn `{arg}`",
        en: "unexpected argument `{arg}`",
    }
    /// A command the tool does not have.
    CLI_UNKNOWN_COMMAND {
        vi: "không có lệnh `{command}`",
        en: "unrecognised command `{command}`",
    }
    /// A value an option does not take.
    CLI_INVALID_VALUE {
        vi: "giá trị `{value}` không hợp lệ cho `{arg}`",
        en: "invalid value `{value}` for `{arg}`",
    }
    /// An option given without its value.
    CLI_MISSING_VALUE {
        vi: "thiếu giá trị sau `{arg}`",
        en: "`{arg}` needs a value",
    }
    /// An argument that is required.
    CLI_MISSING_ARGUMENT {
        vi: "thiếu tham số bắt buộc {arg}",
        en: "the argument {arg} is required",
    }
    /// A suggestion.
    CLI_DID_YOU_MEAN {
        vi: "Có phải ý bạn là `{suggestion}`?",
        en: "did you mean `{suggestion}`?",
    }
    /// The hint after a wrong command line.
    CLI_SEE_HELP {
        vi: "Xem `bangvang --help` hoặc `bangvang <lệnh> --help`.",
        en: "see `bangvang --help` or `bangvang <command> --help`",
    }
    /// `--lang` with a language the tool does not speak.
    CLI_BAD_LANG {
        vi: "bangvang chưa có ngôn ngữ `{lang}`",
        en: "bangvang does not speak `{lang}`",
    }
    /// Hint for [`CLI_BAD_LANG`].
    CLI_LANGS {
        vi: "Dùng --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh).",
        en: "use --lang vi (Vietnamese) or --lang en (English)",
    }

    // build
    /// The summary of a build.
    BUILD_DONE {
        vi: "đã dựng {pages} trang ({files} tệp), {campaigns}, {honorees} trong {seconds}{warnings} → {folder}",
        en: "built {pages} pages ({files} files), {campaigns}, {honorees} in {seconds}{warnings} → {folder}",
    }
    /// A number of campaigns, in [`BUILD_DONE`].
    COUNT_CAMPAIGNS {
        vi: "{n} phong trào",
        en: "{n} campaigns",
    }
    /// One campaign, in [`BUILD_DONE`].
    COUNT_ONE_CAMPAIGN {
        vi: "1 phong trào",
        en: "1 campaign",
    }
    /// A number of honorees, in [`BUILD_DONE`].
    COUNT_HONOREES {
        vi: "{n} gương điển hình",
        en: "{n} honorees",
    }
    /// One honoree, in [`BUILD_DONE`].
    COUNT_ONE_HONOREE {
        vi: "1 gương điển hình",
        en: "1 honoree",
    }
    /// The count of warnings in a summary.
    SUMMARY_WARNINGS {
        vi: ", {count} cảnh báo",
        en: ", {count} warning(s)",
    }
    /// A failed build, the previous output in place.
    BUILD_FAILED {
        vi: "không dựng được: {errors} lỗi; bản trang cũ vẫn giữ nguyên",
        en: "build failed: {errors} error(s); the previous output was left as it was",
    }
    /// A failed build that moved the previous output.
    BUILD_FAILED_MOVED {
        vi: "không dựng được: {errors} lỗi; bản trang cũ đã bị dời đi, xem thông báo ở trên",
        en: "build failed: {errors} error(s); the previous output was moved, see above",
    }
    /// Seconds, for people.
    SECONDS {
        vi: "{n} giây",
        en: "{n} s",
    }
    /// The progress line while pages are rendered.
    PROGRESS_RENDERING {
        vi: "đang dựng {done}/{total} trang",
        en: "rendering {done}/{total} pages",
    }
    /// The progress line once pages are rendered.
    PROGRESS_FINISHING {
        vi: "đã dựng {total} trang; đang chép tệp và thay bản cũ",
        en: "rendered {total} pages; copying files and putting the output in place",
    }

    // check
    /// The summary of a check.
    CHECK_DONE {
        vi: "đã kiểm tra {pages} trang, {links} liên kết và {files} tệp đăng tải trong {seconds}: {found}; không ghi gì",
        en: "checked {pages} pages, {links} links and {files} published files in {seconds}: {found}; nothing was written",
    }
    /// A check that found nothing.
    CHECK_NOTHING {
        vi: "không thấy vấn đề gì",
        en: "no problems found",
    }
    /// Errors found.
    CHECK_ERRORS {
        vi: "{errors} lỗi",
        en: "{errors} error(s)",
    }
    /// Warnings found.
    CHECK_WARNINGS {
        vi: "{warnings} cảnh báo",
        en: "{warnings} warning(s)",
    }

    // init
    /// A new site was made.
    INIT_DONE {
        vi: "đã tạo trang mới trong {folder} ({count} tệp):",
        en: "created a new site in {folder} ({count} files):",
    }
    /// What to do next.
    INIT_NEXT {
        vi: "\nbước tiếp theo:\n  cd {folder}\n  bangvang serve      # mở http://127.0.0.1:1111/ rồi sửa một điểm: trang đổi theo",
        en: "\nnext:\n  cd {folder}\n  bangvang serve      # open http://127.0.0.1:1111/ and edit a score: the page follows",
    }

    // serve
    /// Where the site is served.
    SERVE_LISTENING {
        vi: "đang chạy tại {url} (dựng vào {folder}; không ghi gì vào thư mục của trang)",
        en: "serving {url} (built into {folder}; nothing is written in the site folder)",
    }
    /// Folders of earlier runs removed.
    SERVE_SWEPT {
        vi: "đã xóa {count} thư mục mà các lần chạy serve trước để lại trong thư mục tạm",
        en: "removed {count} folder(s) that earlier runs of serve left in the temporary folder",
    }
    /// What is watched.
    SERVE_WATCHING {
        vi: "đang theo dõi config.yaml, content/, data/, static/, themes/ và templates/; bấm Ctrl-C để dừng",
        en: "watching config.yaml, content/, data/, static/, themes/ and templates/; press Ctrl-C to stop",
    }
    /// One file changed.
    SERVE_CHANGED_ONE {
        vi: "{file} đã đổi: ",
        en: "{file} changed: ",
    }
    /// Several files changed.
    SERVE_CHANGED_MANY {
        vi: "{file} và {count} tệp khác đã đổi: ",
        en: "{file} and {count} more changed: ",
    }
    /// Timings of a rebuild.
    SERVE_TIMES {
        vi: "{total} (đọc {load}, dựng {render})",
        en: "{total} (load {load}, render {render})",
    }
    /// The first build.
    SERVE_BUILT {
        vi: "đã dựng trang ({total} đầu ra) trong {times}",
        en: "built the site ({total} render jobs) in {times}",
    }
    /// A rebuild of everything.
    SERVE_REBUILT_ALL {
        vi: "{changed}dựng lại toàn bộ ({total} đầu ra) trong {times}, vì {reason}; đã tải lại trình duyệt",
        en: "{changed}rebuilt everything ({total} jobs) in {times}, because {reason}; browser reloaded",
    }
    /// A change that touched nothing published.
    SERVE_NOTHING {
        vi: "{changed}không có gì đăng tải thay đổi",
        en: "{changed}nothing published changed",
    }
    /// A partial rebuild.
    SERVE_REBUILT_SOME {
        vi: "{changed}dựng lại {rendered} trên {total} đầu ra{copies} trong {times}; đã tải lại trình duyệt",
        en: "{changed}re-rendered {rendered} of {total} jobs{copies} in {times}; browser reloaded",
    }
    /// Files copied in a partial rebuild.
    SERVE_COPIED {
        vi: ", chép {count} tệp",
        en: ", copied {count} file(s)",
    }
    /// A failed build before anything was served.
    SERVE_FAILED_FIRST {
        vi: "{changed}{errors} lỗi: sửa rồi lưu lại, trang sẽ chạy ngay khi dựng được; trình duyệt cũng hiện các lỗi",
        en: "{changed}{errors} error(s): fix them and save: the site is served as soon as it builds; the browser shows them too",
    }
    /// A failed rebuild.
    SERVE_FAILED {
        vi: "{changed}{errors} lỗi: trang dựng được lần trước vẫn đang chạy; trình duyệt cũng hiện các lỗi",
        en: "{changed}{errors} error(s): the last good site is still served; the browser shows them too",
    }
    /// Why everything: the first build.
    PLAN_FIRST {
        vi: "đây là lần dựng đầu",
        en: "first build",
    }
    /// Why everything: a settings file, a template or the theme.
    PLAN_FRAME_FILE {
        vi: "{file} ảnh hưởng mọi trang (cấu hình, mẫu giao diện)",
        en: "{file} shapes every page (settings, templates and the theme)",
    }
    /// Why everything: pages added, removed or renamed.
    PLAN_PAGES_CHANGED {
        vi: "có trang được thêm, bớt hoặc đổi địa chỉ",
        en: "pages were added, removed or renamed",
    }
    /// Why everything: the site is published in several languages.
    PLAN_LANGUAGES {
        vi: "trang web có nhiều ngôn ngữ: mọi ngôn ngữ được dựng lại",
        en: "the site has several languages: every language is rendered again",
    }
    /// Why everything: the navigation changed.
    PLAN_NAV_CHANGED {
        vi: "thanh điều hướng của mọi trang đã đổi",
        en: "the navigation of every page changed",
    }
    /// Why everything: a published file was removed.
    PLAN_FILE_REMOVED {
        vi: "một tệp đã đăng tải bị xóa",
        en: "a published file was removed",
    }
    /// Why everything: a file leads outside the site.
    PLAN_OUTSIDE {
        vi: "{file} trỏ ra ngoài thư mục của trang",
        en: "{file} leads outside the site folder",
    }
    /// serve: the port is taken.
    SERVE_PORT_TAKEN {
        vi: "cổng {port} đang được một chương trình khác dùng (có thể là một `bangvang serve` khác)",
        en: "port {port} is already in use by another program (perhaps another `bangvang serve`)",
    }
    /// Hint for [`SERVE_PORT_TAKEN`].
    SERVE_OTHER_PORT {
        vi: "Dừng chương trình kia, hoặc chọn cổng khác: bangvang serve --port {next}",
        en: "stop the other program, or choose another port: bangvang serve --port {next}",
    }
    /// serve cannot listen on its port.
    SERVE_CANNOT_LISTEN {
        vi: "không nghe được trên 127.0.0.1:{port}: {error}",
        en: "cannot listen on 127.0.0.1:{port}: {error}",
    }
    /// serve cannot make its private folder.
    SERVE_CANNOT_FOLDER {
        vi: "không tạo được thư mục riêng trong thư mục tạm {folder}: {error}",
        en: "cannot create a private folder in the temporary folder {folder}: {error}",
    }
    /// serve cannot catch Ctrl-C.
    SERVE_CANNOT_SIGNALS {
        vi: "không bắt được phím Ctrl-C: {error}",
        en: "cannot listen for Ctrl-C: {error}",
    }
    /// serve cannot start its web server.
    SERVE_CANNOT_START {
        vi: "không khởi động được máy chủ web: {error}",
        en: "cannot start the web server: {error}",
    }
    /// serve cannot watch the site.
    SERVE_CANNOT_WATCH {
        vi: "không theo dõi được thư mục của trang: {error}",
        en: "cannot watch the site folder: {error}",
    }
    /// The watcher stopped.
    SERVE_WATCHER_STOPPED {
        vi: "việc theo dõi thư mục đã dừng",
        en: "the file watcher stopped",
    }
    /// Hint for [`SERVE_CANNOT`].
    SERVE_CHECK_SYSTEM {
        vi: "Kiểm tra giới hạn và quyền của máy rồi chạy lại.",
        en: "check the system's limits and permissions, then try again",
    }
    /// The browser could not be opened.
    SERVE_NO_BROWSER {
        vi: "không mở được trình duyệt; hãy mở {url}",
        en: "could not open a browser; open {url}",
    }
}
