import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SahifaCore
import SahifaStore
import SahifaTestSupport
import Testing

@testable import SahifaWeb

/// Sign-in throttling that cannot be turned against the newsroom, rate limits on API v1 and
/// search with Retry-After, and the client's address taken from X-Forwarded-For only behind a
/// listed proxy.
@Suite("Throttling and rate limits")
struct ThrottlingTests {
    static let password = NewsroomSignInTests.password
    private static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
    private let start = Date(timeIntervalSince1970: 1_800_000_000)
    /// Sign-in's clock held at one moment, so that the first two-second wait cannot run out
    /// between two requests on a busy machine.
    private static var stoppedClock: NewsroomSettings {
        let moment = Date()
        return NewsroomSettings(passwordCost: 4, uploadLimit: 256 * 1024, clock: { moment })
    }

    @Test("guessing at one account from one address holds back only that address for that account")
    func pairOfAccountAndAddress() async {
        let throttle = LoginThrottle()
        for _ in 1...5 { await throttle.recordFailure(email: "huda@example.org", address: "203.0.113.7", now: start) }
        let wait = await throttle.wait(email: "huda@example.org", address: "203.0.113.7", now: start)
        #expect(wait == 2)
        #expect(await throttle.wait(email: "huda@example.org", address: "198.51.100.2", now: start) == nil)
        #expect(await throttle.wait(email: "omar@example.org", address: "203.0.113.7", now: start) == nil)
        #expect(
            await throttle.wait(email: "HUDA@example.org ", address: "203.0.113.7", now: start.addingTimeInterval(3))
                == nil)
    }

    @Test("an account guessed at from many addresses gives those addresses no free tries, but never a new one")
    func accountUnderAttack() async {
        let throttle = LoginThrottle()
        for index in 1...20 {
            await throttle.recordFailure(email: "chief@example.org", address: "192.0.2.\(index)", now: start)
        }
        #expect(await throttle.wait(email: "chief@example.org", address: "192.0.2.3", now: start) == 2)
        #expect(await throttle.wait(email: "chief@example.org", address: "198.51.100.9", now: start) == nil)
        // An hour later the attack is forgotten: one more failure is one of five free ones again.
        let later = start.addingTimeInterval(LoginThrottle.memory + 60)
        await throttle.recordFailure(email: "chief@example.org", address: "192.0.2.3", now: later)
        #expect(await throttle.wait(email: "chief@example.org", address: "192.0.2.3", now: later) == nil)
    }

    @Test("one address guessing at many accounts is held back for all of them after 50 failures")
    func addressAgainstEveryAccount() async {
        let throttle = LoginThrottle()
        for index in 1...49 {
            await throttle.recordFailure(email: "writer\(index)@example.org", address: "203.0.113.7", now: start)
        }
        #expect(await throttle.wait(email: "new@example.org", address: "203.0.113.7", now: start) == nil)
        await throttle.recordFailure(email: "writer50@example.org", address: "203.0.113.7", now: start)
        #expect(await throttle.wait(email: "new@example.org", address: "203.0.113.7", now: start) == 2)
        #expect(await throttle.wait(email: "new@example.org", address: "198.51.100.2", now: start) == nil)
    }

    @Test("behind a listed proxy, an editor signs in with her password while her account is guessed at from elsewhere")
    func signInBehindProxy() async throws {
        try await TestNewsroom.with { newsroom in
            let basics = try await newsroom.seedBasics()
            _ = try await NewsroomSignInTests.seedEditor(newsroom, basics)
            // The test client has no socket, so its peer address is "unknown": list it as the proxy.
            let app = try await makeApplication(
                for: newsroom, settings: Self.stoppedClock, trustedProxies: TrustedProxies(["unknown"]))
            try await app.test(.router) { client in
                let guesser = NewsroomBrowser(client)
                await guesser.add(Self.forwardedFor, "10.1.1.1, 203.0.113.7")
                try await guesser.get("/newsroom/login")
                for _ in 1...5 {
                    try await guesser.post("/newsroom/login", [("email", "huda@example.org"), ("password", "خطأ")])
                }
                let held = try await guesser.post(
                    "/newsroom/login", [("email", "huda@example.org"), ("password", Self.password)])
                #expect(held.status == .tooManyRequests && held.headers[.retryAfter] != nil)

                let editor = NewsroomBrowser(client)
                await editor.add(Self.forwardedFor, "198.51.100.2")
                try await editor.get("/newsroom/login")
                let signedIn = try await editor.post(
                    "/newsroom/login", [("email", "huda@example.org"), ("password", Self.password)])
                #expect(signedIn.status == .seeOther)
            }
            // From a peer that is not a listed proxy the header is the client's own word, and ignored.
            let direct = try await makeApplication(for: newsroom, settings: Self.stoppedClock)
            try await direct.test(.router) { client in
                let guesser = NewsroomBrowser(client)
                await guesser.add(Self.forwardedFor, "203.0.113.8")
                try await guesser.get("/newsroom/login")
                for _ in 1...5 {
                    try await guesser.post("/newsroom/login", [("email", "huda@example.org"), ("password", "خطأ")])
                }
                let other = NewsroomBrowser(client)
                await other.add(Self.forwardedFor, "198.51.100.3")
                try await other.get("/newsroom/login")
                let held = try await other.post(
                    "/newsroom/login", [("email", "huda@example.org"), ("password", Self.password)])
                #expect(held.status == .tooManyRequests)
            }
        }
    }

    @Test("past its rate limit a search gets an Arabic 429 page and an API call a JSON 429, both with Retry-After")
    func rateLimits() async throws {
        try await TestNewsroom.with { newsroom in
            _ = try await newsroom.seedBasics()
            let app = try await makeApplication(
                for: newsroom, trustedProxies: TrustedProxies(["unknown"]),
                rateLimits: RateLimits(apiPerToken: 2, apiPerAddress: 2, searchPerAddress: 3))
            try await app.test(.router) { client in
                let reader: HTTPFields = [Self.forwardedFor: "203.0.113.7"]
                for _ in 1...3 {
                    #expect(try await client.execute(uri: "/search?q=قمة", method: .get, headers: reader).status == .ok)
                }
                let held = try await client.execute(uri: "/search?q=قمة", method: .get, headers: reader)
                #expect(held.status == .tooManyRequests)
                #expect(held.text.contains("طلبات كثيرة في وقت قصير"))
                let wait = try #require(held.headers[.retryAfter].flatMap(Int.init))
                #expect((1...60).contains(wait))
                let neighbour = try await client.execute(
                    uri: "/search?q=قمة", method: .get, headers: [Self.forwardedFor: "198.51.100.2"])
                #expect(neighbour.status == .ok)

                for _ in 1...2 {
                    _ = try await client.execute(uri: "/api/v1/articles", method: .get, headers: reader)
                }
                let api = try await client.execute(uri: "/api/v1/articles", method: .get, headers: reader)
                #expect(api.status == .tooManyRequests && api.headers[.retryAfter] != nil)
                #expect(api.text.contains("\"code\":\"rate_limited\""))

                var first = reader
                first[.authorization] = "Bearer one-token"
                var second = reader
                second[.authorization] = "Bearer another-token"
                for _ in 1...2 { _ = try await client.execute(uri: "/api/v1/sections", method: .get, headers: first) }
                #expect(
                    try await client.execute(uri: "/api/v1/sections", method: .get, headers: first).status
                        == .tooManyRequests)
                #expect(
                    try await client.execute(uri: "/api/v1/sections", method: .get, headers: second).status
                        != .tooManyRequests)
            }
        }
    }

    @Test("a bucket refills with time: a minute's limit, then one request every 60/limit seconds")
    func bucketRefills() {
        let limiter = RateLimiter(perMinute: 2)
        let now = ContinuousClock.now
        #expect(limiter.take("a", now: now) == nil)
        #expect(limiter.take("a", now: now) == nil)
        #expect(limiter.take("a", now: now) == 30)
        #expect(limiter.take("a", now: now + .seconds(31)) == nil)
        #expect(limiter.take("b", now: now) == nil)
        #expect(RateLimiter(perMinute: 0).take("a", now: now) == nil)
    }

    @Test("past its kept keys the limiter lets idle callers go and still holds back one that is busy")
    func idleCallersForgotten() {
        let limiter = RateLimiter(perMinute: 1)
        let start = ContinuousClock.now
        for index in 0..<RateLimiter.keptKeys { _ = limiter.take("idle \(index)", now: start) }
        let later = start + .seconds(90)
        #expect(limiter.take("busy", now: later) == nil)
        #expect(limiter.take("busy", now: later) == 60)
        #expect(limiter.take("idle 0", now: later) == nil)
        #expect(limiter.take("busy", now: later) == 60)
    }
}
