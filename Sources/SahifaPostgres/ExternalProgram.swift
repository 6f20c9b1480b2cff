import Foundation
import SahifaStore

/// Runs one of PostgreSQL's own programs (`pg_dump`, `pg_restore`) to its end, on a thread of
/// its own (`OwnThread`), handing what it writes to standard output to
/// `output` as it comes. What it writes to standard error goes to a temporary file, read back
/// only when it fails, so a chatty program never blocks on a full pipe.
enum ExternalProgram {
    /// - Throws: `BackupError.programFailed` with the end of what the program said.
    static func run(
        _ path: String,
        _ arguments: [String],
        environment: [String: String],
        output: (@Sendable (Data) throws -> Void)? = nil
    ) async throws {
        let name = URL(fileURLWithPath: path).lastPathComponent
        try await OwnThread.run {
            try runBlocking(path, name: name, arguments, environment: environment, output: output)
        }
    }

    private static func runBlocking(
        _ path: String,
        name: String,
        _ arguments: [String],
        environment: [String: String],
        output: (@Sendable (Data) throws -> Void)?
    ) throws {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("sahifa-\(name)-\(UUID()).log")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardError = try FileHandle(forWritingTo: errors)
        let pipe = Pipe()
        process.standardOutput = output == nil ? FileHandle.nullDevice : pipe
        try process.run()
        var failure: (any Error)?
        if let output {
            while true {
                let chunk = pipe.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                if failure == nil {
                    do { try output(chunk) } catch {
                        failure = error
                        process.terminate()
                    }
                }
            }
        }
        process.waitUntilExit()
        if let failure { throw failure }
        guard process.terminationStatus == 0 else {
            let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            let lines = said.split(separator: "\n").suffix(3).joined(separator: " ")
            throw BackupError.programFailed(name: name, status: process.terminationStatus, message: lines)
        }
    }
}
