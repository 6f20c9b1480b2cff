import CLibVips
import SahifaCore

/// libvips, started once for the process with only the loaders Sahifa accepts (`shim.h`).
enum Vips {
    private static let started: Bool = sahifa_vips_start() == 0

    static func start() throws(PictureError) {
        guard started else { throw .unavailable(reason: takeError()) }
    }

    /// What libvips last complained of, cleared for the next call. Its log is per thread.
    static func takeError() -> String {
        let lines = String(cString: vips_error_buffer()).split(whereSeparator: \.isNewline)
        vips_error_clear()
        return lines.isEmpty ? "libvips gave no reason" : lines.joined(separator: "; ")
    }
}
