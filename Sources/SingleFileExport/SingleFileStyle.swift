/// What the single file adds to the theme's stylesheet: one page shown at a time (the one the address
/// points into, the site index otherwise), all of them in print.
enum SingleFileStyle {
  static let css = """
    .single-file .single-page { display: none; max-width: 72rem; margin: 0 auto; padding: 0 1.25rem 2rem; }
    .single-file .single-page:target, .single-file .single-page:has(:target) { display: block; }
    .single-file main:not(:has(:target)) > .single-page:first-child { display: block; }
    .single-contents { padding: 0.5rem 1.25rem; border-bottom: 1px solid var(--fd-border); font-size: 0.9rem; }
    .single-contents ul { list-style: none; padding: 0; columns: 3 18rem; }
    .single-contents .depth-1 { padding-left: 0.8rem; }
    .single-contents .depth-2, .single-contents .depth-3, .single-contents .depth-4 { padding-left: 1.6rem; }
    .single-dropped-link { text-decoration: none; }
    @media print {
      .single-file .single-page { display: block !important; break-before: page; }
      .single-contents { display: none; }
    }
    """
}
