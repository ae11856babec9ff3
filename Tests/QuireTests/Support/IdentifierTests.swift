import Testing

@testable import Quire

@Suite struct IdentifierTests {
    func hex(_ bytes: [UInt8]) -> String { bytes.map(hexadecimal).joined() }

    @Test func sha1MatchesTheStandardVectors() {
        #expect(hex(SHA1.digest([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(hex(SHA1.digest(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(
            hex(SHA1.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        // Several blocks, and lengths around the padding boundary (Python's hashlib).
        #expect(
            hex(SHA1.digest([UInt8](repeating: UInt8(ascii: "a"), count: 1000)))
                == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
        #expect(
            hex(SHA1.digest(Array(String(repeating: "The quick brown fox jumps over the lazy dog", count: 3).utf8)))
                == "d42f858ad812fd986fd8dc7216af5f88bcaa1463")
    }

    @Test func nameBasedUUIDsMatchRFC9562() {
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, name)
        #expect(NameBasedUUID(name: "https://news.example/mill").description == "02dc2dd2-0a7a-59e4-bb51-e6851bbcaaab")
        #expect(NameBasedUUID(name: "urn:sha1:abc").description == "86a5c1d6-9a0f-5c57-9150-6c841e1c63e1")
    }

    @Test func idsAreXMLNamesAndSlugsReadWell() {
        #expect(MarkupText.identifier(from: "intro") == "intro")
        #expect(MarkupText.identifier(from: "1 bad <id>") == "id-1-bad-id")
        #expect(MarkupText.identifier(from: "café au lait") == "café-au-lait")
        #expect(MarkupText.identifier(from: "潮") == nil)
        #expect(MarkupText.slug("2. The Mill & the Race!") == "the-mill-the-race")
        #expect(MarkupText.slug("Über uns") == "über-uns")
        #expect(MarkupText.slug("   ") == nil)
    }

    @Test func urlsArePercentEncodedOnlyWhereNeeded() {
        #expect(MarkupText.urlAttribute("https://a.example/x?y=1&z=%20#f") == "https://a.example/x?y=1&amp;z=%20#f")
        #expect(MarkupText.urlAttribute("a b/ü%zz[1]#x#y\"") == "a%20b/%C3%BC%25zz%5B1%5D#x%23y%22")
        #expect(MarkupText.scheme(of: "HTTPS://x") == "https")
        #expect(MarkupText.scheme(of: "images/a:b.png") == nil)
        #expect(MarkupText.scheme(of: "1http://x") == nil)
    }
}
