import QuireDocument

/// Hand-built trees that push the HTML and EPUB writers: chapters that link to each other, notes
/// that cross chapters, ids that clash, text that needs escaping, and deep nesting.
enum BookSamples {
    /// The kitchen sink with real image bytes and a cover, so images are embedded.
    static var illustratedKitchenSink: Document {
        var document = SampleDocuments.kitchenSink
        document.resources = [
            Resource(url: "images/wheel.png", mediaType: "image/png", data: TestImages.png),
            Resource(url: "images/mill.jpg", data: TestImages.gif),
            Resource(url: "images/cover.jpg", data: TestImages.svg),
        ]
        return document
    }

    /// A preface and three chapters (the second inside an `article`), links between chapters,
    /// a note referred to from two chapters, a note referred to only from another note, a note
    /// nobody refers to, a reference to a missing note, duplicate ids and a duplicate note label.
    static let crossChapter = Document(
        metadata: Metadata(title: "Across chapters", authors: ["Ann Leat"], sourceURL: "https://mill.example/across"),
        blocks: [
            .paragraph([.text("A preface before any chapter."), .footnoteReference("pre")]),
            .heading(Heading(level: 1, id: "one", content: [.text("Chapter One")])),
            .paragraph([
                .link(Link(url: "#two", content: [.text("on to chapter two")])), .text(" "),
                .footnoteReference("a"), .text(" "), .link(Link(url: "#deep", content: [.text("the deep part")])),
            ]),
            .container(
                Container(
                    element: "article", id: "wrap",
                    content: [
                        .heading(Heading(level: 1, id: "two", content: [.text("Chapter Two")])),
                        .paragraph([
                            .link(Link(url: "#one", content: [.text("back to one")])), .footnoteReference("a"),
                            .footnoteReference("b"),
                        ]),
                        .heading(Heading(level: 2, id: "deep", content: [.text("A deep section")])),
                        .paragraph([.text("Deep text.")]),
                    ])),
            .heading(Heading(level: 1, id: "one", content: [.text("Chapter Three")])),
            .paragraph([
                .link(Link(url: "#wrap", content: [.text("the article")])), .text(" "),
                .link(Link(url: "#nowhere", content: [.text("a dead link")])), .text(" "),
                .link(Link(url: "#chapter-three", content: [.text("a slug link")])),
                .footnoteReference("missing"),
                .span(Span(id: "two", content: [.text("a span reusing an id")])),
            ]),
            .footnoteDefinition(
                FootnoteDefinition(
                    label: "a", content: [.paragraph([.text("Note A, see also"), .footnoteReference("c")])])),
            .footnoteDefinition(FootnoteDefinition(label: "b", content: [.paragraph([.text("Note B.")])])),
            .footnoteDefinition(FootnoteDefinition(label: "c", content: [.paragraph([.text("Note C, only from A.")])])),
            .footnoteDefinition(FootnoteDefinition(label: "pre", content: [.paragraph([.text("Preface note.")])])),
            .footnoteDefinition(
                FootnoteDefinition(label: "orphan", content: [.paragraph([.text("Nobody cites me.")])])),
            .footnoteDefinition(FootnoteDefinition(label: "a", content: [.paragraph([.text("A second note A.")])])),
        ])

    /// Text that breaks naive markup: markup characters, XML-forbidden characters, quotes in
    /// attributes, URLs with spaces, ids that are not XML names.
    static let nastyText =
        "<script>alert('x & y')</script> \u{0}\u{8}\u{1B}\u{7F}\u{85}\(noncharacters) ]]> --> \"q\" 🌊 \r\n end"

    /// U+FFFE and U+FDD0, which Swift accepts in strings but not in literals.
    static let noncharacters = String(String.UnicodeScalarView([0xFFFE, 0xFDD0].compactMap(Unicode.Scalar.init)))

    static let nasty = Document(
        metadata: Metadata(
            title: nastyText, subtitle: nastyText, authors: [nastyText], language: "en", publisher: nastyText,
            description: nastyText, rights: nastyText, sourceURL: "https://mill.example/a b?<x>&y=\"1\"",
            keywords: [nastyText]),
        blocks: [
            .heading(Heading(level: 1, id: "1 bad id <x>", content: [.text(nastyText)])),
            .heading(Heading(level: 1, content: [])),
            .paragraph([
                .text(nastyText), .code(nastyText),
                .link(
                    Link(url: "https://mill.example/ä ö?q=<1>#frag#more", title: nastyText, content: [.text(nastyText)])
                ),
                .link(Link(url: "javascript:alert(1)", content: [.text("script link")])),
                .link(Link(url: "relative/page.html", content: [.text("relative link")])),
                .link(
                    Link(
                        url: "https://outer.example",
                        content: [
                            .text("outer "), .link(Link(url: "https://inner.example", content: [.text("inner")])),
                            .footnoteReference("n"),
                        ])),
                .image(Image(source: "missing.png", alternativeText: nastyText, title: nastyText)),
                .span(Span(id: nastyText, classes: [nastyText, "ok"], content: [.text("span")])),
                .quoted(Quoted(content: [.text("double")])),
            ]),
            .codeBlock(CodeBlock(language: nastyText, text: nastyText)),
            .table(
                Table(
                    alignments: [.default],
                    headerRows: [
                        TableRow(cells: [
                            [
                                .heading(
                                    Heading(level: 2, id: "in-cell", content: [.text("Heading in a header cell")])),
                                .container(
                                    Container(element: "section", content: [.paragraph([.text("section in th")])])),
                            ]
                        ])
                    ],
                    bodyRows: [TableRow(cells: [[]])])),
            .table(Table(alignments: [], bodyRows: [])),
            .bulletList(BulletList(items: [])),
            .definitionList([DefinitionItem(term: [], definitions: [])]),
            .container(
                Container(
                    element: "header", id: "1", classes: ["a b", ""],
                    content: [
                        .container(Container(element: "footer", content: [.paragraph([.text("footer in header")])]))
                    ])),
            .footnoteDefinition(FootnoteDefinition(label: "n", content: [.codeBlock(CodeBlock(text: "code first"))])),
        ])

    /// Block quotes nested as deep as a reader may build a tree.
    static var deep: Document {
        var block = Block.paragraph([.text("the bottom")])
        for level in 1..<Document.maximumDepth {
            block = level % 2 == 0 ? .blockQuote([block]) : .container(Container(content: [block]))
        }
        return Document(metadata: Metadata(title: "Deep"), blocks: [block])
    }

    /// French prose without a declared language, for detection.
    static let french = Document(
        metadata: Metadata(title: "Le moulin"),
        blocks: [
            .paragraph([
                .text(
                    "Le moulin à marée est le dernier de la côte. Il a été restauré par les habitants du village, "
                        + "qui ont passé trois hivers sur le chantier avec une patience que personne ne leur connaissait."
                )
            ])
        ])
}
