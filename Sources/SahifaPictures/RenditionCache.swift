import Foundation
import SahifaCore

/// Renditions kept as files under one folder, each made at most once: the first request for a
/// name makes it, and any that come while it is being made wait for the same work rather than
/// starting their own (a breaking story's hero is asked for by thousands of readers at once).
/// A file appears under its name only whole: it is written beside it and renamed into place.
///
/// At most `concurrentMakes` renditions are made at a time, the rest queue in the order they
/// came: a cold cache (a new server, a new recipe) must not take every core from the readers.
public actor RenditionCache {
    public let folder: URL
    public let concurrentMakes: Int
    private var making: [RenditionName: Task<URL, any Error>] = [:]
    private var running = 0
    private var queued: [CheckedContinuation<Void, Never>] = []

    public init(folder: URL, concurrentMakes: Int) {
        self.folder = folder
        self.concurrentMakes = max(1, concurrentMakes)
    }

    /// The rendition's file, made with `make` if it is not there yet.
    /// - Throws: what `make` threw, or the file system's error; nothing is kept then, and the
    ///   next request tries again.
    public func file(for name: RenditionName, make: @escaping @Sendable () async throws -> [UInt8]) async throws -> URL
    {
        let target = folder.appendingPathComponent(name.path)
        if FileManager.default.fileExists(atPath: target.path) { return target }
        if let underway = making[name] { return try await underway.value }
        let work = Task.detached { [self] () async throws -> URL in
            await startMaking()
            do {
                let made = try await Self.keep(try await make(), at: target)
                await finishMaking()
                return made
            } catch {
                await finishMaking()
                throw error
            }
        }
        making[name] = work
        defer { making[name] = nil }
        return try await work.value
    }

    private func startMaking() async {
        guard running >= concurrentMakes else {
            running += 1
            return
        }
        // The one that finishes hands its place over, so `running` stays as it is.
        await withCheckedContinuation { queued.append($0) }
    }

    private func finishMaking() {
        if queued.isEmpty { running -= 1 } else { queued.removeFirst().resume() }
    }

    private static func keep(_ bytes: [UInt8], at target: URL) throws -> URL {
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(UUID().uuidString).partial")
        try Data(bytes).write(to: partial)
        if rename(partial.path, target.path) != 0 {
            let code = POSIXErrorCode(rawValue: errno) ?? .EIO
            try? FileManager.default.removeItem(at: partial)
            throw POSIXError(code)
        }
        return target
    }
}
