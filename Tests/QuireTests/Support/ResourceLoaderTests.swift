import Foundation
@testable import Quire
import QuireDocument
import Testing

@Suite struct ResourceLoaderTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("quire-resources-\(UUID().uuidString)")
        for sub in ["article/images", "shared"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try Data(TestImages.png).write(to: folder.appendingPathComponent("article/images/red dot.png"))
        try Data(TestImages.gif).write(to: folder.appendingPathComponent("shared/logo.jpg"))
        try Data("not an image".utf8).write(to: folder.appendingPathComponent("article/images/fake.png"))
        try Data(Array("RIFF\u{20}\0\0\0WEBPVP8 broken".utf8)).write(to: folder.appendingPathComponent("article/images/new.webp"))
        try Data(TestImages.webp).write(to: folder.appendingPathComponent("article/images/lossless.webp"))
        try Data(TestImages.lossyWebP).write(to: folder.appendingPathComponent("article/images/photo.webp"))
        try Data(TestImages.avif).write(to: folder.appendingPathComponent("article/images/photo.avif"))
    }

    func image(_ source: String, _ alt: String) -> Inline { .image(Image(source: source, alternativeText: alt)) }

    func load(_ inlines: [Inline], cover: String? = nil, searchPaths: [String] = []) -> (Document, [ConversionWarning])
    {
        let document = Document(metadata: Metadata(coverImage: cover), blocks: [.paragraph(inlines)])
        let input = ReaderInput(bytes: [], name: folder.appendingPathComponent("article/page.json").path)
        var warnings: [ConversionWarning] = []
        let loaded = ResourceLoader(searchPaths: searchPaths).loadResources(
            of: document, readFrom: input, warnings: &warnings)
        return (loaded, warnings)
    }

    @Test func localImagesLoadRelativeToTheInputThenTheSearchPaths() {
        let (document, warnings) = load(
            [
                image("images/red%20dot.png", "red"), image("logo.jpg", "logo"),
                image("images/red dot.png?v=2", "again"),
            ],
            searchPaths: [folder.appendingPathComponent("shared").path])
        #expect(warnings.isEmpty)
        let expectedRed = folder.appendingPathComponent("article/images/red dot.png").path
        #expect(document.resources.map(\.url) == [expectedRed, folder.appendingPathComponent("shared/logo.jpg").path])
        #expect(document.resources.map(\.mediaType) == ["image/png", "image/gif"])
        #expect(document.resources[0].data == TestImages.png)
        // Sources now name the loaded file, so two inputs' `images/a.png` cannot be confused.
        guard case .paragraph(let inlines) = document.blocks[0] else { return }
        #expect(
            inlines.map { inline -> String in if case .image(let image) = inline { image.source } else { "" } }
                == [expectedRed, folder.appendingPathComponent("shared/logo.jpg").path, expectedRed])
    }

    @Test func dataURIsAreDecoded() {
        let base64 = Data(TestImages.png).base64EncodedString()
        let spaced = String(
            base64.enumerated().map { $0.offset % 10 == 9 ? "\($0.element) " : "\($0.element)" }.joined()
        )
        .replacingOccurrences(of: "=", with: "")
        let (document, warnings) = load([
            image("data:image/png;base64," + base64, "a"), image("data:image/gif;base64," + spaced, "b"),
            image("data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E", "c"),
        ])
        #expect(warnings.isEmpty)
        #expect(document.resources.map(\.mediaType) == ["image/png", "image/png", "image/svg+xml"])
        #expect(document.resources[1].data == TestImages.png, "white space and missing padding are forgiven")
    }

    @Test func imagesThatCannotBeLoadedBecomeTheirTextWithAWarning() {
        let (document, warnings) = load(
            [
                image("images/missing.png", "gone"), image("images/fake.png", "fake"), image("images/new.webp", "webp"),
                image("https://cdn.example/a.png", "remote a"), image("http://cdn.example/b.png", ""),
                image("data:image/png;base64,!!!", "broken data"),
            ], cover: "images/missing-cover.png")
        #expect(
            document.blocks == [
                .figure(
                    Figure(content: [
                        .paragraph(["gone", "fake", "webp", "remote a", "broken data"].map(missingImage))
                    ]))
            ], "a paragraph of nothing but missing images is a figure, not body text")
        #expect(document.resources.isEmpty)
        #expect(document.metadata.coverImage == nil)
        let file = folder.appendingPathComponent("article/page.json").path
        #expect(
            warnings.map(\.description) == [
                "\(file): warning: image 'images/missing.png' was not found in the document's folder or a resource folder; its text alternative is used instead",
                "\(file): warning: image 'images/fake.png' is not a JPEG, PNG, GIF or SVG image; its text alternative is used instead",
                "\(file): warning: image 'images/new.webp' is a WebP image that could not be decoded; its text alternative is used instead",
                "\(file): warning: image 'data:image/png;base64,!!!' is not a valid data: URI; its text alternative is used instead",
                "\(file): warning: cover image 'images/missing-cover.png' was not found in the document's folder or a resource folder; the book has no cover",
                "\(file): warning: 2 remote images were not fetched; their text alternatives are used instead",
            ])
    }

    @Test func resourcesAlreadyInTheTreeAreCheckedByTheirBytes() {
        var document = Document(
            blocks: [.paragraph([image("embedded.png", "e"), image("bad.png", "b")])],
            resources: [
                Resource(url: "embedded.png", data: TestImages.gif), Resource(url: "bad.png", data: [1, 2, 3]),
            ])
        var warnings: [ConversionWarning] = []
        document = ResourceLoader().loadResources(
            of: document, readFrom: ReaderInput(bytes: [], name: "<stdin>"), warnings: &warnings)
        #expect(document.resources == [Resource(url: "embedded.png", mediaType: "image/gif", data: TestImages.gif)])
        #expect(warnings.count == 1)
    }

    @Test func anExplicitCoverMustBeAnImage() throws {
        let cover = folder.appendingPathComponent("shared/logo.jpg").path
        let document = try ResourceLoader().addingCover(cover, to: Document())
        #expect(document.metadata.coverImage == "cover:" + cover)
        #expect(document.resources == [Resource(url: "cover:" + cover, mediaType: "image/gif", data: TestImages.gif)])
        #expect(throws: FileAccessError.self) {
            try ResourceLoader().addingCover(folder.appendingPathComponent("nope.png").path, to: Document())
        }
        let fake = folder.appendingPathComponent("article/images/fake.png").path
        #expect(throws: FileAccessError(path: fake, reason: "is not a JPEG, PNG, GIF or SVG image")) {
            try ResourceLoader().addingCover(fake, to: Document())
        }
    }

    /// libgd (libgd3, on the machine) turns the formats a book cannot carry into PNG or JPEG.
    @Test func webPAndAVIFImagesAreConvertedToPNGOrJPEG() {
        let (document, warnings) = load([
            image("images/lossless.webp", "lossless"), image("images/photo.webp", "photo"),
            image("images/photo.avif", "avif"),
        ])
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(document.resources.map(\.mediaType) == ["image/png", "image/jpeg", "image/jpeg"])
        #expect(document.resources.allSatisfy { MediaTypeSniffer.imageMediaType(of: $0.data ?? []) == $0.mediaType })
    }

    @Test func theSizeOfAJPEGPNGOrGIFIsReadFromItsHeader() {
        #expect(ImageConversion.declaredSize(of: TestImages.png).map { [$0.width, $0.height] } == [4, 4])
        #expect(ImageConversion.declaredSize(of: TestImages.jpeg).map { [$0.width, $0.height] } == [16, 8])
        #expect(ImageConversion.declaredSize(of: TestImages.jpegHead) == nil)
        #expect(ImageConversion.declaredSize(of: TestImages.gif).map { [$0.width, $0.height] } == [1, 1])
    }

    /// The header of a PNG of this size: all `CoverSuitability` reads.
    func pngHeader(_ width: UInt32, _ height: UInt32) -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + [width, height].flatMap { value in (0..<4).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) } }
    }

    @Test func aPagesPictureIsACoverUnlessItIsALogoAThumbnailOrABanner() {
        let photo = pngHeader(1200, 630)
        #expect(CoverSuitability.problem(source: "https://example.org/2024/05/harbour.jpg", data: photo) == nil)
        #expect(CoverSuitability.problem(source: "/sites/default/files/harbour.png?itok=x", data: photo) == nil)
        #expect(CoverSuitability.problem(source: "portrait.png", data: pngHeader(600, 900)) == nil)
        #expect(
            CoverSuitability.problem(source: "/static/site-logo@2x.png", data: photo)
                == "is named as the site's logo, not the article's picture")
        #expect(CoverSuitability.problem(source: "/img/og-default.jpg", data: photo) != nil)
        #expect(CoverSuitability.problem(source: "/img/brandlogo.png", data: photo) != nil)
        for word in ["catalogo-2024.jpg", "il-prologo.png", "dialogo.jpg"] {
            #expect(CoverSuitability.problem(source: "/img/" + word, data: photo) == nil, "\(word)")
        }
        #expect(
            CoverSuitability.problem(source: "thumb.png", data: pngHeader(200, 200))
                == "is 200×200 pixels, too small for a cover")
        #expect(
            CoverSuitability.problem(source: "strip.png", data: pngHeader(1600, 400))
                == "is a banner (1600×400 pixels), too wide for a cover")
    }

    @Test func onlyAPageChosenCoverIsJudged() {
        let document = Document(metadata: Metadata(coverImage: "images/red dot.png"), blocks: [])
        let input = ReaderInput(bytes: [], name: folder.appendingPathComponent("article/page.html").path)
        var warnings: [ConversionWarning] = []
        let judged = ResourceLoader().loadResources(of: document, readFrom: input, judgesTheCover: true, warnings: &warnings)
        #expect(judged.metadata.coverImage == nil)
        #expect(judged.resources.isEmpty)
        let trusted = ResourceLoader().loadResources(of: document, readFrom: input, warnings: &warnings)
        #expect(trusted.metadata.coverImage == folder.appendingPathComponent("article/images/red dot.png").path)
        #expect(trusted.resources.count == 1)
        #expect(warnings.isEmpty)
    }

    /// The placeholder a missing image leaves: its text alternative, styled.
    func missingImage(_ text: String) -> Inline {
        .span(Span(classes: [ResourceLoader.missingImageClass], content: [.text(text)]))
    }

    @Test func aMissingImageInAFigureStaysThereAndDoesNotRepeatTheCaption() {
        let blocks: [Block] = [
            .figure(Figure(content: [.paragraph([missingImage("A boat")])], caption: [.text("A boat")])),
            .figure(Figure(content: [.paragraph([missingImage("A mill")])], caption: [.text("The mill in 1964.")])),
            .paragraph([.text("Text and "), missingImage("an icon"), .text(" stay a paragraph.")]),
            .blockQuote([.paragraph([missingImage("Quoted"), .softBreak])]),
        ]
        #expect(
            ResourceLoader.placingMissingImagesInFigures(blocks) == [
                .figure(Figure(content: [], caption: [.text("A boat")])),
                blocks[1], blocks[2],
                .blockQuote([.figure(Figure(content: [.paragraph([missingImage("Quoted"), .softBreak])]))]),
            ])
    }
}
