/// One festival as found on disk: where it is, its layout, and every markdown file in it.
public struct FestivalTree: Hashable, Sendable {
  /// The folder, relative to the content root ("" when the content root is the festival).
  public var path: String
  /// The folder name, which the site uses as the festival's slug.
  public var folderName: String
  public var generation: FestivalGeneration
  /// `planning`, `active`, `dungeon/completed`, ... for fest-era trees; nil for v1 roots.
  public var lifecycle: String?
  /// A dated bucket (`dungeon/completed/2026-03-15/`) the festival sits in.
  public var bucketDate: String?
  /// The fest ID (`HF0001`) from the folder name.
  public var festivalID: String?
  /// The run of a ritual (`000B` of `...-RI-AM0001-000B`), whose ID is the ritual's.
  public var ritualRun: String?
  /// `fest.yaml`, when present.
  public var config: ContentFile?
  /// fest's `.fest/progress_events.jsonl`, when present.
  public var progressEvents: ContentFile?
  /// fest's `.fest/status_history.json`, when present.
  public var statusHistory: ContentFile?
  /// Every markdown file of the festival, tasks included, sorted by path.
  public var documents: [ContentFile]
  public var phases: [PhaseFolder]

  public init(
    path: String, folderName: String, generation: FestivalGeneration, lifecycle: String?,
    bucketDate: String?, festivalID: String?, config: ContentFile?, documents: [ContentFile],
    phases: [PhaseFolder]
  ) {
    self.path = path
    self.folderName = folderName
    self.generation = generation
    self.lifecycle = lifecycle
    self.bucketDate = bucketDate
    self.festivalID = festivalID
    self.config = config
    self.documents = documents
    self.phases = phases
  }

  /// The document at `name` in the festival root (`COMMON_INTERFACES.md`), matched without case.
  public func rootDocument(named name: String) -> ContentFile? {
    let wanted = path.isEmpty ? name.lowercased() : (path + "/" + name).lowercased()
    return documents.first { $0.path.lowercased() == wanted }
  }
}
