import Foundation
import Quire
import Testing

/// `--files-from` names and `--base-url` addresses, worked out before any conversion.
@Suite struct InputListTests {
    @Test func namesAreRelativeToTheRootThroughAnySpellingOfIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quire-list-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/site/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/elsewhere", withIntermediateDirectories: true)
        // A link in the root to a file outside it is named as the link, where it is listed.
        try FileManager.default.createSymbolicLink(atPath: folder + "/site/linked.html", withDestinationPath: folder + "/elsewhere/x.html")
        let list = InputList(root: folder + "/site/")
        let text = "\(folder)/site/a/index.html\n\(folder)/elsewhere/../site/b.html\n\(folder)/site/linked.html\n"
        let inputs = try list.inputs(listedIn: text)
        #expect(inputs.map(\.relativePath) == ["a/index.html", "b.html", "linked.html"])
        #expect(inputs.map(\.path) == text.split(separator: "\n").map(String.init))
        for outside in ["\(folder)/elsewhere/x.html", "\(folder)/site/a/..", "\(folder)/site", "\(folder)/site-2/a.html"] {
            #expect(throws: InputListError.self, "\(outside)") { try list.inputs(listedIn: outside) }
        }
    }

    @Test func aBaseURLResolvesEachRelativePathEncoded() throws {
        let addresses = try InputAddresses(baseURL: "https://example.org/docs/")
        func url(_ relative: String) -> String? {
            addresses.url(for: InputWalker.Input(path: "mirror/" + relative, relativePath: relative))
        }
        #expect(url("guide/index.html") == "https://example.org/docs/guide/index.html")
        #expect(url("a b/ü#1?.html") == "https://example.org/docs/a%20b/%C3%BC%231%3F.html")
        #expect(url("page.html.gz") == "https://example.org/docs/page.html", "served as the page, not the saved file")
        let page = try InputAddresses(baseURL: "https://example.org/story.html")
        #expect(page.url(for: InputWalker.Input(path: "story.html", relativePath: "story.html")) == "https://example.org/story.html")
        #expect(InputAddresses.none.url(for: InputWalker.Input(path: "a.html", relativePath: "a.html")) == nil)
    }
}
