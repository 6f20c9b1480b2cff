import Synchronization

/// A progress display that a `@Sendable` callback may update.
final class ProgressBox: Sendable {
    private let display: Mutex<ProgressDisplay>

    init(_ display: ProgressDisplay) {
        self.display = Mutex(display)
    }

    func update(fraction: Double?, detail: String) {
        display.withLock { $0.update(fraction: fraction, detail: detail) }
    }

    func finish() {
        display.withLock { $0.finish(detail: "done") }
    }
}
