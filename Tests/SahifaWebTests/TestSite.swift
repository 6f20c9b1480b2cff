import ArabicText
import Foundation
import Hummingbird
import HummingbirdTesting
import SahifaCore
import SahifaStorage
import SahifaStore
import SahifaTestSupport
import SahifaWeb
import Testing

/// Runs `body` against the real application (`buildApplication`) on a fresh database that
/// `seed` filled through the store.
func withSite<Seeded: Sendable>(
    digits: DigitStyle = .arabicIndic,
    seed: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> Seeded,
    _ body: @Sendable (any TestClientProtocol, Seeded) async throws -> Void
) async throws {
    try await TestNewsroom.with { newsroom in
        let basics = try await newsroom.seedBasics(digits: digits)
        let seeded = try await seed(newsroom, basics)
        let app = try await makeApplication(for: newsroom)
        try await app.test(.router) { client in try await body(client, seeded) }
    }
}

/// The application as `sahifa serve` builds it, on the newsroom's database, with its
/// pictures in `mediaFolder` (by default the folder `sahifa serve` would use).
func makeApplication(
    for newsroom: TestNewsroom, mediaFolder: URL? = nil,
    settings newsroomSettings: NewsroomSettings = NewsroomSettings(passwordCost: 4, uploadLimit: 256 * 1024),
    metrics: MetricsAccess = MetricsAccess(),
    trustedProxies: TrustedProxies = TrustedProxies(),
    rateLimits: RateLimits = RateLimits()
) async throws -> some ApplicationProtocol {
    try await buildApplication(
        settings: ServerSettings(
            host: "127.0.0.1",
            port: 0,
            store: StoreLocation(newsroom.database, poolSize: 4),
            mediaFolder: mediaFolder?.path,
            publicURL: "https://news.example",
            // The lowest bcrypt cost keeps sign-in tests fast; production uses 12.
            newsroom: newsroomSettings,
            metrics: metrics,
            trustedProxies: trustedProxies,
            rateLimits: rateLimits,
            setupCode: firstRunCode
        )
    )
}

/// The first-run form's code in every web test.
let firstRunCode = "TEST-SETU-PCDE"

extension TestResponse {
    var text: String { String(buffer: body) }
}

extension String {
    /// Where `needle` first occurs, for checking the order of a page's parts.
    func offset(of needle: String) -> Int? {
        range(of: needle).map { distance(from: startIndex, to: $0.lowerBound) }
    }

    func count(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
