import QuireDocument

/// What the text of a block (and everything in it) looks like to the extractor: how much of
/// it there is, how much is link text, and how much it reads like prose.
struct TextMeasure: Sendable, Hashable {
    /// Visible characters (Unicode scalars), white space included.
    var characters = 0
    /// Characters inside links.
    var linkCharacters = 0
    /// Commas (Latin, CJK and Arabic), the clearest sign of sentences written for reading.
    var commas = 0
    /// Sentence ends: `.`, `!`, `?` (and their CJK forms) followed by a space or the end.
    var sentenceEnds = 0
    var words = 0
    /// Paragraphs of at least `TextMeasure.paragraphMinimum` characters.
    var paragraphs = 0
    /// Characters of those paragraphs that are mostly not links: the text written to be read.
    var proseCharacters = 0

    /// Shorter paragraphs are captions, labels and buttons rather than prose.
    static let paragraphMinimum = 25

    /// The share of the text inside links, 0 when there is no text.
    var linkDensity: Double {
        characters == 0 ? 0 : Double(linkCharacters) / Double(characters)
    }

    static func + (lhs: TextMeasure, rhs: TextMeasure) -> TextMeasure {
        var sum = lhs
        sum += rhs
        return sum
    }

    static func += (lhs: inout TextMeasure, rhs: TextMeasure) {
        lhs.characters += rhs.characters
        lhs.linkCharacters += rhs.linkCharacters
        lhs.commas += rhs.commas
        lhs.sentenceEnds += rhs.sentenceEnds
        lhs.words += rhs.words
        lhs.paragraphs += rhs.paragraphs
        lhs.proseCharacters += rhs.proseCharacters
    }

    /// Measures one line of inlines (a paragraph's, a heading's, a caption's).
    init(_ inlines: [Inline]) {
        var pending: [(inlines: [Inline], inLink: Bool)] = [(inlines, false)]
        while let (sequence, inLink) = pending.popLast() {
            for inline in sequence {
                switch inline {
                case .text(let text), .code(let text): count(text, inLink: inLink)
                case .image: break
                case .lineBreak, .softBreak: characters += 1
                case .link(let link): pending.append((link.content, true))
                case .emphasis(let content), .strong(let content), .strikethrough(let content),
                    .superscript(let content), .subscript(let content):
                    pending.append((content, inLink))
                case .quoted(let quoted): pending.append((quoted.content, inLink))
                case .span(let span): pending.append((span.content, inLink))
                case .footnoteReference: break
                case .rawHTML(let html): count(RawHTMLText.visibleText(of: html), inLink: inLink)
                }
            }
        }
    }

    init() {}

    /// Measures blocks and everything inside them.
    init(_ blocks: [Block]) {
        TreeWalk.visit(blocks) { block in
            self += TextMeasure(ownLineOf: block)
        }
    }

    /// The block's own line (a paragraph's text, a heading's, a caption's), not its children.
    init(ownLineOf block: Block) {
        switch block {
        case .paragraph(let content):
            self.init(content)
            if characters >= Self.paragraphMinimum {
                paragraphs = 1
                if linkDensity < 0.5 { proseCharacters = characters }
            }
        case .heading(let heading):
            self.init(heading.content)
        case .codeBlock(let code):
            self.init([.text(code.text)])
        case .table(let table):
            self.init(table.caption)
        case .figure(let figure):
            self.init(figure.caption)
        case .definitionList(let items):
            self.init(items.flatMap { $0.term + [.softBreak] })
        case .rawHTML(let html):
            self.init([.text(RawHTMLText.visibleText(of: html))])
        case .bulletList, .orderedList, .blockQuote, .thematicBreak, .footnoteDefinition, .container:
            self.init()
        }
    }

    /// Unicode's white space (the `White_Space` property), spelled out: cheaper than looking the
    /// property up for every character of text outside ASCII.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    private mutating func count(_ text: String, inLink: Bool) {
        var previousIsSpace = true
        var pendingEnd = false
        var length = 0
        for scalar in text.unicodeScalars {
            length += 1
            let isSpace = Self.isWhitespace(scalar)
            if pendingEnd, isSpace { sentenceEnds += 1 }
            pendingEnd = false
            switch scalar {
            case ",", "，", "、", "،": commas += 1
            case ".", "!", "?", "…": pendingEnd = true
            case "。", "！", "？": sentenceEnds += 1
            default: break
            }
            if !isSpace, previousIsSpace { words += 1 }
            previousIsSpace = isSpace
        }
        if pendingEnd { sentenceEnds += 1 }
        characters += length
        if inLink { linkCharacters += length }
    }
}

extension Array where Element == Block {
    /// Prose characters of the paragraphs in these blocks and their boxes, leaving out lists,
    /// tables and figures: the text that runs from one paragraph to the next, as an article's
    /// does and a gallery's captions or a list of teasers do not.
    var runningProse: Int {
        var prose = 0
        var pending = [self]
        while let blocks = pending.popLast() {
            for block in blocks {
                switch block {
                case .paragraph: prose += TextMeasure(ownLineOf: block).proseCharacters
                case .container(let container): pending.append(container.content)
                case .blockQuote(let content): pending.append(content)
                default: break
                }
            }
        }
        return prose
    }
}
