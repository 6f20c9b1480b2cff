import Foundation
import Testing

@testable import SahifaWordPress

@Suite("Reading a WordPress export")
struct WordPressExportReaderTests {
    @Test("the site's header and every item are read, with their terms and custom fields")
    func readsEverything() throws {
        let (site, items) = try Fixture.read("statuses.xml")
        #expect(site.wxrVersion == "1.2")
        #expect(site.home == "https://old.example.com")
        #expect(site.authors.map(\.login).sorted() == ["n.saeed", "r.khalil"])
        #expect(site.authors.first { $0.login == "r.khalil" }?.displayName == "رامي خليل")
        #expect(site.categories.first { $0.nicename == "gulf" }?.parent == "news")
        #expect(items.map(\.postID) == [5, 6, 11, 12, 13, 14, 15, 16, 17, 18])
        let post = try #require(items.first { $0.postID == 11 })
        #expect(post.type == "post" && post.status == "publish")
        #expect(post.firstMeta("_yoast_wpseo_primary_category") == "5")
        #expect(post.firstMeta("_thumbnail_id") == "12")
        #expect(post.commentCount == 2)
        #expect(Set(post.terms.filter { $0.domain == "category" }.map(\.nicename)) == ["news", "gulf"])
        let trashed = try #require(items.first { $0.postID == 18 })
        #expect(trashed.status == "trash")
    }

    @Test("a WXR 1.1 export reads the same, and escaped titles come out as text")
    func olderVersion() throws {
        let (site, items) = try Fixture.read("wxr-1.1.xml")
        #expect(site.wxrVersion == "1.1")
        #expect(items.first { $0.postID == 15 }?.title == "مؤشر S&P 500 يسجل مكاسب أسبوعية \"قوية\"")
    }

    @Test("a feed that is not a WordPress export is refused, saying what it is not")
    func notAnExport() {
        #expect {
            try Fixture.read("not-wxr.xml")
        } throws: { error in
            guard case WordPressExportError.notWordPressExport = error else { return false }
            return true
        }
    }

    @Test("malformed XML is refused with the line and column of its first error")
    func malformed() {
        #expect {
            try Fixture.read("malformed.xml")
        } throws: { error in
            guard case WordPressExportError.malformedXML(let line, _, _) = error else { return false }
            return line == 40
        }
    }

    @Test("a document type declaration is refused before anything it declares is read")
    func documentType() {
        #expect(throws: WordPressExportError.documentTypeDeclared) { try Fixture.read("doctype.xml") }
    }
}
