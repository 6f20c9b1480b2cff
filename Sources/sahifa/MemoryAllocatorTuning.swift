#if canImport(Glibc)
import Glibc
#endif

/// Settings for glibc's allocator, for the server and for long imports.
enum MemoryAllocatorTuning {
    /// For the server. By default glibc hands memory back to the kernel once 128 KB lie free
    /// at the top of a heap, and the next page rendered takes it back: the kernel then faults
    /// in and zeroes fresh pages for every request, about 20,000 times a second under load and
    /// 5 % of the server's time (docs/PERFORMANCE.md). Keeping up to 16 MB free per heap, and
    /// serving blocks below 4 MB from the heaps rather than from mappings of their own, ends
    /// that for a few megabytes of resident memory.
    static func keepFreedMemoryForReuse() {
        set(trimThreshold, 16 << 20)
        set(mmapThreshold, 4 << 20)
    }

    /// For a long import: at most two heaps. glibc gives each thread that allocates at the
    /// same moment a heap of its own, up to eight per core; an import's items are made on
    /// the reading thread and freed on the workers, and each heap keeps what was freed in it,
    /// so with many heaps resident memory grows by tens of megabytes that are free but never
    /// reused (docs/PERFORMANCE.md: 405 MB against 328 MB for 200,000 posts).
    static func useFewHeaps() {
        set(arenaMaximum, 2)
    }

    // The option numbers of <malloc.h>.
    private static let trimThreshold: Int32 = -1
    private static let mmapThreshold: Int32 = -3
    private static let arenaMaximum: Int32 = -8

    private static func set(_ option: Int32, _ value: Int32) {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which Swift's Glibc module leaves out, so it
        // is looked up by name.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(option, value)
        #endif
    }
}
