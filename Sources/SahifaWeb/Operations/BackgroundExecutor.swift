import Dispatch

/// Where long background work runs: threads of its own rather than the event loops.
///
/// `sahifa serve` runs Swift's tasks on its event loops, and a loop runs every task it is
/// given before it looks at its connections again, so a job that works through a queue of
/// articles would hold up every reader on that loop until it was done. A job that may work
/// for long runs its tasks here instead (`withTaskExecutorPreference`), and the operating
/// system shares the cores between it and the loops.
final class BackgroundExecutor: TaskExecutor {
    static let shared = BackgroundExecutor()

    private let queue = DispatchQueue(label: "sahifa.background", qos: .utility, attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
