import Foundation
import Quire
import QuireDocument
import Testing

/// SVG that could run scripts or load other files is refused (issue 13, item 3).
@Suite struct SVGSafetyTests {
    static let wrapper = #"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">"#

    static func svg(_ body: String) -> [UInt8] { Array((wrapper + body + "</svg>").utf8) }

    @Test(arguments: [
        #"<script>alert(1)</script>"#,
        #"<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>"#,
        #"<SCRIPT/>"#,
        #"<rect onload="alert(1)"/>"#,
        #"<rect ONCLICK='alert(1)'/>"#,
        #"<g><rect width="1" onmouseover=alert(1) /></g>"#,
        #"<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>"#,
        #"<handler type="application/ecmascript">alert(1)</handler>"#,
        #"<image href="https://example.com/a.png"/>"#,
        #"<image xlink:href="file:///etc/hostname"/>"#,
        #"<image xlink:href="/etc/hostname"/>"#,
        #"<use href="other.svg#shape"/>"#,
        #"<a xlink:href="javascript:alert(1)"><text>x</text></a>"#,
        #"<a href="&#106;avascript:alert(1)"><text>x</text></a>"#,
        #"<image href="data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%2F%3E"/>"#,
        #"<rect fill="url(https://example.com/p.svg#g)"/>"#,
        #"<rect style="fill: url( 'file:///etc/x' )"/>"#,
        #"<rect style="fill: &#117;rl(http://x/)"/>"#,
        #"<style>rect { fill: url(http://example.com/x.svg#p) }</style>"#,
        #"<style>@import "http://example.com/a.css";</style>"#,
        #"<style><![CDATA[rect { background: u]]>rl(http://x/) }</style>"#,
        #"<style>rect { background: ur<!-- -->l(http://x/) }</style>"#,
        #"<style>rect { background: \75rl(http://x/) }</style>"#,
        #"<set attributeName="xlink:href" to="javascript:alert(1)"/>"#,
        #"<animate attributeName="onbegin" values="alert(1)"/>"#,
        #"<text>&custom;</text><rect fill="&custom;"/>"#,
        #"<rect fill="red"/><!-- unclosed"#,
        #"<rect fill="red/>"#,
    ])
    func refused(body: String) {
        #expect(SVGSafety.problem(in: Self.svg(body)) != nil, "\(body)")
    }

    @Test func declarationsThatCouldHideAScriptAreRefused() {
        let entities = #"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY s "&#60;script&#62;alert(1)&#60;/script&#62;">]>"#
        #expect(SVGSafety.problem(in: Array((entities + Self.wrapper + "&s;</svg>").utf8)) == "a DOCTYPE with entity declarations")
        let stylesheet = #"<?xml-stylesheet href="http://example.com/a.css"?>"#
        #expect(SVGSafety.problem(in: Array((stylesheet + Self.wrapper + "</svg>").utf8)) != nil)
    }

    @Test(arguments: [
        #"<rect width="8" height="8" fill="teal"/>"#,
        #"<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect fill="url(#g)" style="fill:url( '#g' )"/>"#,
        ##"<use xlink:href="#shape"/><a href="#top"><text>Top &amp; bottom &#169; &lt;3</text></a>"##,
        #"<image href="data:image/png;base64,iVBORw0KGgo="/>"#,
        #"<style>rect { fill: teal; stroke: url(#g) } /* a comment */</style><style><![CDATA[ text { font-family: "Open Sans" } ]]></style>"#,
        #"<text x="1" y="2">if a < b, opacity 1</text>"#,
        #"<animate attributeName="opacity" from="0" to="1" dur="1s"/>"#,
    ])
    func accepted(body: String) {
        #expect(SVGSafety.problem(in: Self.svg(body)) == nil, "\(body)")
    }

    @Test func commonPreamblesAreAccepted() {
        let preamble = """
            \u{FEFF}<?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!-- Created with a drawing program -->
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            """
        #expect(SVGSafety.problem(in: Array((preamble + Self.wrapper + "<rect/></svg>").utf8)) == nil)
        #expect(SVGSafety.problem(in: TestImages.svg) == nil)
    }

    @Test func theWordsNameWhatWasFound() {
        #expect(SVGSafety.problem(in: Self.svg("<script/>")) == "a <script> element")
        #expect(SVGSafety.problem(in: Self.svg(#"<rect onload="x"/>"#)) == "an event attribute (onload)")
        #expect(SVGSafety.problem(in: Self.svg(#"<image href="a.png"/>"#)) == "a reference to 'a.png'")
    }

    @Test func unsafeSVGIsNotLoadedFromAnyKindOfSource() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quire-svg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = Self.svg(#"<rect onload="alert(1)"/>"#)
        try Data(bad).write(to: folder.appendingPathComponent("bad.svg"))
        try Data(TestImages.svg).write(to: folder.appendingPathComponent("good.svg"))
        let document = Document(
            metadata: Metadata(coverImage: "bad.svg"),
            blocks: [
                .paragraph([
                    .image(Image(source: "bad.svg", alternativeText: "bad file")),
                    .image(Image(source: "good.svg", alternativeText: "good file")),
                    .image(Image(source: "embedded.svg", alternativeText: "bad resource")),
                    .image(Image(source: "data:image/svg+xml;base64," + Data(bad).base64EncodedString(), alternativeText: "bad data")),
                ])
            ],
            resources: [Resource(url: "embedded.svg", data: bad)])
        var warnings: [ConversionWarning] = []
        let loaded = ResourceLoader().loadResources(
            of: document, readFrom: ReaderInput(bytes: [], name: folder.appendingPathComponent("a.md").path),
            warnings: &warnings)
        #expect(loaded.resources.map(\.data) == [TestImages.svg])
        #expect(loaded.metadata.coverImage == nil)
        guard case .paragraph(let inlines) = loaded.blocks[0] else { return }
        func placeholder(_ text: String) -> Inline {
            .span(Span(classes: [ResourceLoader.missingImageClass], content: [.text(text)]))
        }
        #expect(inlines.first == placeholder("bad file") && inlines.last == placeholder("bad data"))
        #expect(warnings.count == 3)
        #expect(warnings.allSatisfy { $0.message.contains("is an SVG image with an event attribute (onload), which quire does not embed") })

        #expect(throws: FileAccessError.self) {
            try ResourceLoader().addingCover(folder.appendingPathComponent("bad.svg").path, to: Document())
        }
        // The EPUB writer leaves out an unsafe SVG even when handed one directly.
        let book = Document(
            metadata: Metadata(title: "T"), blocks: [.paragraph([.image(Image(source: "x.svg", alternativeText: "x"))])],
            resources: [Resource(url: "x.svg", mediaType: "image/svg+xml", data: bad)])
        let archive = folder.appendingPathComponent("book.epub")
        try Data(EPUBWriter.write(book, options: EPUBWriter.Options(includesCover: false))).write(to: archive)
        let listing = try BookTools.run("unzip", ["-l", archive.path])
        #expect(listing.status == 0 && listing.output.contains("content.opf"), "\(listing.output)")
        #expect(!listing.output.contains("images/"), "\(listing.output)")
    }
}
