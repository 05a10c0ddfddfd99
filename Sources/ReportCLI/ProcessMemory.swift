#if canImport(Glibc)
import Glibc
#endif

/// How the process asks the C allocator for memory.
public enum ProcessMemory {
    /// Serves every block of 1 MB or more from its own mapping, returned to the system when
    /// freed. glibc otherwise raises that threshold (up to 32 MB) each time such a block is
    /// freed, after which a page's Markdown, its HTML and the data downloads come from the
    /// heap, whose pages stay with the process: building a 15.7 MB events.yaml peaked at
    /// 170-200 MB of resident memory with the moving threshold and 145 MB with it fixed, in
    /// the same time. Call once, first.
    public static func returnLargeBlocks() {
        #if canImport(Glibc)
        // <malloc.h> is not part of Swift's Glibc module: find mallopt by name. -3 is glibc's
        // M_MMAP_THRESHOLD (fixed in its ABI).
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(-3, 1 << 20)
        #endif
    }
}
