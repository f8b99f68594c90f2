import FestivalModel

extension ContractComparison {
  /// The component a service interface belongs to.
  static func component(of interface: ServiceInterface) -> String {
    interface.component.map(DependencyGraph.name(of:)) ?? interface.name
  }

  mutating func compareInterfaces() {
    let names = self
    let pairing = Pairing(
      old: old?.serviceInterfaces ?? [], new: new?.serviceInterfaces ?? [],
      key: { Self.fold(names.currentNew(Self.component(of: $0))) },
      oldKey: { Self.fold(names.current(Self.component(of: $0))) })
    for interface in pairing.removed {
      let owner = Self.component(of: interface)
      record(
        .interfaceRemoved, .removed, [owner],
        "The \(interface.name) interface is gone with its \(interface.operations.count) operations and \(interface.dataContract.count) fields.",
        old: interface.location, components: [owner])
    }
    for interface in pairing.added {
      let owner = Self.component(of: interface)
      record(
        .interfaceAdded, .added, [owner], "\(owner) defines an interface.", new: interface.location,
        components: [owner])
    }
    for (before, after) in pairing.matched {
      let owner = Self.component(of: after)
      if !Self.same(before.communicationMethod, after.communicationMethod) {
        record(
          .interfaceMethodChanged, .changed, [owner, "communication method"],
          "\(owner) is reached another way.", before: before.communicationMethod,
          after: after.communicationMethod, old: before.location, new: after.location, components: [owner])
      }
      compareOperations(before.operations, after.operations, owner: owner)
      compareFields(before.dataContract, after.dataContract, owner: owner)
    }
  }

  private mutating func compareOperations(_ before: [Operation], _ after: [Operation], owner: String) {
    let pairing = Pairing(
      old: before, new: after, key: { Self.fold($0.name) },
      likeness: { operation in
        [
          operation.input, operation.output, ValueList.canonical(operation.errorCases.joined(separator: ",")),
          operation.performanceSLA,
        ]
        .map(Self.normalize).joined(separator: "\u{1F}")
      })
    for operation in pairing.removed {
      record(
        .operationRemoved, .removed, [owner, operation.name], "\(owner) no longer offers \(operation.name).",
        old: operation.location, components: [owner])
    }
    for (oldOperation, newOperation) in pairing.renamed {
      record(
        .operationRenamed, .renamed, [owner, newOperation.name],
        "\(oldOperation.name) is now called \(newOperation.name).", before: oldOperation.name,
        after: newOperation.name, old: oldOperation.location, new: newOperation.location, components: [owner])
    }
    for operation in pairing.added {
      record(
        .operationAdded, .added, [owner, operation.name], "\(owner) offers \(operation.name).",
        new: operation.location, components: [owner])
    }
    for (oldOperation, newOperation) in pairing.matched {
      let subject = [owner, newOperation.name]
      let places = (old: oldOperation.location, new: newOperation.location)
      if !Self.same(oldOperation.input, newOperation.input) {
        record(
          .operationInputChanged, .changed, subject, "\(newOperation.name) takes other input.",
          before: oldOperation.input, after: newOperation.input, old: places.old, new: places.new,
          components: [owner])
      }
      if !Self.same(oldOperation.output, newOperation.output) {
        record(
          .operationOutputChanged, .changed, subject, "\(newOperation.name) returns something else.",
          before: oldOperation.output, after: newOperation.output, old: places.old, new: places.new,
          components: [owner])
      }
      compareErrorCases(oldOperation, newOperation, owner: owner)
      compareFields(
        oldOperation.requestFields, newOperation.requestFields, owner: owner,
        holder: "\(newOperation.name)'s request", subject: subject + ["request"])
      compareFields(
        oldOperation.responseFields, newOperation.responseFields, owner: owner,
        holder: "\(newOperation.name)'s response", subject: subject + ["response"])
      // Equal figures written another way (`<300ms`, `< 300 ms`) are no change.
      if !Self.same(oldOperation.performanceSLA, newOperation.performanceSLA),
        FigureVerdict.of(old: oldOperation.slaFigures, new: newOperation.slaFigures) != .same
      {
        let verdict = FigureVerdict.of(old: oldOperation.slaFigures, new: newOperation.slaFigures)
        let tightened = verdict == .tightened
        record(
          tightened ? .operationSLATightened : .operationSLARelaxed, .changed, subject + ["SLA"],
          tightened
            ? "\(newOperation.name) promises to be faster."
            : verdict == .relaxed
              ? "\(newOperation.name) promises less."
              : "\(newOperation.name)'s SLA changed in a way festdoc cannot compare.",
          before: oldOperation.performanceSLA, after: newOperation.performanceSLA, old: places.old,
          new: places.new, components: [owner])
      }
    }
  }

