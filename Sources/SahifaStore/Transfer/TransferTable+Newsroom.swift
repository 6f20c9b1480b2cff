extension TransferTable {
    /// Every table that holds the newsroom, in an order that writes each row after the rows
    /// it refers to. Left out: the search index (rebuilt by `reindex`), the related-news and
    /// stale-body queues (filled again by the rebuild) and the page-change log (for running
    /// servers only).
    package static let newsroom: [TransferTable] = [
        TransferTable(
            "media", key: ["hash"],
            [
                .text("hash"), .text("kind"), .text("alt"), .text("caption"), .text("credit"),
                .integer("width"), .integer("height"), .integer("byte_count"), .double("created_at"),
                .double("focus_x"), .double("focus_y"), .text("focus_shapes"),
            ]),
        TransferTable(
            "site_settings", key: ["id"],
            [
                .integer("id"), .text("name"), .text("tagline"), .text("logo_hash"), .text("copyright"),
                .text("digits"), .text("time_zone"),
            ]),
        TransferTable(
            "site_social_links", key: ["position"],
            [
                .integer("position"), .text("network"), .text("label"), .text("url"),
            ]),
        TransferTable(
            "sections", key: ["id"], numbersNewRows: true,
            [
                .integer("id"), .text("slug"), .text("name"), .integer("position"), .integer("parent_id"),
            ]),
        TransferTable(
            "authors", key: ["id"], numbersNewRows: true,
            [
                .integer("id"), .text("slug"), .text("name"), .text("bio"),
            ]),
        TransferTable(
            "tags", key: ["id"], numbersNewRows: true,
            [
                .integer("id"), .text("slug"), .text("name"),
            ]),
        TransferTable(
            "accounts", key: ["id"], numbersNewRows: true,
            [
                .integer("id"), .text("email"), .text("name"), .text("role"), .text("password_hash"),
                .double("created_at"), .text("totp_secret"),
            ]),
        TransferTable(
            "articles", key: ["id"], numbersNewRows: true,
            [
                .integer("id"), .text("slug"), .text("kicker"), .text("headline"), .text("summary"), .text("hero_hash"),
                .integer("section_id"), .text("status"), .flag("is_featured"), .text("seo_title"),
                .text("seo_description"), .double("created_at"), .double("published_at"), .double("updated_at"),
                .integer("revision"), .text("source_id"), .integer("created_by"), .double("embargo_until"),
                .text("correction_note"), .double("corrected_at"), .text("source_fingerprint"),
            ]),
        TransferTable(
            "article_bodies", key: ["article_id"],
            [
                .integer("article_id"), .text("html"), .text("markdown"), .text("plain_text"),
            ]),
        TransferTable(
            "article_tags", key: ["article_id", "tag_id"],
            [
                .integer("article_id"), .integer("tag_id"), .integer("position"),
            ]),
        TransferTable(
            "article_authors", key: ["article_id", "author_id"],
            [
                .integer("article_id"), .integer("author_id"), .integer("position"),
            ]),
        TransferTable(
            "article_related", key: ["article_id", "position"],
            [
                .integer("article_id"), .integer("position"), .integer("related_id"),
            ]),
        TransferTable(
            "article_revisions", key: ["article_id", "revision"],
            [
                .integer("article_id"), .integer("revision"), .double("saved_at"), .text("slug"), .text("kicker"),
                .text("headline"), .text("summary"), .text("body_markdown"),
            ]),
        TransferTable(
            "article_auto_related", key: ["article_id", "position"], isWorkedOutAgain: true,
            [
                .integer("article_id"), .integer("position"), .integer("related_id"), .double("score"),
            ]),
        TransferTable(
            "static_pages", key: ["id"], numbersNewRows: true,
            [
                .integer("id"), .text("slug"), .text("title"), .text("body_markdown"), .text("body_html"),
                .flag("is_published"), .integer("menu_position"), .text("source_id"), .double("created_at"),
                .double("updated_at"),
            ]),
        TransferTable(
            "redirects", key: ["id"], numbersNewRows: true,
            [
                .integer("id"), .text("old_path"), .text("target"), .text("origin"), .integer("hits"),
                .double("created_at"),
            ]),
        TransferTable(
            "breaking_items", key: ["id"], numbersNewRows: true,
            [
                .integer("id"), .text("text"), .integer("article_id"), .double("starts_at"), .double("expires_at"),
            ]),
        TransferTable(
            "sessions", key: ["token_hash"],
            [
                .text("token_hash"), .integer("account_id"), .text("csrf_token"), .double("created_at"),
                .double("expires_at"),
            ]),
        TransferTable(
            "api_tokens", key: ["id"], numbersNewRows: true,
            [
                .integer("id"), .integer("account_id"), .text("name"), .text("token_hash"), .text("scopes"),
                .double("created_at"), .double("last_used_at"), .double("expires_at"),
            ]),
        TransferTable(
            "audit_log", key: ["id"], numbersNewRows: true,
            [
                .integer("id"), .double("at"), .integer("account_id"), .text("action"), .integer("article_id"),
                .text("detail"),
            ]),
    ]
}
