import Foundation
import Testing

/// URL inputs against a local server (Tests/http-server.py on 127.0.0.1 only, so every run
/// allows private addresses).
@Suite(.serialized) final class URLInputTests {
    let server: LocalHTTPServer
    let base: String

    init() throws {
        server = try LocalHTTPServer()
        base = server.base
    }

    /// quire with `--allow-private-addresses`, which the loopback server needs.
    func quire(_ arguments: [String], in directory: URL? = nil) throws -> QuireRun {
        try QuireProcess.run(arguments + ["--allow-private-addresses"], in: directory)
    }

    func json(_ run: QuireRun) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: run.outputBytes) as? [String: Any] ?? [:]
    }

    @Test func readsAPageWithTheCharsetFromTheHeader() throws {
        let run = try quire(["convert", "\(base)/article.html", "-t", "json", "--compact"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("“Quoted” words – été."))
        let metadata = try json(run)["metadata"] as? [String: Any]
        #expect(metadata?["source_url"] as? String == "\(base)/article.html")
        #expect(run.standardOutput.contains("\"url\":\"\(base)/other.html\""))
    }

    @Test func followsRedirectsAndResolvesAgainstTheFinalURL() throws {
        let run = try quire(["convert", "\(base)/redirect/3", "-t", "json", "--compact"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect((try json(run)["metadata"] as? [String: Any])?["source_url"] as? String == "\(base)/dir/page")
        #expect(run.standardOutput.contains("\"url\":\"\(base)/dir/other.html\""))
    }

    @Test func anUnknownCharsetIsReportedAndTheBytesStillRead() throws {
        let run = try quire(["convert", "\(base)/wrong-charset", "-t", "json", "--compact"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("Déjà vu"))
        #expect(run.standardError.contains("unknown character set \"no-such-charset\""), "\(run.standardError)")
    }

    @Test func aRefusedConnectionIsAFailure() throws {
        let run = try quire(["convert", "http://127.0.0.1:1/page", "-t", "json"])
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("quire: http://127.0.0.1:1/page: "))
        #expect(run.standardError.split(separator: "\n").count == 1)
    }

    @Test func picksTheReaderFromTheMediaType() throws {
        let run = try quire(["convert", "\(base)/notes.md", "-t", "json", "--compact"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("\"type\":\"emphasis\""))
    }

    @Test(arguments: [
        (["/loop"], "more than 10 redirects"),
        (["/missing"], "HTTP 404"),
        (["/slow", "--timeout", "1"], "timed out"),
        (["/big", "--max-size", "1"], "larger than 1048576 bytes"),
    ])
    func failuresAreOneLineAndLeaveNoFile(arguments: [String], reason: String) throws {
        let scratch = try ScratchDirectory()
        let run = try quire(
            ["convert", base + arguments[0], "-o", scratch.url.appendingPathComponent("out.json").path] + arguments.dropFirst())
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("quire: \(base)\(arguments[0]): "), "\(run.standardError)")
        #expect(run.standardError.contains(reason), "\(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count == 1)
        #expect(scratch.fileNames.isEmpty)
    }

    @Test func aBatchOfURLsNamesOutputsAfterThem() throws {
        let scratch = try ScratchDirectory()
        let list = "# reading list\n\(base)/article.html\n\(base)/notes.md\n\(base)/missing\n\n\(base)/article.html?again\n"
        try Data(list.utf8).write(to: scratch.url.appendingPathComponent("urls.txt"))
        let run = try quire(["batch", "--urls", "urls.txt", "-t", "markdown", "-o", "out", "-j", "2"], in: scratch.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("3 converted, 0 skipped, 1 failed"), "\(run.standardError)")
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.url.appendingPathComponent("out").path).sorted()
        #expect(names == [".quire-manifest", "127-0-0-1-\(base.split(separator: ":").last ?? "")-article-2.md", "127-0-0-1-\(base.split(separator: ":").last ?? "")-article.md", "127-0-0-1-\(base.split(separator: ":").last ?? "")-notes.md"])
    }

    // MARK: Hostile pages (issue 13, items 2 and 3)

    /// The names of the files in an EPUB, via `unzip -Z1`.
    func entries(of archive: URL) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["unzip", "-Z1", archive.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "unzip could not list \(archive.path) (is unzip installed?)")
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// A real PNG at a known absolute path, which each hostile page names: one that quire
    /// would embed if it read it. quire runs one folder down, with the PNG's folder as
    /// `--resource-path`, so `../secret.png` and `secret.png` would find it too.
    @Test(arguments: [
        ("img.html", ["image 'file://SECRET' is a file: URL, which quire does not read"]),
        ("srcset.html", ["image 'file://SECRET' is a file: URL, which quire does not read"]),
        ("picture.html", ["image 'file://SECRET' is a file: URL, which quire does not read"]),
        ("base.html", [
            "image 'file://SECRET' is a file: URL, which quire does not read",
            "1 link to a javascript:, vbscript:, data: or file: URL kept its text and lost its target",
        ]),
        ("jsonld.html", ["cover image 'file://SECRET' is a file: URL, which quire does not read; it is left out"]),
        ("notes.md", [
            "image 'file://SECRET' is a file: URL, which quire does not read",
            "3 remote images could not be included",
        ]),
        ("doc.json", [
            "image 'file://SECRET' is a file: URL, which quire does not read",
            "2 remote images could not be included",
        ]),
    ])
    func aFetchedDocumentPutsNoLocalFileInTheBook(route: String, expected: [String]) throws {
        let scratch = try ScratchDirectory()
        let secret = scratch.url.appendingPathComponent("secret.png")
        try Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR42mP4z8AARwzEcQCukw/xOF6MEQAAAABJRU5ErkJggg==")!
            .write(to: secret)
        let sub = scratch.url.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let book = scratch.url.appendingPathComponent("book.epub")
        for path in [secret.path, "/etc/hostname"] {
            let run = try quire(
                ["convert", "\(base)/local/\(route)?path=\(path)", "--resource-path", scratch.url.path, "-o", book.path],
                in: sub)
            #expect(run.status == 0, "\(run.standardError)")
            let names = try entries(of: book)
            #expect(names.contains("EPUB/content.opf"))
            // The one picture allowed is the cover drawn from the title (a read file would be PNG or text).
            #expect(!names.contains { $0.hasPrefix("EPUB/images/") && $0 != "EPUB/images/cover.svg" }, "\(route): \(names)")
            for message in expected {
                #expect(run.standardError.contains(message.replacing("SECRET", with: path)), "\(run.standardError)")
            }
        }
    }

    @Test func anSVGImageWithAScriptIsRefused() throws {
        let scratch = try ScratchDirectory()
        let book = scratch.url.appendingPathComponent("book.epub")
        let run = try quire(["convert", "\(base)/svg-script.html", "-o", book.path, "--no-cover"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(!(try entries(of: book)).contains { $0.hasPrefix("EPUB/images/") })
        #expect(
            run.standardError.contains(
                "is an SVG image with a <script> element, which quire does not embed; its text alternative is used instead"),
            "\(run.standardError)")
    }

    @Test(arguments: ["html", "markdown", "text", "json"])
    func scriptAndFileLinksLeaveNoTrace(format: String) throws {
        let run = try quire(["convert", "\(base)/links.html", "-t", format])
        #expect(run.status == 0, "\(run.standardError)")
        for scheme in ["javascript:", "vbscript:", "data:", "file:"] {
            #expect(!run.standardOutput.lowercased().contains(scheme), "\(run.standardOutput)")
        }
        for word in ["one", "two", "three", "four", "five"] { #expect(run.standardOutput.contains(word)) }
        #expect(run.standardOutput.contains("\(base)/safe.html"))
    }
}
