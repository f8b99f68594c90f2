/// `**Current Status**` of an interface document.
public enum InterfaceStatus: String, Hashable, Sendable, Codable {
  case draft = "DRAFT"
  case underReview = "UNDER_REVIEW"
  case finalized = "FINALIZED"
}
