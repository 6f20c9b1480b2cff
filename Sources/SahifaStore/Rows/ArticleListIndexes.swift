/// The indexes an article page reads its lists through, the same in both stores: tags,
/// authors, editor-placed cards and related news, each by article in order, each holding the
/// id the page goes on to read, so the list's own rows are never visited.
package enum ArticleListIndexes {
    package static let sql = """
        CREATE INDEX article_tags_in_order ON article_tags(article_id, position, tag_id);
        CREATE INDEX article_authors_in_order ON article_authors(article_id, position, author_id);
        CREATE INDEX article_related_in_order ON article_related(article_id, position, related_id);
        CREATE INDEX article_auto_related_in_order ON article_auto_related(article_id, position, related_id);
        """
}
