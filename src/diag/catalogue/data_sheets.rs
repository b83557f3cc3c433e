//! Messages about how data files arrive (SPEC §7.1–§7.3): workbooks read in place of CSV,
//! returned scoring forms, and text in other encodings than UTF-8.

phrases! {
    /// Where a problem is in a workbook.
    SHEET_CELL {
        vi: "trang \"{sheet}\", ô {cell}",
        en: "sheet \"{sheet}\", cell {cell}",
    }
    /// A workbook that cannot be opened.
    SHEETS_CANNOT_OPEN {
        vi: "không mở được bảng tính: {error}",
        en: "the workbook cannot be opened: {error}",
    }
    /// Hint: save the workbook again.
    SHEETS_SAVE_AGAIN {
        vi: "Mở tệp bằng Excel hoặc LibreOffice Calc và lưu lại dạng .xlsx.",
        en: "open it in Excel or LibreOffice Calc and save it again as .xlsx",
    }
    /// A workbook without any sheet.
    SHEETS_NO_SHEET {
        vi: "bảng tính không có trang nào",
        en: "the workbook has no sheet",
    }
    /// Hint: put the table on the first sheet.
    SHEETS_PUT_TABLE {
        vi: "Đặt bảng vào trang đầu tiên, hoặc vào trang đặt tên theo giai đoạn chấm.",
        en: "put the table on the first sheet, or on a sheet named after the stage",
    }
    /// A cell holding a date.
    SHEETS_DATE_CELL {
        vi: "ô chứa ngày tháng ({value}), không phải số hay chữ",
        en: "the cell holds a date ({value}), not a number or text",
    }
    /// A cell holding true or false.
    SHEETS_BOOL_CELL {
        vi: "ô chứa giá trị đúng/sai ({value}), không phải số hay chữ",
        en: "the cell holds true/false ({value}), not a number or text",
    }
    /// Hint: retype a date or boolean cell.
    SHEETS_RETYPE {
        vi: "Định dạng ô là Số (Number) hoặc Văn bản (Text) rồi gõ lại giá trị.",
        en: "format the cell as Number or Text and type the value again",
    }
    /// A cell showing a formula error.
    SHEETS_ERROR_CELL {
        vi: "ô báo lỗi công thức {value}",
        en: "the cell shows the formula error {value}",
    }
    /// Hint: fix the formula.
    SHEETS_FIX_FORMULA {
        vi: "Sửa công thức, hoặc gõ thẳng con số vào ô.",
        en: "fix the formula, or type the number into the cell",
    }
    /// Two files give the same thing.
    SHEETS_TWO_FILES {
        vi: "`{first}` và `{second}` cùng cho một nội dung",
        en: "`{first}` and `{second}` give the same thing",
    }
    /// Hint: keep one file.
    SHEETS_KEEP_ONE {
        vi: "Giữ một tệp; xoá hoặc chuyển tệp kia ra khỏi thư mục.",
        en: "keep one of them; delete the other or move it out of the folder",
    }
    /// A text file in UTF-16, read all the same.
    SHEETS_UTF16 {
        vi: "tệp được lưu dạng {encoding} (\"Unicode Text\"), không phải UTF-8; đã đọc đúng",
        en: "the file is saved as {encoding} (\"Unicode Text\"), not UTF-8; it was read correctly",
    }
    /// A text file in Windows-1258, read all the same.
    SHEETS_WINDOWS_1258 {
        vi: "tệp được lưu theo bảng mã Windows-1258, không phải UTF-8; đã đọc theo Windows-1258",
        en: "the file is saved in the Windows-1258 encoding, not UTF-8; it was read as Windows-1258",
    }
    /// Hint: how to save as UTF-8 next time.
    SHEETS_SAVE_UTF8_NEXT_TIME {
        vi: "Lần sau lưu bằng CSV UTF-8: Excel 2016 trở lên chọn \"CSV UTF-8\"; Excel 2010/2013 chọn \"Unicode Text\" (cũng được) hoặc mở bằng LibreOffice Calc, chọn bộ mã UTF-8 khi lưu; trình soạn thảo chọn mã UTF-8.",
        en: "next time save as CSV UTF-8: Excel 2016 or later \"CSV UTF-8\"; Excel 2010/2013 \"Unicode Text\" (also fine), or LibreOffice Calc with the UTF-8 character set; a text editor: UTF-8",
    }
    /// Text in an old Vietnamese font encoding, converted.
    SHEETS_OLD_ENCODING {
        vi: "tệp dùng bảng mã cũ {encoding}, không phải Unicode; đã chuyển sang Unicode",
        en: "the file uses the old {encoding} encoding, not Unicode; it was converted to Unicode",
    }
    /// Text in an old Vietnamese font encoding that could not be converted.
    SHEETS_OLD_ENCODING_REFUSED {
        vi: "tệp dùng bảng mã cũ {encoding}, không phải Unicode; chữ tiếng Việt sẽ bị sai",
        en: "the file uses the old {encoding} encoding, not Unicode; its Vietnamese letters would be wrong",
    }
    /// Hint: convert with Unikey.
    SHEETS_CONVERT_WITH_UNIKEY {
        vi: "Chuyển sang Unicode bằng công cụ chuyển mã của Unikey (Unikey Toolkit: nguồn {encoding}, đích Unicode), rồi lưu dạng CSV UTF-8.",
        en: "convert it to Unicode with Unikey's converter (Unikey Toolkit: source {encoding}, destination Unicode), then save it as CSV UTF-8",
    }
    /// A returned form without its table.
    SHEETS_FORM_NO_TABLE {
        vi: "phiếu chấm điểm không có dòng tiêu đề `Mã tiêu chí` … `Điểm`",
        en: "the scoring form has no header row `Mã tiêu chí` … `Điểm`",
    }
    /// A returned form without the unit's id.
    SHEETS_FORM_NO_UNIT {
        vi: "phiếu chấm điểm không ghi mã đơn vị (ô bên phải `Mã đơn vị`)",
        en: "the scoring form does not give the unit's id (the cell right of `Mã đơn vị`)",
    }
    /// Hint: use the forms bangvang writes.
    SHEETS_FORM_USE_FORMS {
        vi: "Dùng phiếu do lệnh `bangvang forms` tạo ra, không xoá hay chuyển các dòng, cột của phiếu.",
        en: "use the forms `bangvang forms` writes, without removing or moving their rows and columns",
    }
    /// Hint: write the unit's id.
    SHEETS_FORM_FILL_UNIT {
        vi: "Ghi mã đơn vị vào ô này, như trên phiếu đã gửi đi.",
        en: "write the unit's id in this cell, as on the form sent out",
    }
    /// Two forms for one unit in one stage.
    SHEETS_FORM_UNIT_TWICE {
        vi: "đơn vị `{unit}` đã có phiếu `{first}` trong giai đoạn chấm này",
        en: "the unit `{unit}` already has the form `{first}` in this stage",
    }
    /// Hint: keep one form per unit.
    SHEETS_FORM_KEEP_ONE {
        vi: "Giữ một phiếu cho mỗi đơn vị; xoá hoặc chuyển phiếu kia ra khỏi thư mục.",
        en: "keep one form per unit; delete the other or move it out of the folder",
    }
    /// A file in a folder of forms that is not a workbook.
    SHEETS_FORM_NOT_WORKBOOK {
        vi: "tệp này không phải phiếu chấm điểm (.xlsx, .ods hoặc .xls)",
        en: "this file is not a scoring form (.xlsx, .ods or .xls)",
    }
    /// Hint: only returned forms in the folder.
    SHEETS_FORM_ONLY_FORMS {
        vi: "Chỉ để các phiếu đã điền trong thư mục của giai đoạn chấm.",
        en: "keep only the filled forms in the stage's folder",
    }
}
