import Foundation
import SahifaCore
import SahifaStore
import Synchronization
import Testing

@testable import SahifaWeb

@Suite("Page cache")
struct PageCacheTests {
    static func page(_ text: String, _ dependencies: Set<PageDependency>) -> PageAnswer {
        .page(
            CachedPage(
                bytes: Array(text.utf8), contentType: "text/html", dependencies: dependencies, cacheControl: "public"))
    }

    static func text(_ answer: PageAnswer) -> String? {
        guard case .page(let page) = answer else { return nil }
        return String(buffer: page.body)
    }

    /// Opens when told; lets a test hold a render until the other requests have piled up.
    final class Gate: Sendable {
        private let waiters = Mutex<[CheckedContinuation<Void, Never>]?>([])

        func wait() async {
            await withCheckedContinuation { continuation in
                let open = waiters.withLock { waiters -> Bool in
                    guard waiters != nil else { return true }
                    waiters?.append(continuation)
                    return false
                }
                if open { continuation.resume() }
            }
        }

        func open() {
            for waiter in waiters.withLock({ waiters in
                defer { waiters = nil }
                return waiters ?? []
            }) { waiter.resume() }
        }
    }

    /// Counts calls made from many tasks.
    final class Tally: Sendable {
        private let value = Mutex(0)
        func add() { value.withLock { $0 += 1 } }
        var count: Int { value.withLock { $0 } }
    }

    static func waitUntil(_ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while !condition() {
            guard ContinuousClock.now < deadline else {
                Issue.record("condition not met within 10 s")
                return
            }
            try await Task.sleep(for: .milliseconds(2))
        }
    }

