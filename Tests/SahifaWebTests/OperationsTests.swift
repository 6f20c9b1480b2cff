import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import SahifaCore
import SahifaStorage
import SahifaStore
import SahifaTestSupport
import SahifaWeb
import Testing

@Suite("Operations and assets")
struct OperationsTests {
    @Test("/healthz answers 200 when the store can be read")
    func health() async throws {
        try await withSite(seed: { _, _ in () }) { client, _ in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(response.text == #"{"status":"ok"}"#)
        }
    }

    @Test("the server works through queued related news in the background, without a request")
    func relatedNewsInBackground() async throws {
        try await TestNewsroom.with { newsroom in
            try await newsroom.seedBasics()
            _ = try await newsroom.store.importArticles(
                [
                    ImportedArticle(
                        sourceID: "r-1", headline: "صفقة طائرات لكازاخستان", summary: "",
                        bodyText: "طائرات بوينغ لكازاخستان.",
                        sectionSlug: "economy", sectionName: "اقتصاد", publishedAt: summitDay
                    ),
                    ImportedArticle(
                        sourceID: "r-2", headline: "كازاخستان تتسلم طائرات", summary: "",
                        bodyText: "وصلت طائرات إلى كازاخستان.",
                        sectionSlug: "economy", sectionName: "اقتصاد", publishedAt: summitDay
                    ),
                ],
                at: summitDay
            )
            #expect(try await newsroom.store.relatedNewsBacklog() == 2)
            let worker = NewsroomJobs.relatedNews(
                store: newsroom.store, logger: Logger(label: "test"), pause: .milliseconds(20))
            let running = Task { try await worker.run() }
            defer { running.cancel() }
            let deadline = ContinuousClock.now + .seconds(10)
            while try await newsroom.store.relatedNewsBacklog() > 0, ContinuousClock.now < deadline {
                await Task.yield()
            }
            let first = try #require(try await newsroom.store.article(sourceID: "r-1"))
            let related = try #require(try await newsroom.store.relatedNews(id: first.id, limit: 5))
            #expect(related.map(\.sourceID) == ["r-2"])
        }
    }

    @Test("a scheduled article goes out by itself once its time has come, and not before")
    func scheduledPublishing() async throws {
        try await TestNewsroom.with { newsroom in
            try await newsroom.seedBasics()
            let store = newsroom.store
            let now = Date()
            let soon = try await store.createArticle(
                ArticleDraft(headline: "خبر مجدول قريب", sectionSlug: "world"), at: now)
            let later = try await store.createArticle(
                ArticleDraft(headline: "خبر مجدول للغد", sectionSlug: "world"), at: now)
            _ = try await store.scheduleArticle(id: soon.id, for: now.addingTimeInterval(0.3), at: now)
            _ = try await store.scheduleArticle(id: later.id, for: now.addingTimeInterval(86_400), at: now)
            let publisher = NewsroomJobs.scheduledPublishing(
                store: store, logger: Logger(label: "test"), pause: .milliseconds(50))
            let running = Task { try await publisher.run() }
            defer { running.cancel() }
            let deadline = ContinuousClock.now + .seconds(30)
            while try await store.article(id: soon.id)?.status != .published, ContinuousClock.now < deadline {
                await Task.yield()
            }
            let published = try #require(try await store.article(id: soon.id))
            #expect(published.status == .published)
            // It keeps its planned time (stored as seconds, so equal to the millisecond).
            #expect(abs((published.publishedAt ?? .distantPast).timeIntervalSince(now.addingTimeInterval(0.3))) < 0.001)
            #expect(try await store.article(id: later.id)?.status == .scheduled)
        }
    }

    @Test("the stylesheet is served under a content hash and cached for a year")
    func stylesheet() async throws {
        try await withSite(seed: { _, _ in () }) { client, _ in
            let home = try await client.execute(uri: "/", method: .get).text
            let start = try #require(home.range(of: "href=\"/assets/site."))
            let href = String(home[home.index(start.lowerBound, offsetBy: 6)...].prefix(while: { $0 != "\"" }))
            let css = try await client.execute(uri: href, method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.headers[.cacheControl] == "public, max-age=31536000, immutable")
            #expect(css.text.contains("@media print"))
            #expect(!css.text.contains("margin-left") && !css.text.contains("padding-right"))
            #expect(try await client.execute(uri: "/assets/site.000000000000.css", method: .get).status == .notFound)
        }
    }

    @Test(
        "pages carry a content security policy that allows only this host, and ask for no camera, microphone or position"
    )
    func securityHeaders() async throws {
        try await withSite(seed: { _, _ in () }) { client, _ in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'") == true)
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            let permissions = try #require(response.headers[HTTPField.Name("Permissions-Policy")!])
            #expect(permissions.contains("camera=()") && permissions.contains("geolocation=()"))
            // Without secure cookies the site may be reached over plain HTTP, so no HSTS.
            #expect(response.headers[HTTPField.Name("Strict-Transport-Security")!] == nil)
        }
    }

    @Test("/metrics answers the listed addresses and the metrics token, and is not there for anyone else")
    func metricsAccess() async throws {
        try await TestNewsroom.with { newsroom in
            _ = try await newsroom.seedBasics()
            // The test client has no network address, so it stands for a stranger.
            let app = try await makeApplication(for: newsroom, metrics: MetricsAccess(token: "سر-المقاييس-1"))
            try await app.test(.router) { client in
                #expect(try await client.execute(uri: "/metrics", method: .get).status == .notFound)
                let wrong = try await client.execute(
                    uri: "/metrics", method: .get, headers: [.authorization: "Bearer سر-آخر"])
                #expect(wrong.status == .notFound)
                let right = try await client.execute(
                    uri: "/metrics", method: .get, headers: [.authorization: "Bearer سر-المقاييس-1"])
                #expect(right.status == .ok && right.text.contains("sahifa_page_renders_total"))
                #expect(right.text.contains("sahifa_max_connections "))
            }
            let listed = try await makeApplication(for: newsroom, metrics: MetricsAccess(addresses: ["unknown"]))
            try await listed.test(.router) { client in
                let answer = try await client.execute(uri: "/metrics", method: .get)
                #expect(answer.status == .ok)
            }
        }
    }

    @Test("with secure cookies every answer tells browsers to keep to HTTPS for a year")
    func strictTransport() async throws {
        try await TestNewsroom.with { newsroom in
            _ = try await newsroom.seedBasics()
            let app = try await makeApplication(
                for: newsroom, settings: NewsroomSettings(secureCookies: true, passwordCost: 4))
            try await app.test(.router) { client in
                for uri in ["/", "/newsroom/login", "/no-such-page"] {
                    let response = try await client.execute(uri: uri, method: .get)
                    #expect(response.headers[HTTPField.Name("Strict-Transport-Security")!] == "max-age=31536000")
                }
            }
            // Over a real connection the second request for the home page is answered by the
            // cached-page handler before the router, and still tells the browser.
            let served = try await makeApplication(
                for: newsroom, settings: NewsroomSettings(secureCookies: true, passwordCost: 4))
            try await served.test(.live) { client in
                for expected in ["miss", "hit"] {
                    let response = try await client.execute(uri: "/", method: .get)
                    #expect(response.headers[HTTPField.Name("Sahifa-Cache")!] == expected)
                    #expect(response.headers[HTTPField.Name("Strict-Transport-Security")!] == "max-age=31536000")
                }
            }
        }
    }

    @Test("a stored drawing is served by its hash with a year's cache; an unknown or unlisted one is 404")
    func media() async throws {
        try await TestNewsroom.with { newsroom in
            let folder = newsroom.folder.appendingPathComponent("media")
            let library = try FileMediaLibrary(folder: folder)
            let svg = Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>".utf8)
            let hash = try library.store(svg, kind: .svg)
            let unlisted = try library.store(Array(svg.dropLast(2) + Array(" id=\"x\"/>".utf8)), kind: .svg)
            _ = try await newsroom.store.addMedia(
                MediaAsset(
                    hash: hash, kind: .svg, alt: "رسم", caption: "", credit: "", width: 2, height: 2,
                    byteCount: svg.count))
            let app = try await makeApplication(for: newsroom, mediaFolder: folder)
            try await app.test(.router) { client in
                let response = try await client.execute(uri: "/media/\(hash).svg", method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/svg+xml")
                #expect(response.headers[.cacheControl] == "public, max-age=31536000, immutable")
                #expect(Array(response.body.readableBytesView) == svg)
                // A file the library does not list (left by a failed upload) is not the site's to serve.
                #expect(try await client.execute(uri: "/media/\(unlisted).svg", method: .get).status == .notFound)
                #expect(try await client.execute(uri: "/media/\(hash).png", method: .get).status == .notFound)
                let missing = String(repeating: "a", count: 64)
                #expect(try await client.execute(uri: "/media/\(missing).png", method: .get).status == .notFound)
                #expect(
                    try await client.execute(uri: "/media/..%2F..%2Fetc%2Fpasswd", method: .get).status == .notFound)
            }
        }
    }
}
