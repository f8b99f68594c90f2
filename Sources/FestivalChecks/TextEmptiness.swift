import Foundation

/// `none`, `N/A`, `-` and blank cells say nothing.
enum TextEmptiness {
  static func isEmpty(_ text: String) -> Bool {
    let trimmed = text.trimmingSpaces().lowercased()
    return ["", "-", "--", "—", "–", "none", "n/a", "na", "tbd"].contains(trimmed)
  }
}
