import GRDB
import SahifaStore

/// The SQLite schema's history. Each migration runs once, in its own transaction, and is
/// never edited after it ships; a change to the schema is a new migration at the end.
/// Dates are stored as seconds since 1970 in UTC (REAL), so they sort and compare in SQL.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-11-29 create newsroom tables") { db in
            try db.execute(
                sql: """
                    CREATE TABLE media (
                        hash TEXT PRIMARY KEY NOT NULL,
                        kind TEXT NOT NULL,
                        alt TEXT NOT NULL CHECK (length(trim(alt)) > 0),
                        caption TEXT NOT NULL DEFAULT '',
                        credit TEXT NOT NULL DEFAULT '',
                        width INTEGER NOT NULL CHECK (width > 0),
                        height INTEGER NOT NULL CHECK (height > 0),
                        byte_count INTEGER NOT NULL,
                        created_at REAL NOT NULL
                    );
                    CREATE TABLE site_settings (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        name TEXT NOT NULL,
                        tagline TEXT NOT NULL,
                        logo_hash TEXT REFERENCES media(hash),
                        copyright TEXT NOT NULL,
                        digits TEXT NOT NULL,
                        time_zone TEXT NOT NULL
                    );
                    CREATE TABLE site_social_links (
                        position INTEGER PRIMARY KEY,
                        network TEXT NOT NULL,
                        label TEXT NOT NULL,
                        url TEXT NOT NULL
                    );
                    CREATE TABLE sections (
                        id INTEGER PRIMARY KEY,
                        slug TEXT NOT NULL UNIQUE,
                        name TEXT NOT NULL,
                        position INTEGER NOT NULL
                    );
                    CREATE TABLE authors (
                        id INTEGER PRIMARY KEY,
                        slug TEXT NOT NULL UNIQUE,
                        name TEXT NOT NULL,
                        bio TEXT NOT NULL DEFAULT ''
                    );
                    CREATE TABLE tags (
                        id INTEGER PRIMARY KEY,
                        slug TEXT NOT NULL UNIQUE,
                        name TEXT NOT NULL UNIQUE
                    );
                    CREATE TABLE articles (
                        id INTEGER PRIMARY KEY,
                        slug TEXT NOT NULL,
                        kicker TEXT,
                        headline TEXT NOT NULL,
                        summary TEXT NOT NULL,
                        hero_hash TEXT REFERENCES media(hash),
                        section_id INTEGER NOT NULL REFERENCES sections(id),
                        status TEXT NOT NULL,
                        is_featured INTEGER NOT NULL DEFAULT 0,
                        seo_title TEXT,
                        seo_description TEXT,
                        created_at REAL NOT NULL,
                        published_at REAL,
                        updated_at REAL NOT NULL,
                        revision INTEGER NOT NULL
                    );
                    CREATE INDEX articles_by_status_and_time ON articles(status, published_at DESC);
                    CREATE INDEX articles_by_section ON articles(section_id, status, published_at DESC);
                    -- Bodies live apart so that lists and cards never read them; the HTML comes
                    -- first because pages read it and SQLite walks a row's columns in order.
                    CREATE TABLE article_bodies (
                        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                        html TEXT NOT NULL,
                        markdown TEXT NOT NULL
                    );
                    CREATE TABLE article_tags (
                        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                        tag_id INTEGER NOT NULL REFERENCES tags(id),
                        position INTEGER NOT NULL,
                        PRIMARY KEY (article_id, tag_id)
                    );
                    CREATE INDEX article_tags_by_tag ON article_tags(tag_id);
                    CREATE TABLE article_authors (
                        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                        author_id INTEGER NOT NULL REFERENCES authors(id),
                        position INTEGER NOT NULL,
                        PRIMARY KEY (article_id, author_id)
                    );
                    CREATE INDEX article_authors_by_author ON article_authors(author_id);
                    CREATE TABLE article_related (
                        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        related_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                        PRIMARY KEY (article_id, position)
                    );
                    CREATE TABLE article_revisions (
                        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                        revision INTEGER NOT NULL,
                        saved_at REAL NOT NULL,
                        slug TEXT NOT NULL,
                        kicker TEXT,
                        headline TEXT NOT NULL,
                        summary TEXT NOT NULL,
                        body_markdown TEXT NOT NULL,
                        PRIMARY KEY (article_id, revision)
                    );
                    CREATE TABLE breaking_items (
                        id INTEGER PRIMARY KEY,
                        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
                        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
                        starts_at REAL NOT NULL,
                        expires_at REAL
                    );
                    CREATE INDEX breaking_items_by_start ON breaking_items(starts_at DESC);
                    """
            )
        }
        migrator.registerMigration("2026-11-29 search index, related news and imported articles") { db in
            try db.execute(
                sql: """
                    ALTER TABLE articles ADD COLUMN source_id TEXT;
                    CREATE UNIQUE INDEX articles_by_source ON articles(source_id) WHERE source_id IS NOT NULL;
                    ALTER TABLE article_bodies ADD COLUMN plain_text TEXT NOT NULL DEFAULT '';
                    -- The analysed text of each published article (see SearchText), and the FTS5
                    -- index over it. The index keeps no copy of the text: it reads this table.
                    CREATE TABLE article_search_text (
                        article_id INTEGER PRIMARY KEY REFERENCES articles(id),
                        headline TEXT NOT NULL,
                        kicker TEXT NOT NULL,
                        summary TEXT NOT NULL,
                        tags TEXT NOT NULL,
                        body TEXT NOT NULL
                    );
                    CREATE VIRTUAL TABLE article_search USING fts5(
                        headline, kicker, summary, tags, body,
                        content = 'article_search_text', content_rowid = 'article_id',
                        tokenize = 'unicode61 remove_diacritics 0'
                    );
                    CREATE VIRTUAL TABLE article_search_terms USING fts5vocab(article_search, 'row');
                    -- Related news worked out when articles change, best first.
                    CREATE TABLE article_auto_related (
                        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        related_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                        score REAL NOT NULL,
                        PRIMARY KEY (article_id, position)
                    );
                    CREATE INDEX article_auto_related_by_related ON article_auto_related(related_id);
                    -- Articles whose related news must be worked out again.
                    CREATE TABLE related_queue (
                        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
                    );
                    """
            )
        }
        migrator.registerMigration("2026-11-29 newsroom accounts and sessions") { db in
            try db.execute(
                sql: """
                    CREATE TABLE accounts (
                        id INTEGER PRIMARY KEY,
                        email TEXT NOT NULL UNIQUE,
                        name TEXT NOT NULL,
                        role TEXT NOT NULL CHECK (role IN ('writer', 'editor', 'admin')),
                        password_hash TEXT NOT NULL,
                        created_at REAL NOT NULL
                    );
                    -- A session is known by the SHA-256 of its cookie, so a copy of the database
                    -- does not hand out signed-in cookies.
                    CREATE TABLE sessions (
                        token_hash TEXT PRIMARY KEY,
                        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                        csrf_token TEXT NOT NULL,
                        created_at REAL NOT NULL,
                        expires_at REAL NOT NULL
                    );
                    CREATE INDEX sessions_by_account ON sessions(account_id);
                    ALTER TABLE articles ADD COLUMN created_by INTEGER REFERENCES accounts(id);
                    """
            )
        }
        migrator.registerMigration("2026-11-29 audit log") { db in
            try db.execute(
                sql: """
                    -- Who did what to which article, written in the same transaction as the act.
                    CREATE TABLE audit_log (
                        id INTEGER PRIMARY KEY,
                        at REAL NOT NULL,
                        account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
                        action TEXT NOT NULL,
                        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
                        detail TEXT NOT NULL
                    );
                    CREATE INDEX audit_log_by_time ON audit_log(at DESC);
                    """
            )
        }
        migrator.registerMigration("2026-11-29 embargoes and corrections") { db in
            try db.execute(
                sql: """
                    ALTER TABLE articles ADD COLUMN embargo_until REAL;
                    ALTER TABLE articles ADD COLUMN correction_note TEXT;
                    ALTER TABLE articles ADD COLUMN corrected_at REAL;
                    """
            )
        }
        migrator.registerMigration("2026-11-29 second factor") { db in
            try db.execute(sql: "ALTER TABLE accounts ADD COLUMN totp_secret TEXT")
        }
        migrator.registerMigration("2026-11-29 api tokens") { db in
            try db.execute(
                sql: """
                    CREATE TABLE api_tokens (
                        id INTEGER PRIMARY KEY,
                        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                        name TEXT NOT NULL,
                        token_hash TEXT NOT NULL UNIQUE,
                        scopes TEXT NOT NULL,
                        created_at REAL NOT NULL,
                        last_used_at REAL
                    );
                    CREATE INDEX api_tokens_by_account ON api_tokens(account_id);
                    """
            )
        }
        migrator.registerMigration("2026-11-29 page changes") { db in
            // What each write changed, for servers on the same file that did not make it.
            try db.execute(
                sql: """
                    CREATE TABLE page_changes (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        dependencies TEXT NOT NULL,
                        updated_articles TEXT NOT NULL,
                        at REAL NOT NULL
                    );
                    """
            )
        }
        migrator.registerMigration("2026-11-30 an article's lists in order") { db in
            // An article page reads its tags, authors, cards and related news in order. Without
            // the first two SQLite sorted each list in a temporary b-tree on every page view;
            // each index also holds the id the page wants, so no list row is looked up again.
            try db.execute(sql: ArticleListIndexes.sql)
        }
        migrator.registerMigration("2026-12-07 static pages, redirects and whole-site imports") { db in
            try db.execute(
                sql: """
                    CREATE TABLE static_pages (
                        id INTEGER PRIMARY KEY,
                        slug TEXT NOT NULL UNIQUE,
                        title TEXT NOT NULL,
                        body_markdown TEXT NOT NULL,
                        body_html TEXT NOT NULL,
                        is_published INTEGER NOT NULL,
                        menu_position INTEGER,
                        source_id TEXT UNIQUE,
                        created_at REAL NOT NULL,
                        updated_at REAL NOT NULL
                    );
                    CREATE TABLE redirects (
                        id INTEGER PRIMARY KEY,
                        old_path TEXT NOT NULL UNIQUE,
                        target TEXT NOT NULL,
                        origin TEXT NOT NULL,
                        hits INTEGER NOT NULL DEFAULT 0,
                        created_at REAL NOT NULL
                    );
                    ALTER TABLE sections ADD COLUMN parent_id INTEGER REFERENCES sections(id);
                    ALTER TABLE articles ADD COLUMN source_fingerprint TEXT;
                    """
            )
        }
        migrator.registerMigration("2026-12-08 scheduled backups") { db in
            try db.execute(
                sql: """
                    CREATE TABLE backup_schedule (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        time_of_day INTEGER NOT NULL CHECK (time_of_day BETWEEN 0 AND 1439),
                        folder TEXT NOT NULL,
                        keep INTEGER NOT NULL CHECK (keep BETWEEN 1 AND 365)
                    );
                    CREATE TABLE backup_runs (
                        id INTEGER PRIMARY KEY,
                        slot TEXT NOT NULL UNIQUE,
                        outcome TEXT NOT NULL,
                        folder TEXT NOT NULL,
                        started_at REAL NOT NULL,
                        finished_at REAL,
                        message TEXT NOT NULL,
                        articles INTEGER NOT NULL,
                        bytes INTEGER NOT NULL
                    );
                    """
            )
        }
        migrator.registerMigration("2026-12-08 api token expiry") { db in
            try db.execute(sql: "ALTER TABLE api_tokens ADD COLUMN expires_at REAL")
        }
        migrator.registerMigration("2026-12-09 focal points") { db in
            try db.execute(sql: MediaFocusColumns.sql(real: "REAL"))
        }
        migrator.registerMigration("2026-12-10 bodies rendered with renditions") { db in
            try db.execute(sql: StaleBodies.migration)
        }
        migrator.registerMigration("2026-12-11 autosaves") { db in
            try db.execute(sql: AutosaveStatements.migration(real: "REAL"))
        }
        return migrator
    }
}
