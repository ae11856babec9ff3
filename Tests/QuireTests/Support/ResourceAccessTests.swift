import Foundation
import Glibc
import Quire
import QuireDocument
import Testing

/// What the resource loader may read (issue 13, item 2): a local document reads regular files
/// under its own folder and the resource folders only, a fetched one reads no local file.
@Suite struct ResourceAccessTests {
    let folder: URL
    var article: String { folder.appendingPathComponent("article").path }
    var shared: String { folder.appendingPathComponent("shared").path }
    var outside: String { folder.appendingPathComponent("outside").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("quire-access-\(UUID().uuidString)")
        for sub in ["article/images", "shared", "outside"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try Data(TestImages.png).write(to: folder.appendingPathComponent("article/images/dot.png"))
        try Data(TestImages.gif).write(to: folder.appendingPathComponent("shared/logo.gif"))
        try Data(TestImages.gif).write(to: folder.appendingPathComponent("outside/secret.gif"))
        let links = [
            // Out of the folder: to a file, to a folder, to nothing, to a device.
            ("article/images/escape.gif", "../../outside/secret.gif"),
            ("article/elsewhere", "../outside"),
            ("article/images/dangling.gif", "../../outside/none.gif"),
            ("article/images/zero.png", "/dev/zero"),
            // Inside it.
            ("article/images/alias.png", "dot.png"),
        ]
        for (link, target) in links {
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent(link).path, withDestinationPath: target)
        }
    }

    func image(_ source: String) -> Inline { .image(Image(source: source, alternativeText: "alt")) }

    func load(
        _ sources: [String], cover: String? = nil, name: String? = nil, searchPaths: [String] = [],
        resources: [Resource] = []
    ) -> (document: Document, warnings: [String]) {
        let document = Document(
            metadata: Metadata(coverImage: cover), blocks: [.paragraph(sources.map(image))], resources: resources)
        let input = ReaderInput(bytes: [], name: name ?? article + "/page.md")
        var warnings: [ConversionWarning] = []
        let loaded = ResourceLoader(searchPaths: searchPaths).loadResources(
            of: document, readFrom: input, warnings: &warnings)
        return (loaded, warnings.map(\.message))
    }

    /// The loader's wording, with a long source cut as it cuts it.
    func warning(_ source: String, _ reason: String) -> String {
        let shown = source.count > 80 ? source.prefix(77) + "..." : source
        return "image '\(shown)' \(reason); its text alternative is used instead"
    }

    @Test func filesInTheFolderAndTheResourceFoldersStillLoad() {
        let (document, warnings) = load(
            ["images/dot.png", "images/alias.png", "logo.gif", "./images/dot.png"], searchPaths: [shared])
        #expect(warnings.isEmpty)
        #expect(document.resources.map(\.data) == [TestImages.png, TestImages.png, TestImages.gif, TestImages.png])
    }

