import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// glibc gives each new thread a malloc arena of its own, up to eight per core, and memory a thread
/// frees stays in its arena for that thread alone. A build's helper threads (the check step's rules,
/// neighbourhoods drawn ahead, the contract read's pieces) each kept what they freed: at 10,000
/// components the render's peak rose from 945 to 1,010 MB. As many arenas as threads run at once (one
/// per core, and the main thread's) bring it back to 905–946 MB. One per core alone gave 860 MB but made
/// the parse and model steps share arenas between three threads: an edit's rebuild took 8% longer.
enum MallocArenas {
  /// Limits the arenas to one per core and one for the main thread. Called before any thread is made.
  static func limitToRunningThreads() {
    #if canImport(Glibc)
      // `mallopt` is declared in malloc.h, which Swift's Glibc module does not import; it is looked up
      // by name (RTLD_DEFAULT is the null handle).
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(nil, "mallopt") else { return }
      let arenaMax: Int32 = -8  // M_ARENA_MAX
      _ = unsafeBitCast(symbol, to: Mallopt.self)(
        arenaMax, Int32(ProcessInfo.processInfo.activeProcessorCount + 1))
    #endif
  }
}
