/// Hands out unique slugs within one folder; a collision gets `-2`, `-3` ... in the order names arrive,
/// so the first in source order keeps the plain slug.
public struct SlugRegistry: Sendable {
  private var used: Set<String>

  public init(reserved: Set<String> = []) {
    used = reserved
  }

  public mutating func claim(_ text: String) -> String {
    let base = Slugger.slug(text)
    var candidate = base
    var number = 2
    while used.contains(candidate) {
      let suffix = "-\(number)"
      candidate = String(base.prefix(Slugger.maximumLength - suffix.count)) + suffix
      number += 1
    }
    used.insert(candidate)
    return candidate
  }
}
