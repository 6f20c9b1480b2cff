/// The upserts of a `SiteImport`, the same on both stores. Each changes a row only when the
/// import says something new, so that a repeated import changes nothing and can say so.
package enum SiteImportStatements {
    /// Arguments: slug, name, the parent's slug or null. A section the newsroom has renamed since
    /// keeps its name; only its place under a parent follows the import.
    package static let section = """
        INSERT INTO sections (slug, name, position, parent_id)
        VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM sections), (SELECT id FROM sections WHERE slug = ?))
        ON CONFLICT (slug) DO UPDATE SET parent_id = excluded.parent_id
        WHERE sections.parent_id IS DISTINCT FROM excluded.parent_id
        """

    /// Arguments: slug, name, bio. A byline the newsroom has since edited keeps its edits.
    package static let author = "INSERT INTO authors (slug, name, bio) VALUES (?, ?, ?) ON CONFLICT (slug) DO NOTHING"

    /// Arguments: e-mail, name, time. The password hash is not a bcrypt hash, so no password
    /// signs in until an admin sets one or the writer chooses one.
    package static let account = """
        INSERT INTO accounts (email, name, role, password_hash, created_at) VALUES (?, ?, 'writer', '!', ?)
        ON CONFLICT (email) DO NOTHING
        """

    /// Arguments: slug, title, Markdown, HTML, published, menu position, source id, created, updated.
    package static let page = """
        INSERT INTO static_pages (slug, title, body_markdown, body_html, is_published, menu_position, source_id,
            created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (source_id) DO UPDATE SET slug = excluded.slug, title = excluded.title,
            body_markdown = excluded.body_markdown, body_html = excluded.body_html,
            is_published = excluded.is_published, updated_at = excluded.updated_at
        WHERE static_pages.slug <> excluded.slug OR static_pages.title <> excluded.title
            OR static_pages.body_markdown <> excluded.body_markdown
            OR static_pages.is_published <> excluded.is_published
        """

    /// Arguments: old path, new path, time.
    package static let redirect = """
        INSERT INTO redirects (old_path, target, origin, created_at) VALUES (?, ?, 'import', ?)
        ON CONFLICT (old_path) DO UPDATE SET target = excluded.target WHERE redirects.target <> excluded.target
        """
}
