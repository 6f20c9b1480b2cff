#if canImport(Glibc)
import Glibc
#endif

/// The server's settings for glibc's allocator. By default glibc hands memory back to the
/// kernel once 128 KB lie free at the top of a heap, and the next page rendered takes it
/// back: the kernel then faults in and zeroes fresh pages for every request, about 20,000
/// times a second under load and 5 % of the server's time (docs/PERFORMANCE.md). Keeping up
/// to 16 MB free per heap, and serving blocks below 4 MB from the heaps rather than from
/// mappings of their own, ends that for a few megabytes of resident memory.
enum MemoryAllocatorTuning {
    static func keepFreedMemoryForReuse() {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which Swift's Glibc module leaves out, so it
        // is looked up by name; the option numbers are that header's.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThreshold: Int32 = -1
        let mmapThreshold: Int32 = -3
        _ = mallopt(trimThreshold, 16 << 20)
        _ = mallopt(mmapThreshold, 4 << 20)
        #endif
    }
}
