import FestivalModel

extension ContractFingerprints {
  /// The authorization matrix row by row. Other pages show its roles, its resources' names and where
  /// they are written (links, the name catalog, sources); that goes into the frame. A row's cells show
  /// on its resource's page, on every role's page (a role's column and the anomalies about it compare
  /// cells of every row), and on the pages of the entities and components whose resources it is
  /// (`EntityPage.authorizationRows`, `ComponentPage.authorizationRows`), and on the grid, which takes
  /// every row (`matrix`). So a cell edit renders those pages, not the festival. A row without a
  /// resource page stays in the frame whole. Each row's fingerprint is kept from `previous` while it compares equal at its
  /// place, and the others are made without `Encodable` (`AuthorizationRow.fingerprint`): at 10,000
  /// components the matrix is 2,000 rows of 100 roles.
  static func addMatrix(
    _ contract: InterfaceContract, lookup: FestivalIndex, previous: Kept?, to frame: inout Fingerprint,
    attached: inout Attached, jobs: Int
  ) -> [String] {
    guard let matrix = contract.authorization else {
      frame.add("matrix\tnone")
      return []
    }
    let (old, known) = (previous?.contract.authorization?.rows ?? [], previous?.value.rows["matrix"] ?? [])
    let kept = matrix.rows.enumerated().map { position, row in
      position < old.count && position < known.count && old[position] == row ? known[position] : nil
    }
    let digests = Self.digests(matrix.rows, kept: kept, jobs: jobs, digest: \.fingerprint)
    var heading = matrix
    heading.rows = []
    let outlines = matrix.rows.enumerated().map { position, row in
      let place = "\(row.resource)\t\(row.location.file):\(row.location.line):\(row.location.column)"
      guard contract.elements.id(.resource, at: position) != nil else {
        return place + "\t" + digests[position]
      }
      attached.resources[position, default: []].append(digests[position])
      return place
    }
    frame.add("matrix\t" + EncodedFingerprint.of(heading) + "\t" + outlines.joined(separator: "\n"))
    var everyRow = Fingerprint()
    for digest in digests { everyRow.add(digest) }
    for role in matrix.roles.indices { attached.roles[role, default: []].append(everyRow.value) }
    for (position, entity) in contract.entities.enumerated() {
      let rows = EntityPage.authorizationRows(of: entity, lookup)
      if !rows.isEmpty { attached.entities[position, default: []] += rows.map { "a" + digests[$0] } }
    }
    for (position, key) in lookup.componentKeys.enumerated() {
      let rows = ComponentPage.authorizationRows(of: key, contract, lookup)
      if !rows.isEmpty { attached.components[position, default: []] += rows.map { "a" + digests[$0] } }
    }
    return digests
  }
}
