import Foundation
import Testing

/// libzip and libxml2 are loaded when first needed (EPUB output, HTML input). When the library
/// found cannot serve, the conversion fails with one line naming it, and leaves no output.
@Suite struct LazyLibraryTests {
    /// A folder holding an empty shared library under `name`, which `LD_LIBRARY_PATH` makes the
    /// dynamic loader find before the real one.
    func folderWithUnusableLibrary(named names: [String]) throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        let source = scratch.url.appendingPathComponent("empty.c")
        try "int quire_not_the_library;\n".write(to: source, atomically: true, encoding: .utf8)
        for name in names {
            let compiler = Process()
            compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            compiler.arguments = ["cc", "-shared", "-fPIC", "-o", scratch.url.appendingPathComponent(name).path, source.path]
            try compiler.run()
            compiler.waitUntilExit()
            #expect(compiler.terminationStatus == 0, "cc could not build \(name)")
        }
        return scratch
    }

    @Test func anUnusableLibzipFailsTheBookInOneLineAndLeavesNoFile() throws {
        let scratch = try folderWithUnusableLibrary(named: ["libzip.so.4"])
        try "# Title\n\nText.\n".write(to: scratch.url.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let run = try QuireProcess.run(
            ["convert", "a.md", "-o", "a.epub"], in: scratch.url, environment: ["LD_LIBRARY_PATH": scratch.url.path])
        #expect(run.status == 1)
        #expect(run.standardError == "quire: a.epub: could not build the zip archive: the libzip found (libzip.so.4) lacks functions quire needs\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
        #expect(!left.contains { $0.hasPrefix("a.epub") || $0.contains(".quire-tmp-") })

        // Other formats never load libzip.
        let text = try QuireProcess.run(
            ["convert", "a.md", "-t", "text"], in: scratch.url, environment: ["LD_LIBRARY_PATH": scratch.url.path])
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("Text."))
    }

    @Test func anUnusableLibxml2FailsHTMLInOneLineButNotMarkdown() throws {
        let scratch = try folderWithUnusableLibrary(named: ["libxml2.so.2"])
        try "<p>Hello</p>".write(to: scratch.url.appendingPathComponent("p.html"), atomically: true, encoding: .utf8)
        try "# Title\n\nText.\n".write(to: scratch.url.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let environment = ["LD_LIBRARY_PATH": scratch.url.path]
        let html = try QuireProcess.run(["convert", "p.html", "-o", "p.txt"], in: scratch.url, environment: environment)
        #expect(html.status == 1)
        #expect(html.standardError == "quire: p.html: the libxml2 found (libxml2.so.2) lacks functions quire needs\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("p.txt").path))

        let markdown = try QuireProcess.run(["convert", "a.md", "-t", "json"], in: scratch.url, environment: environment)
        #expect(markdown.status == 0)
        #expect(markdown.standardOutput.contains("\"Text.\""))
    }
}
