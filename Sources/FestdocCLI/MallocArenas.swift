import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// glibc gives each new thread a malloc arena of its own, up to eight per core, and memory a thread
/// frees stays in its arena for that thread alone. A build's helper threads (the check step's rules,
/// neighbourhoods drawn ahead, the contract read's pieces) each kept what they freed: at 10,000
/// components the render's peak rose from 945 to 1,010 MB. One arena per core, as many as the threads
/// that run at once, bounds that (860 MB); a render after a task edit there may be a few percent slower,
/// within this machine's noise (BENCHMARKS.md, Session 28).
enum MallocArenas {
  /// Limits the arenas to one per core (two at least). Called before any thread is made.
  static func limitToCores() {
    #if canImport(Glibc)
      // `mallopt` is declared in malloc.h, which Swift's Glibc module does not import; it is looked up
      // by name (RTLD_DEFAULT is the null handle).
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(nil, "mallopt") else { return }
      let arenaMax: Int32 = -8  // M_ARENA_MAX
      _ = unsafeBitCast(symbol, to: Mallopt.self)(
        arenaMax, Int32(max(2, ProcessInfo.processInfo.activeProcessorCount)))
    #endif
  }
}
