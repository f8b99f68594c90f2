import FestivalModel

extension ContractComparison {
  /// What a client calls: the method and the URL with its parameter names set aside (`{id}` = `:id`).
  static func route(of endpoint: Endpoint) -> String {
    let segments = endpoint.urlPattern.split(separator: "/").map { segment -> String in
      let isParameter = segment.hasPrefix(":") || (segment.hasPrefix("{") && segment.hasSuffix("}"))
      return isParameter ? "{}" : segment.lowercased()
    }
    return (endpoint.method?.rawValue ?? endpoint.methodWritten.uppercased()) + " /"
      + segments.joined(separator: "/")
  }

  static func call(_ endpoint: Endpoint) -> String {
    "\(endpoint.method?.rawValue ?? endpoint.methodWritten) \(endpoint.urlPattern)"
  }

  static func owners(of endpoint: Endpoint) -> [String] {
    endpoint.owner.map { [$0.component] } ?? []
  }

  mutating func compareEndpoints() {
    let byRoute = Pairing(old: old?.endpoints ?? [], new: new?.endpoints ?? [], key: Self.route(of:))
    // An endpoint whose route changed is found again by its title, or by everything else being equal.
    let moved = Pairing(
      old: byRoute.removed, new: byRoute.added, key: { Self.fold($0.name) },
      likeness: { endpoint in
        (endpoint.parameters.map { "\(Self.fold($0.name)):\(Self.normalize($0.type)):\($0.required == true)" }
          + endpoint.responses.map { "\(Self.normalize($0.statusWritten)):\(Self.normalize($0.structure))" })
          .joined(separator: ",")
      })
    for endpoint in moved.removed {
      record(
        .endpointRemoved, .removed, [Self.call(endpoint)],
        "\(endpoint.name) (\(Self.call(endpoint))) is gone.",
        old: endpoint.location, components: Self.owners(of: endpoint))
    }
    for endpoint in moved.added {
      record(
        .endpointAdded, .added, [Self.call(endpoint)], "\(endpoint.name) (\(Self.call(endpoint))) is new.",
        new: endpoint.location, components: Self.owners(of: endpoint))
    }
    for (before, after) in moved.matched + moved.renamed {
      record(
        .endpointMoved, .changed, [after.name],
        "\(after.name) moved from \(Self.call(before)) to \(Self.call(after)).",
        before: Self.call(before), after: Self.call(after), old: before.location, new: after.location,
        components: Self.owners(of: after))
      compareRequests(before, after)
    }
    for (before, after) in byRoute.matched {
      if Self.fold(before.name) != Self.fold(after.name) {
        record(
          .endpointRenamed, .renamed, [Self.call(after)], "\(before.name) is now titled \(after.name).",
          before: before.name, after: after.name, old: before.location, new: after.location,
          components: Self.owners(of: after))
      }
      compareRequests(before, after)
    }
  }

  /// What an OpenAPI source says of an endpoint besides its request and response: the security it
  /// requires (its own, else its component's) and whether it is deprecated.
  private mutating func compareFacts(_ before: Endpoint, _ after: Endpoint) {
    let call = Self.call(after)
    let was = Self.security(of: before, in: old)
    let now = Self.security(of: after, in: new)
    func note(_ rule: DiffRule, _ summary: String) {
      record(
        rule, .changed, [call, "security"], summary, before: was ?? "none", after: now ?? "none",
        old: before.location, new: after.location, components: Self.owners(of: after))
    }
    switch (was, now) {
    case (nil, nil): break
    case (nil, .some(let required)): note(.endpointSecurityAdded, "\(call) now requires \(required).")
    case (.some, nil): note(.endpointSecurityRemoved, "\(call) no longer requires credentials.")
    case (.some(let first), .some(let second)) where !Self.same(first, second):
      note(.endpointSecurityChanged, "\(call) now requires \(second).")
    default: break
    }
    if before.extra["Deprecated"] != "Yes" && after.extra["Deprecated"] == "Yes" {
      record(
        .endpointDeprecated, .changed, [call], "\(call) is deprecated.", old: before.location,
        new: after.location, components: Self.owners(of: after))
    }
  }

