import FestivalModel

extension PageInputs {
  /// What a festival's home shows besides its festival's frame and its plan view: the facts at its
  /// top, its documents' statuses and each endpoint's method and path (the cards list them; the frame
  /// knows endpoints by name). The frame stands for the contract's own files, so a file that is both
  /// (an overview that states an endpoint) still gives the home its goal through this.
  static func homeView(of festival: Festival) -> String {
    var parts = [festival.name, festival.goal, festival.festivalID, festival.ritualRun, festival.lifecycle]
      .map { $0 ?? "\u{0}" }
    parts.append(festival.bucketDate ?? "\u{0}")
    for document in festival.documents {
      parts.append(document.path + "\t" + (document.status?.written ?? "\u{0}"))
    }
    for endpoint in festival.interfaces?.endpoints ?? [] {
      parts.append((endpoint.method?.rawValue ?? endpoint.methodWritten) + "\t" + endpoint.urlPattern)
    }
    return parts.joined(separator: "\n")
  }
}
