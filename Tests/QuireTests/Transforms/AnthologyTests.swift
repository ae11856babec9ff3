import Quire
import QuireDocument
import Testing

@Suite struct AnthologyTests {
    let first = Document(
        metadata: Metadata(
            title: "Tides", subtitle: "A survey", authors: ["Ann"], date: DocumentDate(iso8601: "2025-06-14T07:30:00Z"),
            language: "en", sourceURL: "https://a.example/tides"),
        blocks: [
            .heading(Heading(level: 1, content: [.text("Tides")])),
            .heading(Heading(level: 2, id: "intro", content: [.text("Intro")])),
            .paragraph([
                .link(Link(url: "#intro", content: [.text("up")])), .footnoteReference("1"),
                .span(Span(id: "s", content: [])),
            ]),
            .footnoteDefinition(FootnoteDefinition(label: "1", content: [.paragraph([.text("First note")])])),
        ],
        resources: [Resource(url: "a.png", data: [1])])
    let second = Document(
        metadata: Metadata(authors: ["Bo", "Ann"], language: "fr"),
        blocks: [
            .heading(Heading(level: 1, id: "intro", content: [.text("Marées")])),
            .paragraph([.link(Link(url: "#intro", content: [.text("haut")])), .footnoteReference("1")]),
            .footnoteDefinition(FootnoteDefinition(label: "1", content: [.paragraph([.text("Note")])])),
        ],
        resources: [Resource(url: "a.png", data: [1]), Resource(url: "b.png")])

    @Test func eachInputBecomesAPartWithItsOwnTitleAndNames() {
        let book = Anthology.book([first, second])
        #expect(
            book.blocks == [
                .heading(Heading(level: 1, id: "part-1", content: [.text("Tides")])),
                .container(
                    Container(
                        classes: ["part-byline"],
                        content: [
                            .paragraph([.text("A survey")]), .paragraph([.text("Ann")]),
                            .paragraph([.text("2025-06-14")]),
                            .paragraph([
                                .link(Link(url: "https://a.example/tides", content: [.text("https://a.example/tides")]))
                            ]),
                        ])),
                .heading(Heading(level: 3, id: "part1-intro", content: [.text("Intro")])),
                .paragraph([
                    .link(Link(url: "#part1-intro", content: [.text("up")])), .footnoteReference("part1-1"),
                    .span(Span(id: "part1-s", content: [])),
                ]),
                .footnoteDefinition(FootnoteDefinition(label: "part1-1", content: [.paragraph([.text("First note")])])),
                .heading(Heading(level: 1, id: "part-2", content: [.text("Marées")])),
                .container(Container(classes: ["part-byline"], content: [.paragraph([.text("Bo, Ann")])])),
                .paragraph([.link(Link(url: "#part2-intro", content: [.text("haut")])), .footnoteReference("part2-1")]),
                .footnoteDefinition(FootnoteDefinition(label: "part2-1", content: [.paragraph([.text("Note")])])),
            ])
        #expect(book.metadata.title == "Tides; Marées")
        #expect(book.metadata.authors == ["Ann", "Bo"])
        #expect(book.metadata.language == nil, "the parts disagree")
        #expect(book.resources.map(\.url) == ["a.png", "b.png"])
    }

    @Test func thePipelineMakesPartsOnlyForBooks() throws {
        let inputs = [first, second].enumerated().map { index, document in
            ReaderInput(bytes: Array(document.json.serialized(pretty: false)), name: "part\(index).json")
        }
        var warnings: [ConversionWarning] = []
        let book = try Pipeline(reader: nil, writer: .epub, metadataOverrides: [("title", "Shore")]).read(
            inputs, warnings: &warnings)
        #expect(book.metadata.title == "Shore")
        #expect(book.blocks.count == 9)
        let joined = try Pipeline(reader: nil, writer: .json).read(inputs, warnings: &warnings)
        #expect(joined.blocks == first.blocks + second.blocks)
        #expect(joined.metadata == first.metadata)
        let single = try Pipeline(reader: nil, writer: .epub).read([inputs[0]], warnings: &warnings)
        #expect(single == first)
    }
}
