import Foundation

/// Renditions kept as files under one folder, each made at most once: the first request for a
/// name makes it, and any that come while it is being made wait for the same work rather than
/// starting their own (a breaking story's hero is asked for by thousands of readers at once).
/// A file appears under its name only whole: it is written beside it and renamed into place.
public actor RenditionCache {
    public let folder: URL
    private var making: [RenditionName: Task<URL, any Error>] = [:]

    public init(folder: URL) {
        self.folder = folder
    }

    /// The rendition's file, made with `make` if it is not there yet.
    /// - Throws: what `make` threw, or the file system's error; nothing is kept then, and the
    ///   next request tries again.
    public func file(for name: RenditionName, make: @escaping @Sendable () async throws -> [UInt8]) async throws -> URL
    {
        let target = folder.appendingPathComponent(name.path)
        if FileManager.default.fileExists(atPath: target.path) { return target }
        if let underway = making[name] { return try await underway.value }
        let work = Task.detached {
            let bytes = try await make()
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let partial = target.deletingLastPathComponent()
                .appendingPathComponent(".\(UUID().uuidString).partial")
            try Data(bytes).write(to: partial)
            if rename(partial.path, target.path) != 0 {
                let code = POSIXErrorCode(rawValue: errno) ?? .EIO
                try? FileManager.default.removeItem(at: partial)
                throw POSIXError(code)
            }
            return target
        }
        making[name] = work
        defer { making[name] = nil }
        return try await work.value
    }
}
