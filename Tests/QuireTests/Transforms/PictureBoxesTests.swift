import QuireDocument
import Testing

@testable import Quire

/// Boxes a page builds from `div`s around a photo and its caption become figures; boxes that
/// only happen to be named like pictures stay what they are. The page is invented.
@Suite struct PictureBoxesTests {
    static let story = (1...5).map {
        "<p>Paragraph \($0) of the harbour story, long enough to be prose, with a comma, and a full stop.</p>"
    }.joined()

    static let longMedia = (1...4).map { _ in
        "<p>The media centre on the quay will hold the archive of the ferry company, its ledgers, its timetables and its photographs, and volunteers will catalogue them through the winter.</p>"
    }.joined()

    static let page = """
        <html><body><div class="story-body">
        <p>The ferry returned to the old quay on Monday, after a winter of repairs to the slipway and the ticket office.</p>
        <div class="inline image-ct"><div class="m"><img src="ferry.jpg" alt="The ferry"></div>
          <div class="caption"><p>The ferry at the quay on Monday morning. (Photo: Harbour Trust)</p></div></div>
        \(story)
        <div class="photo"><img src="gate.jpg" alt=""><p>The new gate (Image: Lantern Studio)</p></div>
        <div class="image-gallery"><ul>
          <li><div class="caption-full"><p>The slipway before the repairs began.</p></div></li>
          <li><div class="caption-full"><p>The slipway after the repairs.</p></div></li>
        </ul></div>
        <div class="story-media">\(longMedia)</div>
        <div class="caption-box"><h3>Timetable</h3><p>Sailings every hour from nine until six.</p></div>
        <div class="photo-essay"><p>Without a picture this is just a short line of text.</p></div>
        </div></body></html>
        """

    func figures(_ blocks: [Block]) -> [Figure] {
        var found: [Figure] = []
        blocks.forEachBlock { if case .figure(let figure) = $0 { found.append(figure) } }
        return found
    }

    @Test func aPhotoAndItsCaptionInDivsBecomeAFigure() throws {
        let result = try Boilerplate.html(Self.page)
        let found = figures(result.document.blocks)
        let captions = found.map { $0.caption.plainText }
        #expect(captions == [
            "The ferry at the quay on Monday morning. (Photo: Harbour Trust)", "The new gate (Image: Lantern Studio)",
            "The slipway before the repairs began.", "The slipway after the repairs.",
        ])
        #expect(found.first?.content == [.paragraph([.image(Image(source: "ferry.jpg", alternativeText: "The ferry"))])])
        #expect(found.dropFirst(2).allSatisfy { $0.content.isEmpty }, "a caption box alone has no picture to hold")
    }

    @Test func boxesOnlyNamedLikePicturesStayBoxes() throws {
        let result = try Boilerplate.html(Self.page)
        let text = result.text
        #expect(text.contains("Timetable"))
        #expect(text.contains("Without a picture this is just a short line of text."))
        #expect(text.contains("The media centre on the quay"))
        #expect(figures(result.document.blocks).allSatisfy { !$0.caption.plainText.contains("media centre") })
    }

    /// As bare text, captions go with their pictures and the gallery's list with its items;
    /// with descriptions they stay under the images.
    @Test func bareTextLeavesCaptionsOut() throws {
        let document = try Boilerplate.html(Self.page).document
        let bare = String(decoding: TextWriter.write(document, options: TextWriter.Options(links: .none)), as: UTF8.self)
        for caption in ["Harbour Trust", "Lantern Studio", "The slipway", "[Image"] {
            #expect(!bare.contains(caption), "kept: \(caption)")
        }
        #expect(!bare.contains("\n-"), "a list of pictures leaves no empty items")
        #expect(bare.contains("Paragraph 5 of the harbour story"))
        let described = String(decoding: TextWriter.write(document), as: UTF8.self)
        #expect(described.contains("[Image: The ferry]\n\nThe ferry at the quay on Monday morning. (Photo: Harbour Trust)\n"))
    }
}
