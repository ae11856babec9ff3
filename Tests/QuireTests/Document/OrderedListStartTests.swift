import QuireDocument
import Testing

@testable import Quire

/// `<ol start="9223372036854775807">` crashed the text writer, which added the item's index to
/// the start. Readers clamp the start to `OrderedList.startRange`; writers number items without
/// overflowing whatever the start.
@Suite struct OrderedListStartTests {
    func orderedLists(_ blocks: [Block]) -> [OrderedList] {
        var lists: [OrderedList] = []
        blocks.forEachBlock { if case .orderedList(let list) = $0 { lists.append(list) } }
        return lists
    }

    @Test func theHTMLReaderClampsTheStart() throws {
        let blocks = try HTMLTest.blocks(
            "<ol start=\"9223372036854775807\"><li>a<li>b</ol><ol start=\"-9223372036854775808\"><li>c</ol>"
                + "<ol start=\" 1000000000 \"><li>d</ol><ol start=\"-3\"><li>e</ol>")
        #expect(orderedLists(blocks).map(\.start) == [999_999_999, -999_999_999, 999_999_999, -3])
    }

    @Test func theJSONReaderClampsTheStartWhateverItsDigits() throws {
        for (written, start) in [
            ("9223372036854775807", 999_999_999), ("-9223372036854775808", -999_999_999),
            ("123456789012345678901234567890", 999_999_999), ("-99999999999999999999", -999_999_999), ("12", 12),
        ] {
            let json = #"{"format":"quire-document","version":1,"blocks":[{"type":"ordered_list","start":\#(written),"#
                + #""items":[{"content":[]}]}]}"#
            let document = try JSONReader.read(ReaderInput(bytes: Array(json.utf8), name: "list.json"))
            #expect(orderedLists(document.blocks).map(\.start) == [start], "\(written)")
        }
        let fraction = #"{"format":"quire-document","version":1,"blocks":[{"type":"ordered_list","start":1.5,"items":[]}]}"#
        #expect(throws: JSONReaderError.self) { try JSONReader.read(ReaderInput(bytes: Array(fraction.utf8), name: "x.json")) }
    }

    @Test func theMarkdownAndTextReadersNeverExceedNineDigits() throws {
        var warnings: [ConversionWarning] = []
        let markdown = try MarkdownReader.read(
            ReaderInput(bytes: Array("999999999. a\n1000000000. b\n".utf8), name: "x.md"), warnings: &warnings)
        #expect(orderedLists(markdown.blocks).map(\.start) == [999_999_999])
        let text = TextReader.read(
            ReaderInput(bytes: Array("9223372036854775807. a\n9223372036854775808. b\n".utf8), name: "x.txt"),
            warnings: &warnings)
        #expect(orderedLists(text.blocks).isEmpty)
    }

    @Test func itemNumbersSaturateInsteadOfOverflowing() {
        var list = OrderedList(start: 5, items: [])
        #expect(list.number(ofItemAt: 2) == 7)
        list.start = .max
        #expect(list.number(ofItemAt: 0) == .max)
        #expect(list.number(ofItemAt: 3) == .max)
        list.start = .min
        #expect(list.number(ofItemAt: 3) == .min + 3)
        #expect(OrderedList(start: .max, items: []).start == 999_999_999)
        #expect(OrderedList(start: .min, items: []).start == -999_999_999)
    }

    /// A tree built in code can still set any start; every writer copes.
    @Test(arguments: [Int.max, Int.min, 999_999_999, -999_999_999, 0])
    func everyWriterWritesAnyStart(start: Int) throws {
        var list = OrderedList(items: (1...3).map { ListItem(content: [.paragraph([.text("item \($0)")])]) })
        list.start = start
        let document = Document(blocks: [.orderedList(list)])
        for writer in Formats.writers {
            let bytes = try writer.write(document, FormatOptions())
            #expect(!bytes.isEmpty, "\(writer.name)")
        }
        let text = String(decoding: TextWriter.write(document), as: UTF8.self)
        #expect(text.contains("item 3"))
    }

    /// Markdown numbers have nine digits at most: a list starting near the limit starts lower,
    /// so that its last item is still read as an item.
    @Test func markdownKeepsTheLastNumberWithinNineDigits() throws {
        let list = OrderedList(start: 999_999_999, items: (1...3).map { ListItem(content: [.paragraph([.text("item \($0)")])]) })
        let markdown = String(decoding: MarkdownWriter.write(Document(blocks: [.orderedList(list)])), as: UTF8.self)
        #expect(markdown == "999999997. item 1\n999999998. item 2\n999999999. item 3\n")
        var warnings: [ConversionWarning] = []
        let back = try MarkdownReader.read(ReaderInput(bytes: Array(markdown.utf8), name: "x.md"), warnings: &warnings)
        #expect(orderedLists(back.blocks).map(\.items.count) == [3])
    }
}