    @Test func absolutePathsParentSegmentsAndFileURLsAreRefusedWhateverTheyName() {
        let existing = article + "/images/dot.png"
        let sources = [
            existing, "/etc/hostname", "../shared/logo.gif", "images/../../shared/logo.gif", "%2e%2e/shared/logo.gif",
            "file://" + existing, "FILE:///etc/hostname",
        ]
        // Even a resource folder that holds the file does not make `..` acceptable.
        let (document, warnings) = load(sources, searchPaths: [shared])
        #expect(document.resources.isEmpty)
        let placeholder = Inline.span(Span(classes: [ResourceLoader.missingImageClass], content: [.text("alt")]))
        #expect(document.blocks == [.figure(Figure(content: [.paragraph(Array(repeating: placeholder, count: sources.count))]))])
        let absolute = "is an absolute path, which quire does not read; give it relative to the document"
        let parent = "leads out of the document's folder (..), which quire does not read"
        let fileURL = "is a file: URL, which quire does not read"
        #expect(
            warnings == [
                warning(existing, absolute), warning("/etc/hostname", absolute), warning("../shared/logo.gif", parent),
                warning("images/../../shared/logo.gif", parent), warning("%2e%2e/shared/logo.gif", parent),
                warning("file://" + existing, fileURL), warning("FILE:///etc/hostname", fileURL),
            ])
    }

    @Test func aFileOutsideTheFoldersGetsTheSameWarningAsOneThatIsNotThere() {
        let refused = ["images/escape.gif", "elsewhere/secret.gif", "images/zero.png"]
        let missing = ["images/none.png", "images/dangling.gif", "elsewhere/none.gif"]
        let (document, warnings) = load(refused + missing, cover: "elsewhere/./secret.gif")
        #expect(document.resources.isEmpty)
        #expect(document.metadata.coverImage == nil)
        let reason = "was not found in the document's folder or a resource folder"
        #expect(warnings.count == 7)
        #expect(Array(warnings.prefix(6)) == (refused + missing).map { warning($0, reason) })
        #expect(warnings.last == "cover image 'elsewhere/./secret.gif' \(reason); the book has no cover")
    }

    @Test func devicesAndFIFOsAreRefusedWithoutReading() throws {
        let fifo = article + "/images/pipe.png"
        #expect(mkfifo(fifo, 0o600) == 0)
        // /dev/zero in a resource folder: inside the folder, but no regular file.
        let (document, warnings) = load(["images/pipe.png", "zero", "null", "images"], searchPaths: ["/dev"])
        #expect(document.resources.isEmpty)
        #expect(
            warnings == [
                warning("images/pipe.png", "is not a regular file"), warning("zero", "is not a regular file"),
                warning("null", "is not a regular file"), warning("images", "is a directory"),
            ])
        for path in [fifo, "/dev/zero", "/dev/null"] {
            #expect(throws: FileAccessError(path: path, reason: "is not a regular file")) {
                try FileAccess.readRegularFile(path, limit: 1 << 20)
            }
        }
    }

    @Test func oversizedFilesAreRefused() throws {
        let big = article + "/images/big.png"
        try Data(TestImages.png).write(to: URL(fileURLWithPath: big))
        #expect(truncate(big, off_t(ResourceLoader.maximumImageSize + 1)) == 0)
        let (document, warnings) = load(["images/big.png"])
        #expect(document.resources.isEmpty)
        #expect(warnings == [warning("images/big.png", "is larger than 32 MB")])
        #expect(throws: FileAccessError(path: big, reason: "is larger than 100 bytes")) {
            try FileAccess.readRegularFile(big, limit: 100)
        }
        let exact = article + "/images/exact.png"
        try Data(TestImages.png).write(to: URL(fileURLWithPath: exact))
        #expect(try FileAccess.readRegularFile(exact, limit: TestImages.png.count) == TestImages.png)
    }

    @Test func aFetchedDocumentReadsNoLocalFile() throws {
        // Paths that exist from the working folder, the resource folder and the file system's root.
        let cwd = FileManager.default.currentDirectoryPath
        let sources = [
            "/etc/hostname", "../x.png", "images/dot.png", article + "/images/dot.png", "logo.gif", "Package.swift",
            cwd + "/Package.swift",
        ]
        let (document, warnings) = load(
            sources + ["file://" + article + "/images/dot.png"], cover: "logo.gif", name: "http://example.com/notes.md",
            searchPaths: [shared, cwd])
        #expect(document.resources.isEmpty)
        #expect(document.metadata.coverImage == nil)
        #expect(
            warnings == [
                warning("file://" + article + "/images/dot.png", "is a file: URL, which quire does not read"),
                "7 remote images were not fetched; their text alternatives are used instead",
            ])
    }

    @Test func dataURIsAndEmbeddedResourcesStillLoadInAFetchedDocument() {
        let uri = "data:image/png;base64," + Data(TestImages.png).base64EncodedString()
        let (document, warnings) = load(
            [uri, "embedded.gif"], name: "https://example.com/page.json",
            resources: [Resource(url: "embedded.gif", data: TestImages.gif)])
        #expect(warnings.isEmpty)
        #expect(document.resources.map(\.data) == [TestImages.png, TestImages.gif])
    }

    @Test func anExplicitCoverMayBeAnywhereButMustBeARegularFileWithinTheCap() throws {
        let outsideCover = outside + "/secret.gif"
        #expect(try ResourceLoader().addingCover(outsideCover, to: Document()).resources.map(\.data) == [TestImages.gif])
        let fifo = folder.appendingPathComponent("cover-pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for path in [fifo, "/dev/zero", "/dev/null"] {
            #expect(throws: FileAccessError(path: path, reason: "is not a regular file")) {
                try ResourceLoader().addingCover(path, to: Document())
            }
        }
        let big = folder.appendingPathComponent("big.gif").path
        try Data(TestImages.gif).write(to: URL(fileURLWithPath: big))
        #expect(truncate(big, off_t(ResourceLoader.maximumImageSize + 1)) == 0)
        #expect(throws: FileAccessError(path: big, reason: "is larger than 32 MB")) {
            try ResourceLoader().addingCover(big, to: Document())
        }
    }
}
