import ContentReader
import Diagnostics

@testable import FestivalModel

/// Reads markdown as an interface document, as the model builder does.
func readContract(_ text: String, path: String = "COMMON_INTERFACES.md") -> (InterfaceContract, [Diagnostic])
{
  let (document, _) = DocumentReader.read(ContentFile(path: path, text: text), kind: .interfaces)
  return InterfaceContractReader.read(path: path, title: document.title, body: document.body, text: text)
}
