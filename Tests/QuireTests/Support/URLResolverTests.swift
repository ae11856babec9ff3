@testable import Quire
import Testing

@Suite struct URLResolverTests {
    // RFC 3986, section 5.4.1 and 5.4.2, with the base "http://a/b/c/d;p?q".
    @Test(arguments: [
        ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"), ("/g", "http://a/g"),
        ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"), ("g#s", "http://a/b/c/g#s"),
        ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"),
        ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../g", "http://a/g"), ("../../../g", "http://a/g"),
        ("/./g", "http://a/g"), ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), ("..g", "http://a/b/c/..g"),
        ("./../g", "http://a/b/g"), ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"),
        ("g:h", "g:h"), ("HTTPS://Other.example/x", "HTTPS://Other.example/x"),
        // Same-document references stay as they are; white space and line breaks go.
        ("#s", "#s"), ("  g\n/h\t ", "http://a/b/c/g/h"),
    ])
    func resolvesReferences(reference: String, expected: String) {
        #expect(URLResolver(base: "http://a/b/c/d;p?q").resolve(reference) == expected)
    }

    @Test func leavesReferencesAloneWithoutAnAbsoluteBase() {
        #expect(URLResolver(base: nil).resolve("img/a.png") == "img/a.png")
        #expect(URLResolver(base: "relative/page.html").resolve("img/a.png") == "img/a.png")
        #expect(URLResolver(base: "https://h.example").resolve("a") == "https://h.example/a")
    }

    @Test(arguments: [
        ("https://x", "https"), ("JavaScript:void(0)", "javascript"), ("mailto:a@b", "mailto"),
        ("/path:x", nil), ("1abc:x", nil), ("no-colon", nil), (":x", nil),
    ] as [(String, String?)])
    func findsSchemes(reference: String, expected: String?) {
        #expect(URLResolver.scheme(of: reference) == expected)
    }
}
