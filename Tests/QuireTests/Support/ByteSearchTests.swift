import Foundation
@testable import Quire
import Testing

/// `containsBytes` against Foundation's `contains`, on the shapes it is used for and around them.
@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("<p>x</p><math xmlns=\"http://www.w3.org/1998/Math/MathML\">", "<math "),
        ("<p>&lt;math x</p>", "<math "),
        ("<mathematics>", "<math "),
        ("appeal rule \"support us\" [en, built-in rules:40]", "\" ["),
        ("a \"quoted\"[x] reason", "\" ["),
        ("", "\" ["),
        ("\" [", "\" ["),
        ("é ü 广告 \" [fr, x:1]", "\" ["),
        ("short", "a longer needle"),
    ])
    func findsWhatFoundationFinds(haystack: String, needle: String) {
        #expect(haystack.containsBytes(needle) == haystack.contains(needle), "\(haystack)")
    }

    @Test func anEmptyNeedleIsAlwaysThere() {
        #expect("abc".containsBytes(""))
        #expect("".containsBytes(""))
    }

    @Test func aByteMatchAtTheVeryEnd() {
        #expect("xxxxxxxx<math ".containsBytes("<math "))
        #expect(!"xxxxxxxx<math".containsBytes("<math "))
    }
}
