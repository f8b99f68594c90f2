/// The id of a page's section in the single file: its site path, `/` and `.` as `-`
/// (`shop/components/cart-api.html` -> `page-shop-components-cart-api`). Site paths are slugs already,
/// so ids are unique as paths are.
enum SectionID {
  static func of(_ path: String) -> String {
    let stem = path.hasSuffix(".html") ? String(path.dropLast(5)) : path
    return "page-" + stem.replacingOccurrences(of: "/", with: "--").replacingOccurrences(of: ".", with: "-")
  }
}
