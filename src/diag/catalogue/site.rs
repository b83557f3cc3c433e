//! Messages of the build and its stages after loading (`src/build/`, `src/write/`,
//! `src/photos/`, `src/render/`), of `check` (`src/check/`), of `init` (`src/init/`) and of
//! the small shared rules (`src/text.rs`).

phrases! {
    // ----- Shared rules (src/text.rs) -----

    /// The hint that goes with an invalid identifier.
    ID_HINT {
        vi: "Chỉ dùng chữ thường không dấu (a–z), chữ số và dấu gạch ngang '-' (ví dụ: phuong-12).",
        en: "use only lowercase ASCII letters, digits and '-' (for example: phuong-12)",
    }
    /// A name holding a character that cannot be seen; `whose` says what the name is
    /// ("the unit `p12`"), `what` is one of the `INVISIBLE_…` characters.
    INVISIBLE_IN_NAME {
        vi: "tên của {whose} có chứa {what}: ký tự này không nhìn thấy được nhưng làm cho tên thành một tên khác",
        en: "the name of {whose} holds {what}, which cannot be seen but makes it a different name",
    }
    /// Hint for [`INVISIBLE_IN_NAME`].
    INVISIBLE_IN_NAME_HINT {
        vi: "Xóa ký tự đó (gõ lại tên bằng tay thay vì dán vào).",
        en: "delete the character (retype the name by hand rather than pasting it)",
    }
    /// An invisible character: U+200B.
    INVISIBLE_ZERO_WIDTH_SPACE {
        vi: "một dấu cách không có độ rộng (U+200B)",
        en: "a zero-width space (U+200B)",
    }
    /// An invisible character: U+200C.
    INVISIBLE_ZERO_WIDTH_NON_JOINER {
        vi: "một ký tự ngăn nối chữ không có độ rộng (U+200C)",
        en: "a zero-width non-joiner (U+200C)",
    }
    /// An invisible character: U+200D.
    INVISIBLE_ZERO_WIDTH_JOINER {
        vi: "một ký tự nối chữ không có độ rộng (U+200D)",
        en: "a zero-width joiner (U+200D)",
    }
    /// An invisible character: U+2060.
    INVISIBLE_WORD_JOINER {
        vi: "một ký tự nối từ (U+2060)",
        en: "a word joiner (U+2060)",
    }
    /// An invisible character: U+FEFF.
    INVISIBLE_NO_BREAK_SPACE {
        vi: "một dấu cách không ngắt dòng, không có độ rộng (U+FEFF)",
        en: "a zero-width no-break space (U+FEFF)",
    }
    /// An invisible character: U+00AD.
    INVISIBLE_SOFT_HYPHEN {
        vi: "một dấu gạch nối ẩn (U+00AD)",
        en: "a soft hyphen (U+00AD)",
    }
    /// An invisible character: a direction mark.
    INVISIBLE_DIRECTION_MARK {
        vi: "một dấu chỉ hướng viết chữ (U+200E, U+200F hoặc U+061C)",
        en: "a direction mark (U+200E, U+200F or U+061C)",
    }
    /// An invisible character: a bidirectional control.
    INVISIBLE_BIDI_CONTROL {
        vi: "một ký tự điều khiển hướng viết chữ (U+202A–U+202E, U+2066–U+2069)",
        en: "a bidirectional control character (U+202A–U+202E, U+2066–U+2069)",
    }

    // ----- The build (src/build/) -----

    /// A file of the site or the theme that cannot be copied into the output.
    BUILD_CANNOT_COPY {
        vi: "không chép được tệp: {error}",
        en: "cannot copy the file: {error}",
    }
    /// Hint for [`BUILD_CANNOT_COPY`].
    BUILD_CANNOT_COPY_HINT {
        vi: "Kiểm tra xem tệp có đọc được không.",
        en: "check that it is readable",
    }
    /// The workbook of the results could not be made.
    RESULTS_XLSX_FAILED {
        vi: "không tạo được tệp Excel kết quả: {error}",
        en: "cannot make the workbook of the results: {error}",
    }
    /// The disk filled up while the output was written.
    BUILD_DISK_FULL {
        vi: "ổ đĩa đã đầy: không ghi được bản xuất bản mới ({error})",
        en: "the disk is full: the new output could not be written ({error})",
    }
    /// Hint for [`BUILD_DISK_FULL`].
    BUILD_DISK_FULL_HINT {
        vi: "Dọn bớt ổ đĩa chứa thư mục xuất bản, rồi chạy lại lệnh; bản xuất bản trước vẫn giữ nguyên.",
        en: "free some space on the disk that holds the output folder, then build again; the previous output was not touched",
    }
    /// A file of the output that cannot be written; `others` is empty or
    /// [`BUILD_AND_OTHER_FILES`].
    BUILD_CANNOT_WRITE {
        vi: "không ghi được tệp{others}: {error}",
        en: "cannot write the file{others}: {error}",
    }
    /// The other files [`BUILD_CANNOT_WRITE`] failed for.
    BUILD_AND_OTHER_FILES {
        vi: " và {count} tệp khác",
        en: " and {count} other file(s)",
    }
    /// Hint for [`BUILD_CANNOT_WRITE`].
    BUILD_CANNOT_WRITE_HINT {
        vi: "Kiểm tra dung lượng còn trống của ổ đĩa và quyền ghi vào thư mục xuất bản.",
        en: "check the free disk space and the permissions of the output's folder",
    }
    /// A unit without points for one criterion at any stage.
    BUILD_INCOMPLETE_ONE {
        vi: "{name} ({unit}) chưa có điểm tiêu chí {criteria} ở giai đoạn chấm nào: tiêu chí này được tính 0 điểm và đơn vị bị đánh dấu là chưa chấm đủ",
        en: "{name} ({unit}) has no points for criterion {criteria} at any stage: it is counted as 0 and the unit is marked incomplete",
    }
    /// A unit without points for several criteria at any stage.
    BUILD_INCOMPLETE_MANY {
        vi: "{name} ({unit}) chưa có điểm các tiêu chí {criteria} ở giai đoạn chấm nào: các tiêu chí này được tính 0 điểm và đơn vị bị đánh dấu là chưa chấm đủ",
        en: "{name} ({unit}) has no points for criteria {criteria} at any stage: they are counted as 0 and the unit is marked incomplete",
    }
    /// Hint for [`BUILD_INCOMPLETE_ONE`] and [`BUILD_INCOMPLETE_MANY`].
    BUILD_INCOMPLETE_HINT {
        vi: "Ghi điểm vào một tệp điểm trong {dir}/, hoặc để nguyên khi chưa chấm xong (với `--strict` lệnh sẽ báo lỗi).",
        en: "add the points in a score file under {dir}/, or leave it while scoring is not finished (`--strict` fails on it)",
    }

    // ----- The output folder (src/write/) -----

    /// Hint when the output folder is refused.
    OUTPUT_REFUSED_HINT {
        vi: "Chọn thư mục khác cho --output (mặc định là public/ trong thư mục trang web).",
        en: "choose another --output folder (the default is public/ inside the site)",
    }
    /// The output folder is the site folder or holds it.
    OUTPUT_IS_SITE {
        vi: "thư mục xuất bản chính là thư mục trang web (hoặc chứa thư mục đó); xuất bản vào đó sẽ xóa mất trang web",
        en: "the output folder is the site folder itself (or holds it); building there would delete the site",
    }
    /// The output folder is inside a folder of the site's sources.
    OUTPUT_IN_SOURCES {
        vi: "thư mục xuất bản nằm trong thư mục {folder}/ của trang web",
        en: "the output folder is inside the site's {folder}/ folder",
    }
    /// The output folder is the root of a disk.
    OUTPUT_IS_DISK_ROOT {
        vi: "thư mục xuất bản không được là thư mục gốc của ổ đĩa",
        en: "the output folder cannot be the root of a disk",
    }
    /// The output path is a file.
    OUTPUT_NOT_A_FOLDER {
        vi: "đường dẫn xuất bản đã có sẵn và không phải là thư mục",
        en: "the output path exists and is not a folder",
    }
    /// The output folder looks like a site.
    OUTPUT_LOOKS_LIKE_SITE {
        vi: "thư mục xuất bản có config.yaml hoặc content/: đây giống thư mục trang web, không phải bản xuất bản",
        en: "the output folder holds config.yaml or content/: it looks like a site, not a build",
    }
    /// The output folder holds files bangvang did not write.
    OUTPUT_NOT_OURS {
        vi: "thư mục xuất bản có các tệp không do bangvang tạo ra ({files}) và không có tệp {marker}, nên bangvang sẽ không xóa thư mục này",
        en: "the output folder holds files that bangvang did not write ({files}), and it has no {marker} file, so it will not be cleared",
    }
    /// The staging folder cannot be made.
    OUTPUT_CANNOT_STAGE {
        vi: "không tạo được thư mục tạm để xuất bản: {error}",
        en: "cannot create the staging folder: {error}",
    }
    /// Hint for [`OUTPUT_CANNOT_STAGE`].
    OUTPUT_CANNOT_STAGE_HINT {
        vi: "Kiểm tra quyền ghi vào thư mục chứa thư mục xuất bản.",
        en: "check that the output's parent folder is writable",
    }
    /// Hint when the new output cannot be put in place.
    OUTPUT_RETRY_HINT {
        vi: "Kiểm tra để không chương trình nào khác đang mở thư mục xuất bản và thư mục này ghi được, rồi chạy lại lệnh.",
        en: "check that nothing else holds the output folder open and that it is writable, then build again",
    }
    /// The marker of the new output cannot be written.
    OUTPUT_CANNOT_FINISH {
        vi: "không hoàn tất được bản xuất bản: {error}",
        en: "cannot finish the build: {error}",
    }
    /// The files to keep cannot be carried over.
    OUTPUT_CANNOT_KEEP {
        vi: "không giữ lại được các tệp của bản xuất bản trước: {error}",
        en: "cannot keep the files of the previous output: {error}",
    }
    /// The previous output cannot be moved aside.
    OUTPUT_CANNOT_MOVE_ASIDE {
        vi: "không dời được bản xuất bản trước sang chỗ khác: {error}; bản trước vẫn được giữ nguyên",
        en: "cannot move the previous output aside: {error}; the previous output was left as it was",
    }
    /// The new output cannot be put in place (there was no previous one).
    OUTPUT_CANNOT_PLACE {
        vi: "không đặt được bản xuất bản mới vào chỗ: {error}",
        en: "cannot put the new output in place: {error}",
    }
    /// The new output cannot be put in place; the previous one is back.
    OUTPUT_CANNOT_PLACE_KEPT {
        vi: "không đặt được bản xuất bản mới vào chỗ: {error}; bản trước vẫn được giữ nguyên",
        en: "cannot put the new output in place: {error}; the previous output was left as it was",
    }
    /// Neither the new output nor the previous one is in place.
    OUTPUT_CANNOT_PLACE_LOST {
        vi: "không đặt được bản xuất bản mới vào chỗ ({error}), cũng không trả được bản trước về chỗ cũ ({error2}): bản trước hiện nằm ở {aside}",
        en: "cannot put the new output in place ({error}), nor the previous output back ({error2}): it is now in {aside}",
    }
    /// Hint for [`OUTPUT_CANNOT_PLACE_LOST`].
    OUTPUT_CANNOT_PLACE_LOST_HINT {
        vi: "Tự đổi tên thư mục đó về lại tên của thư mục xuất bản, rồi chạy lại lệnh.",
        en: "move that folder back to the output's name by hand, then build again",
    }
    /// Hint when the output's lock cannot be taken.
    OUTPUT_LOCK_HINT {
        vi: "Chờ lần chạy kia (hoặc `bangvang serve`) kết thúc, rồi chạy lại lệnh.",
        en: "wait until the other build (or `bangvang serve`) has finished, then build again",
    }
    /// The lock file keeps being replaced.
    OUTPUT_LOCK_CHANGING {
        vi: "không khóa được thư mục xuất bản: tệp khóa của thư mục liên tục thay đổi",
        en: "cannot lock the output folder: its lock file keeps changing",
    }
    /// Something else stands where the lock file goes.
    OUTPUT_LOCK_NOT_A_FILE {
        vi: "{path} không phải tệp khóa của bangvang (đó là lối tắt hoặc thư mục)",
        en: "{path} is not a lock file of bangvang (it is a link or a folder)",
    }
    /// The lock file cannot be made.
    OUTPUT_LOCK_CANNOT_CREATE {
        vi: "không tạo được tệp khóa {path}: {error}",
        en: "cannot create the lock file {path}: {error}",
    }
    /// Another build holds the lock.
    OUTPUT_LOCK_TAKEN {
        vi: "một lần chạy bangvang khác đang ghi vào thư mục xuất bản này",
        en: "another bangvang build is writing this output folder right now",
    }
    /// The lock cannot be taken.
    OUTPUT_LOCK_FAILED {
        vi: "không khóa được thư mục xuất bản: {error}",
        en: "cannot lock the output folder: {error}",
    }

    // ----- Photos (src/photos/) -----

    /// Who uses a photo, one of the list in [`PHOTO_OF`].
    PHOTO_USER {
        vi: "`{id}` ({name}), khai báo tại {at}",
        en: "`{id}` ({name}), set at {at}",
    }
    /// Why a photo is refused, and whose it is.
    PHOTO_OF {
        vi: "{why}; đây là ảnh của {users}",
        en: "{why}; it is the photo of {users}",
    }
    /// A photo that was not prepared (a bug).
    PHOTO_NOT_PREPARED {
        vi: "ảnh này chưa được xử lý",
        en: "this photo was not prepared",
    }
    /// Hint: something that should never happen did; a bug of bangvang.
    REPORT_BUG {
        vi: "Đây là lỗi của bangvang: hãy báo lỗi này cho người phát triển.",
        en: "this is a bug in bangvang; please report it",
    }
    /// Hint for a photo with too many pixels.
    PHOTO_TOO_LARGE_HINT {
        vi: "Thu nhỏ ảnh (ảnh chân dung chỉ cần tối đa 2000 điểm ảnh ở cạnh dài), hoặc tăng max_photo_megapixels trong config.yaml (hiện là {max}).",
        en: "make the photo smaller (a portrait needs no more than 2000 pixels on its longer side), or raise max_photo_megapixels in config.yaml (now {max})",
    }
    /// Hint for a photo that cannot be read.
    PHOTO_BROKEN_HINT {
        vi: "Lưu lại ảnh dạng JPEG hoặc PNG, hoặc xóa `photo:` khỏi gương điển hình.",
        en: "save the photo again as a JPEG or PNG file, or remove `photo:` from the honoree",
    }
    /// A photo that cannot be read.
    PHOTO_UNREADABLE {
        vi: "không đọc được ảnh ({error})",
        en: "the photo cannot be read ({error})",
    }
    /// A photo with more pixels than allowed.
    PHOTO_TOO_LARGE {
        vi: "ảnh có kích thước {width}×{height} điểm ảnh ({millions} triệu), quá lớn để xử lý",
        en: "the photo is {width}×{height} pixels ({millions} million), too large to prepare",
    }
    /// A photo in another format.
    PHOTO_NOT_JPEG_OR_PNG {
        vi: "ảnh không phải dạng JPEG hay PNG",
        en: "the photo is not a JPEG or PNG image",
    }
    /// A photo that cannot be decoded.
    PHOTO_DAMAGED {
        vi: "ảnh bị hỏng, không mở được ({error})",
        en: "the photo is damaged and cannot be decoded ({error})",
    }
    /// A JPEG without its end marker.
    PHOTO_CUT_SHORT {
        vi: "ảnh bị hỏng: tệp JPEG bị cắt cụt (thiếu dấu kết thúc)",
        en: "the photo is damaged: the JPEG file is cut short (it has no end marker)",
    }
    /// A photo of no pixels.
    PHOTO_EMPTY {
        vi: "ảnh không có điểm ảnh nào",
        en: "the photo has no pixels",
    }
    /// A prepared photo that cannot be encoded.
    PHOTO_CANNOT_ENCODE {
        vi: "không lưu được ảnh dạng JPEG ({error})",
        en: "the photo cannot be encoded ({error})",
    }

    // ----- Templates (src/render/) -----

    /// A template that does not compile or render.
    TEMPLATE_BROKEN {
        vi: "mẫu trang bị lỗi: {error}",
        en: "the template does not work: {error}",
    }
    /// Hint for [`TEMPLATE_BROKEN`].
    TEMPLATE_BROKEN_HINT {
        vi: "Sửa mẫu trang (theo cú pháp Tera), hoặc xóa tệp để dùng mẫu có sẵn.",
        en: "fix the template (Tera syntax), or delete the file to use the built-in template",
    }
    /// A page's `template:` that the theme does not have.
    TEMPLATE_NOT_FOUND {
        vi: "không có mẫu trang `{template}`",
        en: "the template `{template}` does not exist",
    }
    /// Hint for [`TEMPLATE_NOT_FOUND`].
    TEMPLATE_NOT_FOUND_HINT {
        vi: "Ghi tên một mẫu trang của giao diện, hoặc xóa `template:`.",
        en: "name a template of the theme, or remove `template:`",
    }

    // ----- check (src/check/) -----

    /// The scratch folder of `check` cannot be made.
    CHECK_NO_SCRATCH {
        vi: "không tạo được thư mục nháp để dựng thử trang web: {error}",
        en: "cannot create a scratch folder to render the site into: {error}",
    }
    /// Hint for [`CHECK_NO_SCRATCH`].
    CHECK_NO_SCRATCH_HINT {
        vi: "Kiểm tra quyền ghi vào thư mục tạm (TMPDIR).",
        en: "check that the temporary folder (TMPDIR) is writable",
    }
    /// The rendered site cannot be read back.
    CHECK_CANNOT_READ_BACK {
        vi: "không đọc lại được trang web vừa dựng thử: {error}",
        en: "cannot read back the rendered site: {error}",
    }
    /// Hint for [`CHECK_CANNOT_READ_BACK`].
    CHECK_CANNOT_READ_BACK_HINT {
        vi: "Kiểm tra dung lượng còn trống của thư mục tạm.",
        en: "check the free space of the temporary folder",
    }
    /// How many more template links share a problem.
    LINK_AND_MORE {
        vi: " (và {count} liên kết giống vậy trên các trang được tạo tự động)",
        en: " (and {count} more link(s) like it on generated pages)",
    }
    /// Hint for a broken link that a template printed; `hint` is the hint for the link.
    LINK_FROM_TEMPLATE_HINT {
        vi: "{hint} Liên kết này do mẫu trang tạo ra: kiểm tra templates/ hoặc giao diện, và dữ liệu mà chúng in ra.",
        en: "{hint}; this link comes from a template: check templates/ or the theme, and the data they print",
    }
    /// Hint for a link to a Markdown file.
    LINK_TO_MD_HINT {
        vi: "Trỏ liên kết tới địa chỉ của trang, không trỏ tới tệp: ghi `{address}`.",
        en: "link to the page's address, not to its file: write {address}",
    }
    /// Hint for a link to a Markdown file whose page is not known.
    LINK_TO_MD_GENERAL_HINT {
        vi: "Trỏ liên kết tới địa chỉ của trang, không trỏ tới tệp: với content/a/b.md thì ghi /a/b/.",
        en: "link to the page's address, not to its file: for content/a/b.md write /a/b/",
    }
    /// A link to a file the site does not have.
    LINK_MISSING {
        vi: "liên kết `{href}` dẫn tới `{target}`, nhưng trang web không có địa chỉ này",
        en: "the link `{href}` leads to `{target}`, which the site does not have",
    }
    /// Hint for [`LINK_MISSING`]: a page with a close address.
    LINK_DID_YOU_MEAN {
        vi: "Sửa thành `/{page}` nếu đó là trang cần dẫn tới.",
        en: "did you mean /{page}?",
    }
    /// Hint for [`LINK_MISSING`].
    LINK_MISSING_HINT {
        vi: "Kiểm tra lại địa chỉ: content/a/b.md được xuất bản tại /a/b/, còn static/x/y.pdf tại /x/y.pdf.",
        en: "check the address: content/a/b.md is published at /a/b/, and static/x/y.pdf at /x/y.pdf",
    }
    /// A link to a folder without its final `/`.
    LINK_NO_SLASH {
        vi: "liên kết `{href}` dẫn tới thư mục /{folder} nhưng thiếu dấu `/` ở cuối: liên kết chạy được trên máy chủ web nhưng không chạy khi mở trang web từ ổ đĩa",
        en: "the link `{href}` leads to the folder /{folder} without its final `/`: it works on a web server but not when the site is opened from disk",
    }
    /// Hint for [`LINK_NO_SLASH`].
    LINK_NO_SLASH_HINT {
        vi: "Ghi `/{folder}/`.",
        en: "write /{folder}/",
    }
    /// A link to an anchor the page does not have.
    LINK_NO_ANCHOR {
        vi: "liên kết `{href}` trỏ tới `#{anchor}`, nhưng trang /{page} không có đề mục hay điểm neo đó",
        en: "the link `{href}` points to `#{anchor}`, but /{page} has no such heading or anchor",
    }
    /// Hint for [`LINK_NO_ANCHOR`], when the page has no anchors.
    LINK_NO_ANCHOR_HINT {
        vi: "Ghi điểm neo theo chữ của đề mục: `## II. Nội dung` có điểm neo là #ii-noi-dung.",
        en: "headings get anchors from their text: `## II. Nội dung` is #ii-noi-dung",
    }
    /// Hint for [`LINK_NO_ANCHOR`], with some anchors of the page.
    LINK_NO_ANCHOR_LIST_HINT {
        vi: "Dùng một điểm neo có trên trang đó, như {anchors}; đề mục có điểm neo theo chữ của nó (`## II. Nội dung` có điểm neo là #ii-noi-dung).",
        en: "that page's anchors include {anchors}; headings get anchors from their text (`## II. Nội dung` is #ii-noi-dung)",
    }
    /// A link that leaves the site.
    LINK_OUTSIDE {
        vi: "liên kết `{href}` đi ra ngoài thư mục gốc của trang web",
        en: "the link `{href}` goes above the site's root folder",
    }
    /// Hint for [`LINK_OUTSIDE`].
    LINK_OUTSIDE_HINT {
        vi: "Xóa các `../` thừa, hoặc ghi địa chỉ tính từ gốc: /a/b/.",
        en: "remove the extra `../`, or write the address from the root: /a/b/",
    }
    /// A phone number in a published file.
    PRIVACY_PHONE {
        vi: "`{text}` có vẻ là số điện thoại, và tệp này sẽ được xuất bản",
        en: "`{text}` looks like a phone number, and this file is published",
    }
    /// Hint for [`PRIVACY_PHONE`].
    PRIVACY_PHONE_HINT {
        vi: "Xóa số này; nếu đây là số được công khai (số của cơ quan) thì ghi vào `public_contacts:` trong config.yaml.",
        en: "remove it, or, if it is meant to be public (an office's number), list it under `public_contacts:` in config.yaml",
    }
    /// An e-mail address in a published file.
    PRIVACY_EMAIL {
        vi: "`{text}` là địa chỉ thư điện tử, và tệp này sẽ được xuất bản",
        en: "`{text}` is an e-mail address, and this file is published",
    }
    /// Hint for [`PRIVACY_EMAIL`].
    PRIVACY_EMAIL_HINT {
        vi: "Xóa địa chỉ này; nếu đây là địa chỉ được công khai (địa chỉ của cơ quan) thì ghi vào `public_contacts:` trong config.yaml.",
        en: "remove it, or, if it is meant to be public (an office's address), list it under `public_contacts:` in config.yaml",
    }
    /// A citizen ID number in a published file.
    PRIVACY_CITIZEN_ID {
        vi: "`{text}` có vẻ là số căn cước công dân (CCCD, 12 chữ số), và tệp này sẽ được xuất bản",
        en: "`{text}` looks like a citizen ID number (CCCD, 12 digits), and this file is published",
    }
    /// Hint for [`PRIVACY_CITIZEN_ID`].
    PRIVACY_CITIZEN_ID_HINT {
        vi: "Xóa số này: không được công khai số định danh cá nhân.",
        en: "remove it: identity numbers must not be published",
    }

    // ----- init (src/init/) -----

    /// `init` given a path that is a file.
    INIT_NOT_A_FOLDER {
        vi: "đường dẫn này đã có sẵn và không phải là thư mục",
        en: "this path exists and is not a folder",
    }
    /// Hint when `init` refuses a folder.
    INIT_NEW_FOLDER_HINT {
        vi: "Chọn một tên thư mục mới, ví dụ `bangvang init my-site`.",
        en: "choose a new folder name, for example `bangvang init my-site`",
    }
    /// `init` cannot list the folder.
    INIT_CANNOT_READ {
        vi: "không đọc được thư mục: {error}",
        en: "cannot read the folder: {error}",
    }
    /// Hint for [`INIT_CANNOT_READ`].
    INIT_CANNOT_READ_HINT {
        vi: "Kiểm tra quyền truy cập thư mục.",
        en: "check its permissions",
    }
    /// `init` given a folder that is not empty; `more` is empty or [`INIT_ENTRIES`].
    INIT_NOT_EMPTY {
        vi: "thư mục không trống (đang có {entries}{more}); lệnh init chỉ ghi vào thư mục mới hoặc thư mục trống để không ghi đè lên gì",
        en: "the folder is not empty (it holds {entries}{more}); init only writes into a new or empty folder so that nothing is overwritten",
    }
    /// How many entries a folder holds, after the first few.
    INIT_ENTRIES {
        vi: ", … ({count} mục)",
        en: ", … ({count} entries)",
    }
    /// A starter file that cannot be written.
    INIT_CANNOT_WRITE {
        vi: "không ghi được tệp: {error}",
        en: "cannot write the file: {error}",
    }
    /// Hint for [`INIT_CANNOT_WRITE`].
    INIT_CANNOT_WRITE_HINT {
        vi: "Kiểm tra thư mục có ghi được không và ổ đĩa còn chỗ trống không.",
        en: "check that the folder is writable and the disk not full",
    }
}
