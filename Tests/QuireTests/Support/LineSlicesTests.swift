import Testing

@testable import Quire

@Suite struct LineSlicesTests {
    @Test(arguments: ["", "one", "one\ntwo", "\n", "a\n\nb\n", "crlf\r\nstays\r\njoined", "lone\rcr", "e\u{301}\nn\u{303}\n", "日本\n語"])
    func splitsLikeTheCharacterSplit(text: String) {
        #expect(text.lineSlices == text.split(separator: "\n", omittingEmptySubsequences: false))
    }
}
