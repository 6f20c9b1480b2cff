import Foundation

/// The workplace's shared test data (../shared), found where scripts/shared_data.py looks:
/// $SAHIFA_SHARED, else ../shared beside the checkout, else /work/shared (where CI's clone of
/// the repository lives elsewhere). Read from there, never copied into the repository.
public enum SharedTestData {
    /// The bytes of `path` inside the shared folder.
    public static func bytes(_ path: String) throws -> [UInt8] {
        let checkout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folders = [
            ProcessInfo.processInfo.environment["SAHIFA_SHARED"],
            checkout.deletingLastPathComponent().appendingPathComponent("shared").path, "/work/shared",
        ].compactMap { $0 }
        let folder = folders.first { FileManager.default.fileExists(atPath: $0 + "/" + path) } ?? folders[0]
        return Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)))
    }

    /// The shared WordPress export's cover photo, a 1200 × 675 JPEG.
    public static func coverPhoto() throws -> [UInt8] {
        try bytes("interchange/uploads/2026/12/wpbench-cover.jpg")
    }
}
