/// An event's delivery guarantee.
public enum DeliveryGuarantee: String, Hashable, Sendable, Codable {
  case atMostOnce = "at-most-once"
  case atLeastOnce = "at-least-once"
  case exactlyOnce = "exactly-once"
}
