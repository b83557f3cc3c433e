//! Messages about what readers get: the files a site publishes for their programs (sitemap,
//! feed) and the light versions of large pages.

phrases! {
    /// `check` without `base_url`: the sitemap is not written.
    CHECK_NO_SITEMAP {
        vi: "ghi chú: không ghi sitemap.xml vì config.yaml chưa có base_url — sitemap chỉ dùng được với địa chỉ đầy đủ (https://…). Thêm base_url: https://ten-mien/ nếu muốn có sitemap",
        en: "note: sitemap.xml is not written because config.yaml has no base_url — a sitemap needs full addresses (https://…). Add base_url: https://your-domain/ to get one",
    }
}
