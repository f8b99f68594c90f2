import FestivalModel

extension RenderOptions {
  /// Takes the site settings of `festdoc.yml`: title, footer, base URL (http or https only), repository
  /// pattern, and the logo when it names a file of `static/` (any other path would be a broken image).
  /// A `baseURL` given here (from `--base-url`) wins over the file's.
  public mutating func apply(_ model: ContentModel, baseURL override: String? = nil) {
    let configuration = model.configuration
    siteTitle = model.siteTitle
    footer = configuration.footer
    baseURL = (override ?? configuration.baseURL).flatMap { url in
      url.hasPrefix("https://") || url.hasPrefix("http://") ? url : nil
    }
    repositoryURL = configuration.repositoryURL
    logo = configuration.logo.flatMap { logo in model.staticFiles.contains { $0.path == logo } ? logo : nil }
  }
}
