import Foundation
import Testing

/// `quire convert` to EPUB and HTML: reproducible books, images beside the input, covers,
/// anthologies, and the options that shape them.
@Suite struct BookCommandTests {
    let tree = #"""
        {"format":"quire-document","version":1,"metadata":{"title":"Mill","language":"en"},"blocks":[
          {"type":"heading","level":1,"content":[{"type":"text","text":"Wheel"}]},
          {"type":"paragraph","content":[{"type":"image","source":"pics/dot.gif","alt":"a dot"},
            {"type":"image","source":"gone.png","alt":"gone"},{"type":"image","source":"shared.gif","alt":"shared"}]},
          {"type":"heading","level":1,"content":[{"type":"text","text":"Race"}]},
          {"type":"heading","level":2,"content":[{"type":"text","text":"Sluice"}]}]}
        """#
    let gif = Data(base64Encoded: "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")!

    /// One file of a zip archive, via `unzip -p`.
    func entry(_ name: String, of archive: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["unzip", "-p", archive.path, name]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "unzip could not read \(name) (is unzip installed?)")
        return String(decoding: data, as: UTF8.self)
    }

    func scratchWithImages() throws -> (ScratchDirectory, URL) {
        let scratch = try ScratchDirectory()
        for folder in ["book/pics", "library"] {
            try FileManager.default.createDirectory(
                at: scratch.url.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try gif.write(to: scratch.url.appendingPathComponent("book/pics/dot.gif"))
        try gif.write(to: scratch.url.appendingPathComponent("library/shared.gif"))
        let input = scratch.url.appendingPathComponent("book/mill.json")
        try Data(tree.utf8).write(to: input)
        return (scratch, input)
    }

    @Test func sourceDateEpochMakesBooksByteIdenticalInAnyTimeZone() throws {
        let (scratch, input) = try scratchWithImages()
        var books: [Data] = []
        for (index, zone) in ["UTC", "Asia/Tokyo", "America/New_York"].enumerated() {
            let output = scratch.url.appendingPathComponent("mill-\(index).epub")
            let run = try QuireProcess.run(
                ["convert", input.path, "-o", output.path],
                environment: ["SOURCE_DATE_EPOCH": "1700000000", "TZ": zone])
            #expect(run.status == 0, "\(run.standardError)")
            books.append(try Data(contentsOf: output))
        }
        #expect(books[0] == books[1] && books[1] == books[2])
        #expect(
            try entry("EPUB/content.opf", of: scratch.url.appendingPathComponent("mill-0.epub"))
                .contains("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>"))

        let now = scratch.url.appendingPathComponent("now.epub")
        #expect(
            try QuireProcess.run(["convert", input.path, "-o", now.path], environment: ["SOURCE_DATE_EPOCH": nil])
                .status == 0)
        #expect(!(try entry("EPUB/content.opf", of: now).contains("2023-11-14T22:13:20Z")))

        let bad = try QuireProcess.run(
            ["convert", input.path, "-o", now.path], environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(bad.status == 2)
        #expect(
            bad.standardError
                == "quire: SOURCE_DATE_EPOCH: must be a number of seconds since 1970 (at most 253402300799), got 'yesterday'\n")
    }

    @Test func imagesComeFromBesideTheInputAndTheResourcePathAndACoverCanBeAdded() throws {
        let (scratch, input) = try scratchWithImages()
        let output = scratch.url.appendingPathComponent("mill.epub")
        let run = try QuireProcess.run([
            "convert", input.path, "-o", output.path, "--resource-path",
            scratch.url.appendingPathComponent("library").path,
            "--cover", scratch.url.appendingPathComponent("book/pics/dot.gif").path, "--toc-depth", "1",
        ])
        #expect(run.status == 0)
        #expect(
            run.standardError
                == "quire: \(input.path): warning: image 'gone.png' was not found in the document's folder or a resource folder; its text alternative is used instead\n"
        )
        let chapter = try entry("EPUB/chapter-001.xhtml", of: output)
        #expect(
            chapter.contains(
                "<p><img src=\"images/image-1.gif\" alt=\"a dot\"/><span class=\"image-missing\">gone</span><img src=\"images/image-2.gif\" alt=\"shared\"/></p>"
            ))
        #expect(try entry("EPUB/content.opf", of: output).contains("properties=\"cover-image\""))
        #expect(try entry("EPUB/cover.xhtml", of: output).contains("<img src=\"images/cover.gif\""))
        let nav = try entry("EPUB/nav.xhtml", of: output)
        #expect(nav.contains("Race") && !nav.contains("Sluice"), "--toc-depth 1")

        let missingCover = try QuireProcess.run(
            ["convert", input.path, "-o", output.path, "--cover", "absent.jpg"], in: scratch.url)
        #expect(missingCover.status == 1)
        #expect(missingCover.standardError.hasSuffix("quire: absent.jpg: no such file or directory\n"))

        let uncovered = try QuireProcess.run(["convert", input.path, "-o", output.path, "--no-cover"])
        #expect(uncovered.status == 0)
        #expect(!(try entry("EPUB/content.opf", of: output).contains("cover")))
        let both = try QuireProcess.run(["convert", input.path, "-o", "both.epub", "--no-cover", "--cover", "c.gif"], in: scratch.url)
        #expect(both.status == 2 && both.standardError.contains("--cover: cannot be used with --no-cover"))
    }

    @Test func severalInputsMakeAnAnthology() throws {
        let (scratch, input) = try scratchWithImages()
        let other = try scratch.write(
            "tides.json",
            #"{"format":"quire-document","version":1,"metadata":{"title":"Tides","authors":["Bo"]},"blocks":[{"type":"paragraph","content":[{"type":"text","text":"Ebb."}]}]}"#
        )
        let output = scratch.url.appendingPathComponent("book.epub")
        let run = try QuireProcess.run([
            "convert", input.path, other.path, "-o", output.path, "-M", "title=Shoreline", "--chapter-level", "1",
        ])
        #expect(run.status == 0)
        let opf = try entry("EPUB/content.opf", of: output)
        #expect(
            opf.contains("<dc:title id=\"title\">Shoreline</dc:title>")
                && opf.contains("<dc:creator id=\"creator-1\">Bo</dc:creator>"))
        let nav = try entry("EPUB/nav.xhtml", of: output)
        #expect(
            nav.contains(
                "<li><a href=\"chapter-001.xhtml#part-1\">Mill</a>\n<ol>\n<li><a href=\"chapter-001.xhtml#wheel\">Wheel</a></li>"
            ))
        #expect(nav.contains("<li><a href=\"chapter-002.xhtml#part-2\">Tides</a></li>"))
    }

    @Test func htmlPagesAndFragmentsWithAnotherStylesheet() throws {
        let (scratch, input) = try scratchWithImages()
        let css = try scratch.write("plain.css", "body { color: navy }")
        let output = scratch.url.appendingPathComponent("mill.html")
        #expect(try QuireProcess.run(["convert", input.path, "-o", output.path, "--css", css.path]).status == 0)
        let page = try String(contentsOf: output, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<style>\nbody { color: navy }\n</style>"))
        #expect(page.contains("<img src=\"pics/dot.gif\" alt=\"a dot\">"), "a web page keeps its image references")

        let linked = try QuireProcess.run([
            "convert", input.path, "-t", "html", "--css", "https://css.example/site.css",
        ])
        #expect(linked.standardOutput.contains("<link rel=\"stylesheet\" href=\"https://css.example/site.css\">"))
        let fragment = try QuireProcess.run(["convert", input.path, "-t", "html", "--fragment"])
        #expect(fragment.standardOutput.hasPrefix("<h1 id=\"wheel\">Wheel</h1>\n"))

        let remoteBookStyle = try QuireProcess.run(
            ["convert", input.path, "-o", "x.epub", "--css", "https://css.example/a.css"], in: scratch.url)
        #expect(remoteBookStyle.status == 2)
        #expect(remoteBookStyle.standardError == "quire: --css: epub output needs a local file, not a URL\n")
    }

    @Test func outOfRangeBookOptionsAreUsageErrors() throws {
        let (scratch, input) = try scratchWithImages()
        for (option, value, message) in [
            ("--toc-depth", "0", "--toc-depth: must be between 1 and 6, got 0"),
            ("--chapter-level", "7", "--chapter-level: must be between 0 and 6, got 7"),
        ] {
            let run = try QuireProcess.run(["convert", input.path, "-o", "x.epub", option, value], in: scratch.url)
            #expect(run.status == 2)
            #expect(run.standardError == "quire: \(message)\n")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("x.epub").path))
    }

    /// Issue 13, items 2 and 3: a local document reads images from its own folder only, and no
    /// SVG with a script.
    @Test func aLocalDocumentReadsOnlySafeImagesFromItsOwnFolder() throws {
        let scratch = try ScratchDirectory()
        let folder = scratch.url.appendingPathComponent("book")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try gif.write(to: scratch.url.appendingPathComponent("secret.gif"))
        try gif.write(to: folder.appendingPathComponent("dot.gif"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.gif").path, withDestinationPath: "../secret.gif")
        #expect(mkfifo(folder.appendingPathComponent("pipe.gif").path, 0o600) == 0)
        _ = try scratch.write(
            "book/evil.svg", #"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#)
        let secret = scratch.url.appendingPathComponent("secret.gif").path
        let input = try scratch.write(
            "book/notes.md",
            "# Notes\n\n![dot](dot.gif) ![abs](\(secret)) ![up](../secret.gif) ![link](link.gif) ![pipe](pipe.gif) "
                + "![zero](file:///dev/zero) ![evil](evil.svg)\n")
        let output = scratch.url.appendingPathComponent("notes.epub")
        let run = try QuireProcess.run(["convert", input.path, "-o", output.path, "--no-cover"])
        #expect(run.status == 0, "\(run.standardError)")
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        unzip.arguments = ["unzip", "-Z1", output.path]
        let pipe = Pipe()
        unzip.standardOutput = pipe
        try unzip.run()
        let listing = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        #expect(listing.split(separator: "\n").filter { $0.hasPrefix("EPUB/images/") } == ["EPUB/images/image-1.gif"])
        let warnings = run.standardError.split(separator: "\n").map { String($0.dropFirst("quire: \(input.path): warning: ".count)) }
        #expect(
            warnings == [
                "image 'file:///dev/zero' is a file: URL, which quire does not read; its text alternative is used instead",
                "image '\(secret)' is an absolute path, which quire does not read; give it relative to the document; its text alternative is used instead",
                "image '../secret.gif' leads out of the document's folder (..), which quire does not read; its text alternative is used instead",
                "image 'link.gif' was not found in the document's folder or a resource folder; its text alternative is used instead",
                "image 'pipe.gif' is not a regular file; its text alternative is used instead",
                "image 'evil.svg' is an SVG image with a <script> element, which quire does not embed; its text alternative is used instead",
            ])
    }

    /// `--cover` may name any file, but a FIFO, standard input or a device is refused at once
    /// (opening a FIFO used to wait for a writer forever, `/dev/zero` to fill the memory).
    @Test func aCoverThatIsNoRegularFileIsRefusedAtOnce() throws {
        let scratch = try ScratchDirectory()
        let input = try scratch.write("notes.md", "# Notes\n")
        let fifo = scratch.url.appendingPathComponent("cover.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for cover in [fifo, "/dev/stdin", "/dev/zero"] {
            let run = try QuireProcess.run(
                ["convert", input.path, "-o", scratch.url.appendingPathComponent("notes.epub").path, "--cover", cover])
            #expect(run.status == 1)
            #expect(run.standardError == "quire: \(cover): is not a regular file\n")
        }
        #expect(!scratch.fileNames.contains("notes.epub"))
    }
}