  /// The security an endpoint requires: its own requirement, else its component's; nil for none.
  static func security(of endpoint: Endpoint, in contract: InterfaceContract?) -> String? {
    let owner = endpoint.owner.map { TextFolding.fold($0.component) }
    let component = contract?.components.first { TextFolding.fold($0.name) == owner }
    let required = endpoint.extra["Security"] ?? component?.extra["Security"]
    return required == "none" ? nil : required
  }

  private mutating func compareRequests(_ before: Endpoint, _ after: Endpoint) {
    compareFacts(before, after)
    let call = Self.call(after)
    let owners = Self.owners(of: after)
    compareFields(
      before.responseFields, after.responseFields, owner: owners.first ?? call, holder: "\(call)'s response",
      subject: [call, "response"], components: owners)
    let parameters = Pairing(old: before.parameters, new: after.parameters, key: { Self.fold($0.name) })
    for parameter in parameters.removed {
      record(
        .parameterRemoved, .removed, [call, parameter.name], "\(call) no longer reads \(parameter.name).",
        before: parameter.type, old: parameter.location, new: after.location, components: owners)
    }
    for parameter in parameters.added {
      let required = parameter.required == true
      record(
        required ? .parameterAddedRequired : .parameterAddedOptional, .added, [call, parameter.name],
        "\(call) takes the \(required ? "required" : "optional") \(parameter.placementWritten) parameter \(parameter.name).",
        after: parameter.type, old: before.location, new: parameter.location, components: owners)
    }
    for (oldParameter, newParameter) in parameters.matched {
      let subject = [call, newParameter.name]
      func note(_ rule: DiffRule, _ summary: String, _ was: String, _ now: String) {
        record(
          rule, .changed, subject, summary, before: was, after: now, old: oldParameter.location,
          new: newParameter.location, components: owners)
      }
      if oldParameter.placement != newParameter.placement
        || (oldParameter.placement == nil
          && !Self.same(oldParameter.placementWritten, newParameter.placementWritten))
      {
        note(
          .parameterMoved, "\(newParameter.name) moves to the \(newParameter.placementWritten).",
          oldParameter.placementWritten, newParameter.placementWritten)
      }
      if !Self.same(oldParameter.type, newParameter.type) {
        note(
          .parameterTypeChanged, "\(newParameter.name) changes type.", oldParameter.type, newParameter.type)
      }
      if oldParameter.required != true && newParameter.required == true {
        note(
          .parameterMadeRequired, "\(newParameter.name) becomes required.", oldParameter.requiredWritten,
          newParameter.requiredWritten)
      } else if oldParameter.required == true && newParameter.required != true {
        note(
          .parameterMadeOptional, "\(newParameter.name) becomes optional.", oldParameter.requiredWritten,
          newParameter.requiredWritten)
      }
    }
    let responses = Pairing(
      old: before.responses, new: after.responses, key: { Self.normalize($0.statusWritten) })
    for response in responses.removed {
      record(
        .responseRemoved, .removed, [call, response.statusWritten],
        "\(call) no longer answers \(response.statusWritten).", before: response.structure,
        old: response.location, new: after.location, components: owners)
    }
    for response in responses.added {
      record(
        .responseAdded, .added, [call, response.statusWritten],
        "\(call) may answer \(response.statusWritten).",
        after: response.structure, old: before.location, new: response.location, components: owners)
    }
    for (oldResponse, newResponse) in responses.matched
    where !Self.same(oldResponse.structure, newResponse.structure)
      || !Self.same(oldResponse.contentType, newResponse.contentType)
    {
      record(
        .responseChanged, .changed, [call, newResponse.statusWritten],
        "\(call) answers \(newResponse.statusWritten) with something else.",
        before: "\(oldResponse.contentType) \(oldResponse.structure)",
        after: "\(newResponse.contentType) \(newResponse.structure)", old: oldResponse.location,
        new: newResponse.location, components: owners)
    }
  }
}
