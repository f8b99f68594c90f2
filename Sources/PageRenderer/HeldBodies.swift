import Foundation
import Parallelism

#if canImport(Glibc)
  import Glibc
#endif

/// Page bodies drawn in the first render pass and laid out in the second, once every page's
/// cross-references are known. Held in memory up to a budget; past it, a body's HTML goes to a scratch
/// file beside the staged site and is read back when the page is laid out, so a large site's peak memory
/// does not grow with all of its pages' HTML (at 10,000 components, 700 MB of it).
final class HeldBodies: @unchecked Sendable {
  private let slots: Slots<PageBody>
  private let spilled: Slots<Range<Int>>
  private let scratch: URL?
  private let budget: Int
  private let lock = NSLock()
  private var held = 0
  private var fileEnd = 0
  private var descriptor: Int32 = -1
  private var failed = false
  /// Why a body could not be read back, which fails the build.
  private(set) var failure: String?

  /// `scratch` is where bodies go once those held pass `budget` bytes of HTML; nil keeps every body in memory.
  init(count: Int, scratch: URL?, budget: Int) {
    slots = Slots(count: count)
    spilled = Slots(count: scratch == nil ? 0 : count)
    self.scratch = scratch
    self.budget = budget
  }

  deinit {
    close()
  }

  /// How many bodies went to the scratch file. For tests.
  private(set) var spilledCount = 0

  func set(_ index: Int, _ body: PageBody) {
    var body = body
    let html = body.html.html
    if let range = spill(html) {
      body.html = Markup()
      spilled.set(index, range)
    }
    slots.set(index, body)
  }

  /// The body at `index` with its HTML, leaving the slot empty. A body that cannot be read back comes
  /// without its HTML and sets `failure`.
  func take(_ index: Int) -> PageBody? {
    guard var body = slots.take(index) else { return nil }
    if scratch != nil, let range = spilled.take(index) {
      guard let html = read(range) else {
        lock.withLock { failure = failure ?? "cannot read a page back from '\(scratch!.path)'" }
        return body
      }
      body.html = .htmlOnly(html)
    }
    return body
  }

  /// Removes the scratch file.
  func close() {
    lock.withLock {
      if descriptor >= 0 {
        #if canImport(Glibc)
          _ = Glibc.close(descriptor)
        #else
          _ = Darwin.close(descriptor)
        #endif
        descriptor = -1
      }
    }
    if let scratch { try? FileManager.default.removeItem(at: scratch) }
  }

  /// Where `html` went in the scratch file, or nil while the budget holds it (or the file cannot be written).
  private func spill(_ html: String) -> Range<Int>? {
    let size = html.utf8.count
    let start: Int? = lock.withLock {
      guard scratch != nil, !failed, held + size > budget else {
        held += size
        return nil
      }
      if descriptor < 0 { descriptor = open(scratch!.path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600) }
      guard descriptor >= 0 else {
        failed = true
        held += size
        return nil
      }
      defer {
        fileEnd += size
        spilledCount += 1
      }
      return fileEnd
    }
    guard let start else { return nil }
    var html = html
    let written = html.withUTF8 { bytes in
      bytes.isEmpty ? 0 : pwrite(descriptor, bytes.baseAddress, size, off_t(start))
    }
    // A short write leaves the body where it was: held, over the budget.
    guard written == size else { return nil }
    return start..<start + size
  }

  private func read(_ range: Range<Int>) -> String? {
    var complete = true
    let html = String(unsafeUninitializedCapacity: range.count) { buffer in
      var done = 0
      while done < range.count {
        let got = pread(
          descriptor, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
        guard got > 0 else {
          complete = false
          break
        }
        done += got
      }
      return done
    }
    return complete ? html : nil
  }
}
