/// The shape names `@{ shape: ... }` accepts: mermaid 11's shapes with their aliases, and the names of
/// the classic bracket shapes.
public enum FlowShapes {
  /// Canonical name -> aliases.
  static let catalog: [String: [String]] = [
    "rect": ["proc", "process", "rectangle", "square", "squareRect"],
    "rounded": ["event", "roundedRect"],
    "stadium": ["pill", "terminal"],
    "fr-rect": ["subproc", "subprocess", "framed-rectangle", "subroutine"],
    "cyl": ["database", "db", "cylinder"],
    "datastore": ["data-store"],
    "bang": [],
    "cloud": [],
    "circle": ["circ"],
    "diam": ["decision", "diamond", "question"],
    "hex": ["hexagon", "prepare"],
    "lean-r": ["in-out", "lean-right", "lean_right"],
    "lean-l": ["out-in", "lean-left", "lean_left"],
    "trap-b": ["priority", "trapezoid-bottom", "trapezoid"],
    "trap-t": ["manual", "trapezoid-top", "inv-trapezoid", "inv_trapezoid"],
    "dbl-circ": ["double-circle", "doublecircle"],
    "text": [],
    "notch-rect": ["card", "notched-rectangle"],
    "lin-rect": ["lined-rectangle", "lin-proc", "lined-process", "shaded-process"],
    "sm-circ": ["small-circle", "start", "stateStart"],
    "fr-circ": ["framed-circle", "stop", "stateEnd"],
    "fork": ["join", "forkJoin"],
    "hourglass": ["collate"],
    "brace": ["comment", "brace-l"],
    "brace-r": [],
    "braces": [],
    "bolt": ["com-link", "lightning-bolt"],
    "doc": ["document"],
    "delay": ["half-rounded-rectangle"],
    "h-cyl": ["das", "horizontal-cylinder"],
    "lin-cyl": ["disk", "lined-cylinder"],
    "curv-trap": ["curved-trapezoid", "display"],
    "div-rect": ["div-proc", "divided-process", "divided-rectangle"],
    "tri": ["extract", "triangle"],
    "win-pane": ["internal-storage", "window-pane"],
    "f-circ": ["filled-circle", "junction"],
    "lin-doc": ["lined-document"],
    "notch-pent": ["loop-limit", "notched-pentagon"],
    "flip-tri": ["flipped-triangle", "manual-file"],
    "sl-rect": ["manual-input", "sloped-rectangle"],
    "docs": ["documents", "st-doc", "stacked-document"],
    "processes": ["procs", "st-rect", "stacked-rectangle"],
    "flag": ["paper-tape"],
    "bow-rect": ["bow-tie-rectangle", "stored-data"],
    "cross-circ": ["crossed-circle", "summary"],
    "tag-doc": ["tagged-document"],
    "tag-rect": ["tag-proc", "tagged-process", "tagged-rectangle"],
    "odd": ["rect_left_inv_arrow"],
    "round": [],
    "ellipse": [],
    "icon": [],
    "image": [],
    "anchor": [],
    // Shapes mermaid's shape map holds without documenting them (states, icons, other diagrams' boxes).
    "state": [], "choice": [], "note": [], "rectWithTitle": [], "labelRect": [], "iconSquare": [],
    "iconCircle": [], "iconRounded": [], "imageSquare": [], "kanbanItem": [], "mindmapCircle": [],
    "defaultMindmapNode": [], "classBox": [], "erBox": [], "requirementBox": [],
  ]

  static let aliases: [String: String] = {
    var result: [String: String] = [:]
    for (name, others) in catalog {
      result[name] = name
      for alias in others { result[alias] = name }
    }
    return result
  }()

  /// The canonical shape a name means, or nil when there is no such shape.
  public static func canonical(_ name: String) -> String? { aliases[name] }

  /// The canonical shape of a classic bracket shape (`square` -> `rect`, `diamond` -> `diam` ...).
  public static func canonicalForClassic(_ shape: String) -> String {
    switch shape {
    case "square": "rect"
    case "round": "rounded"
    case "subroutine": "fr-rect"
    case "cylinder": "cyl"
    case "diamond": "diam"
    case "hexagon": "hex"
    case "lean_right": "lean-r"
    case "lean_left": "lean-l"
    case "trapezoid": "trap-b"
    case "inv_trapezoid": "trap-t"
    case "doublecircle": "dbl-circ"
    default: shape
    }
  }
}
