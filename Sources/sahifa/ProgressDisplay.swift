import Foundation

/// Shows how far a long command has come: a redrawn bar on a terminal, and a plain line now
/// and then otherwise (logs, CI), both on standard error so standard output stays clean.
struct ProgressDisplay {
    let label: String
    // File descriptor 2 is standard error.
    private let isTerminal = isatty(2) != 0
    private var lastDrawn = Date.distantPast
    private var lastFraction = -1.0

    init(label: String) {
        self.label = label
    }

    /// - Parameters:
    ///   - fraction: done so far, 0…1, or nil when the total is unknown.
    ///   - detail: e.g. "12,000 articles, 2,345/s".
    mutating func update(fraction: Double?, detail: String, force: Bool = false) {
        let now = Date()
        if isTerminal {
            guard force || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
            let bar: String
            if let fraction {
                let filled = Int((fraction * 30).rounded(.down))
                bar =
                    "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled) + "] "
                    + String(format: "%3.0f%% ", fraction * 100)
            } else {
                bar = ""
            }
            FileHandle.standardError.write(Data("\r\u{1B}[K\(label) \(bar)\(detail)".utf8))
        } else {
            guard force || now.timeIntervalSince(lastDrawn) >= 5 else { return }
            FileHandle.standardError.write(Data("\(label): \(detail)\n".utf8))
        }
        lastDrawn = now
    }

    /// Leaves the last state on screen and moves to a new line.
    mutating func finish(detail: String) {
        update(fraction: 1, detail: detail, force: true)
        if isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