  /// Two lists of fields: a data contract's, a message's, an rpc's request or response. `holder` names
  /// what holds them in summaries, `subject` starts each change's subject.
  mutating func compareFields(
    _ before: [DataField], _ after: [DataField], owner: String, holder: String? = nil,
    subject: [String]? = nil,
    components: [String]? = nil
  ) {
    let holder = holder ?? "\(owner)'s data contract"
    let prefix = subject ?? [owner]
    let components = components ?? [owner]
    let pairing = Pairing(
      old: before, new: after, key: { Self.fold($0.name) },
      likeness: { field in
        [
          field.type, field.requiredWritten,
          ValueList.values(field.validation).map { $0.joined(separator: ",") }
            .map(ValueList.canonical) ?? field.validation, field.defaultValue ?? "", field.description,
        ]
        .map(Self.normalize).joined(separator: "\u{1F}")
      })
    for field in pairing.removed {
      record(
        .fieldRemoved, .removed, prefix + [field.name], "\(holder) drops \(field.name).",
        before: field.type, old: field.location, components: components)
    }
    for (oldField, newField) in pairing.renamed {
      record(
        .fieldRenamed, .renamed, prefix + [newField.name], "\(oldField.name) is now called \(newField.name).",
        before: oldField.name, after: newField.name, old: oldField.location, new: newField.location,
        components: components)
    }
    for field in pairing.added {
      let required = field.required == true
      record(
        required ? .fieldAddedRequired : .fieldAddedOptional, .added, prefix + [field.name],
        "\(holder) adds the \(required ? "required" : "optional") field \(field.name).",
        after: field.type, new: field.location, components: components)
    }
    for (oldField, newField) in pairing.matched {
      let subject = prefix + [newField.name]
      func note(_ rule: DiffRule, _ summary: String, _ was: String?, _ now: String?) {
        record(
          rule, .changed, subject, summary, before: was, after: now, old: oldField.location,
          new: newField.location, components: components)
      }
      if !Self.same(oldField.type, newField.type) {
        note(.fieldTypeChanged, "\(newField.name) changes type.", oldField.type, newField.type)
      }
      if oldField.required != true && newField.required == true {
        note(
          .fieldMadeRequired, "\(newField.name) becomes required.", oldField.requiredWritten,
          newField.requiredWritten)
      } else if oldField.required == true && newField.required != true {
        note(
          .fieldMadeOptional, "\(newField.name) becomes optional.", oldField.requiredWritten,
          newField.requiredWritten)
      }
      if let oldValues = ValueList.values(oldField.validation),
        let newValues = ValueList.values(newField.validation)
      {
        // Two lists of values: each value let in or left out is one change.
        for value in newValues where !oldValues.contains(value) {
          note(.fieldValidationChanged, "\(newField.name) also allows \(value).", nil, value)
        }
        for value in oldValues where !newValues.contains(value) {
          note(.fieldValidationChanged, "\(newField.name) no longer allows \(value).", value, nil)
        }
      } else if !Self.same(oldField.validation, newField.validation) {
        note(
          .fieldValidationChanged, "\(newField.name) is validated differently.", oldField.validation,
          newField.validation)
      }
      if !Self.same(oldField.defaultValue, newField.defaultValue) {
        note(
          .fieldDefaultChanged, "\(newField.name) has another default.", Self.shown(oldField.defaultValue),
          Self.shown(newField.defaultValue))
      }
    }
  }

  /// Error cases compare as a list: `A | B` and `A, B` are the same two cases; each case added or
  /// removed is one change.
  private mutating func compareErrorCases(_ oldOperation: Operation, _ newOperation: Operation, owner: String)
  {
    let subject = [owner, newOperation.name]
    let places = (old: oldOperation.location, new: newOperation.location)
    let oldCases = Self.errorCases(oldOperation)
    let newCases = Self.errorCases(newOperation)
    let oldErrors = Set(oldCases.map(Self.fold))
    let newErrors = Set(newCases.map(Self.fold))
    for error in newCases where !oldErrors.contains(Self.fold(error)) {
      record(
        .operationErrorAdded, .added, subject + [error], "\(newOperation.name) can now fail with \(error).",
        after: error, old: places.old, new: places.new, components: [owner])
    }
    for error in oldCases where !newErrors.contains(Self.fold(error)) {
      record(
        .operationErrorRemoved, .removed, subject + [error],
        "\(newOperation.name) no longer fails with \(error).",
        before: error, old: places.old, new: places.new, components: [owner])
    }
  }

  /// An operation's error cases as a list, each cell split on `|`, `,`, `;` and ` or `, without repeats.
  static func errorCases(_ operation: Operation) -> [String] {
    var seen = Set<String>()
    return operation.errorCases.flatMap(ValueList.items).filter { seen.insert(fold($0)).inserted }
  }
}