    @Test("a hundred requests that miss the same page at once get one render")
    func coalescing() async throws {
        let cache = PageCache(policy: CachePolicy())
        let gate = Gate()
        let renders = Tally()
        let answers = try await withThrowingTaskGroup(of: (PageAnswer, PageCache.Outcome).self) { group in
            for _ in 0..<100 {
                group.addTask {
                    try await cache.answer(for: "/economy") {
                        renders.add()
                        await gate.wait()
                        return Self.page("اقتصاد", [.section(1)])
                    }
                }
            }
            try await Self.waitUntil { cache.statistics.sharedRenders == 99 }
            gate.open()
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(renders.count == 1)
        #expect(cache.statistics.renders == 1)
        #expect(answers.allSatisfy { Self.text($0.0) == "اقتصاد" })
        #expect(answers.filter { $0.1 == .miss }.count == 1 && answers.filter { $0.1 == .shared }.count == 99)
        #expect(cache.freshPage(for: "/economy") != nil)
    }

    @Test("a change drops exactly the pages that depend on what it names")
    func invalidationByDependency() async throws {
        let cache = PageCache(policy: CachePolicy())
        let pages: [(String, Set<PageDependency>)] = [
            ("/economy/1/a", [.article(ArticleID(1)), .site, .breaking]),
            ("/economy", [.section(1), .article(ArticleID(1)), .article(ArticleID(2))]),
            ("/world/3/c", [.article(ArticleID(3)), .site, .breaking]),
            ("/world", [.section(2), .article(ArticleID(3))]),
        ]
        for (key, dependencies) in pages {
            _ = try await cache.answer(for: key) { Self.page(key, dependencies) }
        }
        cache.invalidate(NewsChange([.article(ArticleID(1))]))
        #expect(cache.freshPage(for: "/economy/1/a") == nil)
        #expect(cache.freshPage(for: "/economy") == nil)
        #expect(cache.freshPage(for: "/world/3/c") != nil)
        #expect(cache.freshPage(for: "/world") != nil)
        cache.invalidate(NewsChange([.breaking]))
        #expect(cache.freshPage(for: "/world/3/c") == nil)
        #expect(cache.freshPage(for: "/world") != nil)
        cache.invalidate(NewsChange([.site]))
        #expect(cache.freshPage(for: "/world") == nil)
        #expect(cache.statistics.pages == 0 && cache.statistics.bytes == 0)
    }

    @Test("a page rendered from before a change that affects it is served but not kept")
    func renderRacingAChange() async throws {
        let cache = PageCache(policy: CachePolicy())
        let gate = Gate()
        let started = Tally()
        async let first = cache.answer(for: "/economy") {
            started.add()
            await gate.wait()
            return Self.page("old", [.section(1)])
        }
        try await Self.waitUntil { started.count > 0 }
        cache.invalidate(NewsChange([.section(1)]))
        gate.open()
        #expect(Self.text(try await first.0) == "old")
        #expect(cache.freshPage(for: "/economy") == nil)
        let (second, outcome) = try await cache.answer(for: "/economy") { Self.page("new", [.section(1)]) }
        #expect(Self.text(second) == "new" && outcome == .miss)
        // A change to something else during a render does not stop it being kept.
        _ = try await cache.answer(for: "/world") {
            cache.invalidate(NewsChange([.section(1)]))
            return Self.page("world", [.section(2)])
        }
        #expect(cache.freshPage(for: "/world") != nil)
    }

    @Test("the cache stays within its memory limit by dropping the least recently used pages")
    func memoryLimit() async throws {
        let cache = PageCache(policy: CachePolicy(memoryLimit: 10_000))
        for number in 0..<10 {
            let key = "/page/\(number)"
            _ = try await cache.answer(for: key) { Self.page(String(repeating: "x", count: 2_000), [.home]) }
            // Keep using the first page, so it is never the least recently used.
            _ = cache.freshPage(for: "/page/0")
        }
        let statistics = cache.statistics
        #expect(statistics.bytes <= 10_000)
        #expect(statistics.evictedPages >= 5)
        #expect(cache.freshPage(for: "/page/0") != nil)
        #expect(cache.freshPage(for: "/page/9") != nil)
        #expect(cache.freshPage(for: "/page/1") == nil)
    }

    @Test("a stale page is served at once while one render makes it fresh again")
    func staleWhileRevalidate() async throws {
        let cache = PageCache(policy: CachePolicy(maxAge: 0, staleWhileRevalidate: 60))
        _ = try await cache.answer(for: "/") { Self.page("first", [.home]) }
        let gate = Gate()
        let (answer, outcome) = try await cache.answer(for: "/") {
            await gate.wait()
            return Self.page("second", [.home])
        }
        #expect(Self.text(answer) == "first" && outcome == .stale)
        gate.open()
        // The next requests get the background render's page, still without waiting for one.
        let deadline = ContinuousClock.now + .seconds(10)
        var latest = ""
        while latest != "second", ContinuousClock.now < deadline {
            latest = Self.text(try await cache.answer(for: "/") { Self.page("third", [.home]) }.0) ?? ""
            if latest != "second" { try await Task.sleep(for: .milliseconds(2)) }
        }
        #expect(latest == "second")
    }

    @Test("when the store fails, a kept page is served instead of an error")
    func staleIfError() async throws {
        struct StoreDown: Error {}
        let cache = PageCache(policy: CachePolicy(maxAge: 0, staleWhileRevalidate: 0, staleIfError: 600))
        _ = try await cache.answer(for: "/") { Self.page("kept", [.home]) }
        let (answer, outcome) = try await cache.answer(for: "/") { throw StoreDown() }
        #expect(Self.text(answer) == "kept" && outcome == .stale)
        await #expect(throws: ReaderError.notFound) {
            try await cache.answer(for: "/") { throw ReaderError.notFound }
        }
    }

    @Test("a page's ETag is the same for the same bytes and changes with any one of them")
    func fingerprint() {
        let page = Array("<p>أسعار النفط ترتفع إلى 80 دولاراً للبرميل</p>".utf8)
        let tag = CachedPage.fingerprint(page)
        #expect(tag.count == 16 && CachedPage.fingerprint(page) == tag)
        var changed = Set([tag])
        for index in page.indices {
            var other = page
            other[index] ^= 0x01
            changed.insert(CachedPage.fingerprint(other))
        }
        #expect(changed.count == page.count + 1)
        #expect(CachedPage.fingerprint(page + [0]) != tag)
    }
}
