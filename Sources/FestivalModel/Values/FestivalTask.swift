/// A task of a sequence (or phase): its number, name, document and progress.
public struct FestivalTask: Hashable, Sendable, Codable {
  public var number: Int?
  public var name: String
  public var path: String
  public var title: String
  public var status: WorkStatus?
  public var progress: Progress

  public init(
    number: Int?, name: String, path: String, title: String, status: WorkStatus?, progress: Progress
  ) {
    self.number = number
    self.name = name
    self.path = path
    self.title = title
    self.status = status
    self.progress = progress
  }

  /// The status fest would report: the front matter's when it is understood, else the checkboxes'.
  public var effectiveStatus: KnownStatus { status?.known ?? progress.status }
}
