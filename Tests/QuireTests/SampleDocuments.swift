import QuireDocument

/// Hand-built trees shared by the tests.
enum SampleDocuments {
    /// One of every block, inline and metadata field, with text that needs escaping.
    static let kitchenSink = Document(
        metadata: Metadata(
            title: "The Tide Mill \"Turns\"", subtitle: "A test of every node", authors: ["Nell Marchbank", "A. N. Other"],
            date: DocumentDate(iso8601: "2025-06-14T07:30:00+01:00"), language: "en-GB", publisher: "The Estuary Ledger",
            description: "Line one\nline two\ttabbed", rights: "© 2025 The Estuary Ledger",
            sourceURL: "https://news.example/mill", canonicalURL: "https://news.example/mill?canonical",
            identifier: "urn:uuid:00000000-0000-4000-8000-000000000000", keywords: ["heritage", "mills"],
            coverImage: "images/cover.jpg",
            extra: [
                "series": .string("Coastal crafts"), "draft": .bool(false),
                "editors": .list([.string("Ada"), .string("Bo")]), "nested": .map(["k": .string("v")]),
            ]),
        blocks: [
            .heading(Heading(level: 1, id: "tide-mill", content: [.text("Tide mill")])),
            .paragraph([
                .text("Plain, "), .emphasis([.text("em")]), .text(" "), .strong([.text("strong")]), .softBreak,
                .strikethrough([.text("struck")]), .superscript([.text("2")]), .subscript([.text("x")]),
                .code("let x = \"\\\""), .lineBreak,
                .link(Link(url: "https://example.com/a?b=1&c=2", title: "A title", content: [.text("link")])),
                .image(Image(source: "images/wheel.png", alternativeText: "The wheel", title: "Wheel")),
                .footnoteReference("1"), .quoted(Quoted(kind: .single, content: [.text("quoted")])),
                .span(Span(id: "s1", classes: ["mark", "x"], content: [.text("span")])),
                .text("Control \u{1} char, emoji 🌊, CJK 潮 "), .rawHTML("<abbr title=\"raw\">"), .text("raw"),
                .rawHTML("</abbr>"), .rawHTML("<!-- a comment -->"),
            ]),
            .blockQuote([.paragraph([.text("Quoted block")])]),
            .bulletList(
                BulletList(
                    isTight: false,
                    items: [
                        ListItem(checked: true, content: [.paragraph([.text("done")])]),
                        ListItem(checked: false, content: [.paragraph([.text("todo")])]),
                        ListItem(content: [
                            .paragraph([.text("nested")]),
                            .bulletList(BulletList(items: [ListItem(content: [.paragraph([.text("inner")])])])),
                        ]),
                    ])),
            .orderedList(OrderedList(start: 3, items: [ListItem(content: [.paragraph([.text("three")])])])),
            .definitionList([
                DefinitionItem(term: [.text("Leat")], definitions: [[.paragraph([.text("A channel")])], []])
            ]),
            .codeBlock(CodeBlock(language: "swift", text: "print(\"hi\")\n  indented")),
            .codeBlock(CodeBlock(text: "no language")),
            .thematicBreak,
            .table(
                Table(
                    caption: [.text("Costs")], alignments: [.left, .right, .center, .default],
                    headerRows: [TableRow(cells: [[.paragraph([.text("Item")])], [], [], []])],
                    bodyRows: [
                        TableRow(cells: [
                            [.paragraph([.text("Wheel")])], [.paragraph([.text("£1")])],
                            [.bulletList(BulletList(items: [ListItem(content: [.paragraph([.text("a")])])]))], [],
                        ])
                    ],
                    footerRows: [TableRow(cells: [[.paragraph([.text("Total")])], [], [], []])])),
            .figure(
                Figure(
                    content: [.paragraph([.image(Image(source: "images/mill.jpg", alternativeText: "The mill"))])],
                    caption: [.text("The mill at dawn")])),
            .container(
                Container(
                    element: "aside", id: "box", classes: ["related", "promo"],
                    content: [.paragraph([.text("In a container")])])),
            .rawHTML("<div class=\"raw\"><p>Raw <b>HTML</b> &amp; its text</p></div>"),
            .footnoteDefinition(FootnoteDefinition(label: "1", content: [.paragraph([.text("The note.")])])),
        ],
        resources: [
            Resource(url: "images/wheel.png", mediaType: "image/png", data: [0x89, 0x50, 0x4E, 0x47, 0, 255]),
            Resource(url: "images/mill.jpg"),
        ])
}
