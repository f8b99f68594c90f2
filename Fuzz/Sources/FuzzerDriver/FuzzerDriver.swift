#if canImport(Glibc)
  import Glibc
#endif

/// libFuzzer's entry point, called from each fuzzer's `main`, so the targets are ordinary SwiftPM
/// executables built with `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

public enum FuzzerDriver {
  nonisolated(unsafe) private static var target: ((UnsafePointer<UInt8>, Int) -> Int32)?

  /// Runs libFuzzer over `body` with the process's arguments (`-max_total_time=600 corpus/` ...).
  public static func run(_ body: @escaping (UnsafePointer<UInt8>, Int) -> Int32) -> Int32 {
    target = body
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
      let empty: [UInt8] = [0]
      return empty.withUnsafeBufferPointer { fallback in
        FuzzerDriver.target!(data ?? fallback.baseAddress!, size)
      }
    }
  }
}
