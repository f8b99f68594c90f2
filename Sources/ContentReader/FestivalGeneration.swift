/// Which layout a festival follows: the 2025 v1 kit or the fest command's trees (2026).
public enum FestivalGeneration: String, Hashable, Sendable, Codable {
  case v1
  case festEra = "fest"
}
