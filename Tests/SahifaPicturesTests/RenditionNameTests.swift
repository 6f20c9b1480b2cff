import Foundation
import SahifaCore
import Testing

@testable import SahifaPictures

@Suite("Renditions' names and the folder that keeps them")
struct RenditionNameTests {
    static let hash = String(repeating: "ab", count: 32)

    @Test("a name says everything the rendition is made with, and reads back as the same request")
    func roundTrip() throws {
        let focused = RenditionName(
            original: Self.hash,
            request: RenditionRequest(width: 640, shape: .wide, format: .avif, focus: FocalPoint(x: 0.3, y: 0.25)))
        #expect(focused.path == Self.hash + "/r1-16x9-640-f300-250.avif")
        #expect(RenditionName(path: focused.path) == focused)
        let chosen = RenditionName(
            original: Self.hash, request: RenditionRequest(width: 1920, shape: .original, format: .jpeg))
        #expect(chosen.path == Self.hash + "/r1-o-1920-a.jpg")
        #expect(RenditionName(path: chosen.path) == chosen)
    }

    @Test(
        "anything the site would not have written is no name at all",
        arguments: [
            "../../etc/passwd", "\(hash)/../r1-o-640-a.jpg", "\(hash)/r2-o-640-a.jpg", "\(hash)/r1-2x1-640-a.jpg",
            "\(hash)/r1-o-0640-a.jpg", "\(hash)/r1-o-0-a.jpg", "\(hash)/r1-o-20000-a.jpg", "\(hash)/r1-o--640-a.jpg",
            "\(hash)/r1-o-640-a.png", "\(hash)/r1-o-640-f1001-5.jpg", "\(hash)/r1-o-640-f5.jpg",
            "\(hash)/r1-o-640-b.jpg",
            "\(hash.uppercased())/r1-o-640-a.jpg", "abc/r1-o-640-a.jpg", "\(hash)/sub/r1-o-640-a.jpg",
            "\(hash)/r1-o-640-a",
        ])
    func refused(path: String) {
        #expect(RenditionName(path: path) == nil)
    }

    /// How often the work ran, and how many ran at once at most, from whatever thread.
    private final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        private var now = 0
        private var most = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
        func begin() {
            lock.withLock {
                now += 1
                most = max(most, now)
            }
        }
        func end() { lock.withLock { now -= 1 } }
        var mostAtOnce: Int { lock.withLock { most } }
    }

    @Test("twenty readers asking at once get one rendition, made once; a second cache finds it on disk")
    func madeOnce() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("renditions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = RenditionCache(folder: folder, concurrentMakes: 2)
        let name = RenditionName(
            original: Self.hash, request: RenditionRequest(width: 320, shape: .square, format: .webp))
        let runs = Runs()
        let urls = try await withThrowingTaskGroup(of: URL.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await cache.file(for: name) {
                        runs.add()
                        // As slow as a real rendition, so the others ask while it is being made.
                        try await Task.sleep(for: .milliseconds(200))
                        return Array("rendition bytes".utf8)
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(runs.value == 1)
        #expect(Set(urls).count == 1)
        #expect(try Data(contentsOf: urls[0]) == Data("rendition bytes".utf8))
        let again = RenditionCache(folder: folder, concurrentMakes: 2)
        let found = try await again.file(for: name) { throw CocoaError(.fileReadUnknown) }
        #expect(found == urls[0])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: urls[0].deletingLastPathComponent().path)
        #expect(leftovers == [urls[0].lastPathComponent])
    }

    @Test("a rendition that fails to make leaves nothing behind, and the next request tries again")
    func failureKeepsNothing() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("renditions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = RenditionCache(folder: folder, concurrentMakes: 2)
        let name = RenditionName(
            original: Self.hash, request: RenditionRequest(width: 640, shape: .wide, format: .avif))
        await #expect(throws: PictureError.self) {
            try await cache.file(for: name) { throw PictureError.encodingFailed(format: .avif, reason: "test") }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(name.path).path))
        let made = try await cache.file(for: name) { Array("second try".utf8) }
        #expect(try Data(contentsOf: made) == Data("second try".utf8))
    }

    @Test("six pictures asked for at once are made two at a time, and all six are made")
    func boundedMaking() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("renditions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = RenditionCache(folder: folder, concurrentMakes: 2)
        let runs = Runs()
        let made = try await withThrowingTaskGroup(of: URL.self) { group in
            for width in [320, 640, 960, 1280, 1920, 2000] {
                let name = RenditionName(
                    original: Self.hash, request: RenditionRequest(width: width, shape: .original, format: .jpeg))
                group.addTask {
                    try await cache.file(for: name) {
                        runs.begin()
                        defer { runs.end() }
                        try await Task.sleep(for: .milliseconds(100))
                        return Array("\(width)".utf8)
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(made).count == 6)
        #expect(runs.mostAtOnce <= 2)
    }
}
