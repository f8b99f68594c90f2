import SitePlan
import Testing

@Suite struct SlugTests {
  @Test(arguments: [
    ("API Gateway", "api-gateway"),
    ("  Hello,   World!  ", "hello-world"),
    ("Ünïcödé Sèrvice", "unicode-service"),
    ("../../etc/passwd", "etc-passwd"),
    ("CON", "con-page"),
    ("lpt1", "lpt1-page"),
    ("★★★", "page"),
    ("POST /v1/shipments/{id}", "post-v1-shipments-id"),
  ])
  func slugs(text: String, slug: String) {
    #expect(Slugger.slug(text) == slug)
  }

  @Test func slugsAreAtMostEightyCharacters() {
    let slug = Slugger.slug(String(repeating: "abc ", count: 100))
    #expect(slug.count <= 80)
    #expect(!slug.hasSuffix("-"))
  }

  @Test func collisionsAreNumberedInSourceOrder() {
    var registry = SlugRegistry()
    #expect(registry.claim("User Service") == "user-service")
    #expect(registry.claim("user_service") == "user-service-2")
    #expect(registry.claim("User-Service!") == "user-service-3")
    #expect(registry.claim("Other") == "other")
    var root = SlugRegistry(reserved: ["index"])
    #expect(root.claim("Index") == "index-2")
  }

  @Test func relativeLinksBetweenPages() {
    #expect(RelativeURL.link(from: "f/components/a.html", to: "f/components/b.html") == "b.html")
    #expect(RelativeURL.link(from: "f/components/a.html", to: "f/index.html") == "../index.html")
    #expect(RelativeURL.link(from: "f/components/a.html", to: "index.html") == "../../index.html")
    #expect(RelativeURL.link(from: "index.html", to: "f/docs/x/y.html") == "f/docs/x/y.html")
    #expect(RelativeURL.link(from: "f/docs/x/y.html", to: "g/index.html") == "../../../g/index.html")
    #expect(RelativeURL.root(from: "f/components/a.html") == "../../")
  }
}
