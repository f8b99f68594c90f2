import ContentReader

/// One festival: its documents, planning tree and interface contract.
public struct Festival: Hashable, Sendable, Encodable {
  /// The folder name; the site's slug for this festival.
  public var folderName: String
  public var path: String
  public var name: String
  public var festivalID: String?
  public var generation: FestivalGeneration
  public var lifecycle: String?
  public var bucketDate: String?
  public var status: WorkStatus?
  /// The first paragraph of FESTIVAL_GOAL.md or FESTIVAL_OVERVIEW.md.
  public var goal: String?
  /// `fest.yaml`, parsed.
  public var config: YAMLValue?
  public var documents: [Document]
  public var phases: [FestivalPhase]
  public var interfaces: InterfaceContract?

  public init(
    folderName: String, path: String, name: String, festivalID: String?, generation: FestivalGeneration,
    lifecycle: String?, bucketDate: String?, status: WorkStatus?, goal: String?, config: YAMLValue?,
    documents: [Document], phases: [FestivalPhase], interfaces: InterfaceContract?
  ) {
    self.folderName = folderName
    self.path = path
    self.name = name
    self.festivalID = festivalID
    self.generation = generation
    self.lifecycle = lifecycle
    self.bucketDate = bucketDate
    self.status = status
    self.goal = goal
    self.config = config
    self.documents = documents
    self.phases = phases
    self.interfaces = interfaces
  }

  public var progress: Progress { phases.map(\.progress).reduce(.empty, +) }

  public func document(at path: String) -> Document? { documents.first { $0.path == path } }
}
