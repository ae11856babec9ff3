import QuireDocument

/// Recovers the blocks a person sees in plain text: paragraphs, headings, lists, quotes,
/// preformatted text and footnotes.
///
/// It works in two steps: lines are first grouped into raw blocks by blank lines, markers and
/// indentation; then each group of plain lines is judged in context (a short line standing
/// alone is a heading only on evidence, see `resolve`; a group with aligned columns is a table
/// kept verbatim). Nested structures (lists, quotes) are parsed by handing their de-indented lines
/// back to the same parser, at most `Document.maximumDepth` levels deep.
struct TextBlockParser {
    var inlineParser: TextInlineParser
    /// The width the text seems to be wrapped at; a line ending well short of it was ended on
    /// purpose (verse, an address, a signature).
    var wrapWidth: Int
    /// What the whole text says about its short lines (capitals, repeats, the title).
    var evidence: HeadingEvidence
    /// Set when some nesting was too deep and was read as plain paragraphs.
    private(set) var flattenedDeepNesting = false

    init(footnoteLabels: Set<String>, wrapWidth: Int, evidence: HeadingEvidence = HeadingEvidence()) {
        inlineParser = TextInlineParser(footnoteLabels: footnoteLabels)
        self.wrapWidth = wrapWidth
        self.evidence = evidence
    }

    /// Levels a list takes in the tree (the list, then its item's blocks); quotes take one.
    /// Paragraphs and their inline markup need a few more below the deepest container.
    private static let reservedDepth = 12

    private enum RawBlock {
        case lines([TextLine])
        case block(Block)
        /// Lines indented by one to three columns: one quote, merged with its neighbours.
        case indentedQuote([Block])
        /// A numbered line standing alone (`1. Introduction`): a section title if what follows
        /// bears it out, otherwise the one-item list it was read as.
        case numberedLine(TextLine, list: Block)
    }

    mutating func parseBlocks(_ lines: ArraySlice<TextLine>, depth: Int) -> [Block] {
        var raw: [RawBlock] = []
        var index = lines.startIndex
        let canNest = depth + 2 + Self.reservedDepth < Document.maximumDepth
        while index < lines.endIndex {
            let line = lines[index]
            if line.isBlank {
                index += 1
                continue
            }
            let startsBlock = index == lines.startIndex || lines[index - 1].isBlank
            // Four columns of indentation make preformatted text even of a `>` line: a quote
            // shown as an example, as quire writes it in a code block.
            if line.text.first == ">", line.indent < 4, canNest {
                let (quoted, end) = quoteLines(lines, from: index)
                raw.append(.block(.blockQuote(parseBlocks(quoted[...], depth: depth + 1))))
                index = end
            } else if line.indent >= 4 {
                let (code, end) = preformatted(lines, from: index)
                raw.append(.block(.codeBlock(CodeBlock(text: code))))
                index = end
            } else if startsBlock, LineShapes.isThematicBreak(line.text) {
                raw.append(.block(.thematicBreak))
                index += 1
            } else if startsBlock, let atx = LineShapes.atxHeading(line.text),
                index + 1 == lines.endIndex || lines[index + 1].isBlank
            {
                raw.append(.block(.heading(Heading(level: atx.level, content: inlineParser.parse(String(atx.text))))))
                index += 1
            } else if let marker = LineShapes.listMarker(line.text), canNest {
                let (list, end) = parseList(lines, from: index, first: marker, depth: depth)
                let standsAlone = startsBlock && end == index + 1 && marker.isSectionNumber
                raw.append(standsAlone ? .numberedLine(line, list: list) : .block(list))
                index = end
            } else if let note = LineShapes.footnoteDefinition(line.text),
                inlineParser.footnoteLabels.contains(note.marker), canNest
            {
                let (content, end) = itemLines(lines, from: index, contentOffset: note.offset)
                let blocks = parseBlocks(content[...], depth: depth + 1)
                raw.append(.block(.footnoteDefinition(FootnoteDefinition(label: note.label, content: blocks))))
                index = end
            } else if line.indent > 0, startsBlock, canNest, let end = indentedGroupEnd(lines, from: index) {
                let base = lines[index..<end].map(\.indent).min() ?? 0
                let inner = lines[index..<end].map { $0.outdented(by: base) }
                let blocks = parseBlocks(inner[...], depth: depth + 1)
                // A table indented for layout is a table, not a quotation.
                if blocks.allSatisfy({ if case .codeBlock = $0 { true } else { false } }) {
                    raw += blocks.map { .block($0) }
                } else if case .indentedQuote(let previous) = raw.last {
                    raw[raw.count - 1] = .indentedQuote(previous + blocks)
                } else {
                    raw.append(.indentedQuote(blocks))
                }
                index = end
            } else {
                let (group, heading, end) = paragraphLines(lines, from: index)
                if let heading {
                    raw.append(.block(heading))
                } else {
                    raw.append(.lines(group))
                }
                index = end
            }
        }
        if !canNest, lines.contains(where: { !$0.isBlank && ($0.text.first == ">" || LineShapes.listMarker($0.text) != nil) }) {
            flattenedDeepNesting = true
        }
        return resolve(raw, isTopLevel: depth == 0)
    }

    /// Turns raw groups into blocks, judging each line that stands alone on evidence (issue 21,
    /// docs/plain-text.md). A line whose shape allows a heading (`HeadingEvidence.strength`) is
    /// one when it introduces body text (`isBodyText`), and, when nothing in its shape marks
    /// it (no numbering, no capitals), when the text bears out that it has sections: it opens
    /// the text, or another such line introduces body too, or a chapter number stands above
    /// it. `1. Introduction`, which also reads as a list, needs a second such section. A line
    /// followed by a heading is one only as a chapter number over its title (`Chapter 3`, `IV`),
    /// as a numbered section over its first subsection (`2. Findings` over `2.1 Who`), or as
    /// the text's title over its first numbered or underlined section. Everything else, and
    /// so the slogans, datelines and signatures that end a piece, is a paragraph.
    private func resolve(_ raw: [RawBlock], isTopLevel: Bool) -> [Block] {
        // Every rule needs a block after the line, so the last one (a list item's only line,
        // most often) is not measured.
        let strengths = raw.indices.map { $0 + 1 < raw.count ? candidateStrength(raw[$0]) : nil }
        let introducesBody = raw.indices.map { strengths[$0] != nil && $0 + 1 < raw.count && isBodyText(raw[$0 + 1]) }
        let sectionsWithBody = raw.indices.count { strengths[$0] != nil && introducesBody[$0] }
        let numberedSections = raw.indices.count { position in
            if case .numberedLine = raw[position] { strengths[position] != nil && introducesBody[position] } else { false }
        }
        var isHeading = [Bool](repeating: false, count: raw.count)
        for position in raw.indices.reversed() {
            guard let strength = strengths[position] else { continue }
            let opensText = isTopLevel && position == 0
            if case .numberedLine(let line, _) = raw[position] {
                // `1. Introduction` reads as a one-item list too: a section title only when the
                // text has at least two of them.
                let overHeading = position + 1 < raw.count && isHeading[position + 1]
                isHeading[position] = (introducesBody[position] && numberedSections >= 2)
                    || (overHeading && LineShapes.isBareNumbering(line.text))
                    || (overHeading && LineShapes.isSubsection(lineText(raw[position + 1]), of: line.text))
            } else if introducesBody[position] {
                isHeading[position] = strength != .plain || opensText || sectionsWithBody >= 2
                    || (position > 0 && strengths[position - 1] == .numbered)
            } else if position + 1 < raw.count, isHeading[position + 1] || Self.isExplicitHeading(raw[position + 1]) {
                let nextIsMarked = Self.isExplicitHeading(raw[position + 1]) || strengths[position + 1] == .numbered
                let text = lineText(raw[position])
                let numbersWhatFollows = LineShapes.isBareNumbering(text)
                    || LineShapes.isSubsection(lineText(raw[position + 1]), of: text)
                isHeading[position] = (strength == .numbered && numbersWhatFollows)
                    || (opensText && strength == .plain && nextIsMarked)
            }
        }
        var blocks: [Block] = []
        for (position, item) in raw.enumerated() {
            switch item {
            case .block(let block):
                blocks.append(block)
            case .indentedQuote(let content):
                blocks.append(.blockQuote(content))
            case .numberedLine(let line, let list):
                blocks.append(isHeading[position] ? heading(line.text) : list)
            case .lines(let lines):
                if isHeading[position] {
                    blocks.append(heading(lines[0].text))
                } else if LineShapes.looksLikeTable(lines[...]) {
                    let base = lines.map(\.indent).min() ?? 0
                    blocks.append(.codeBlock(CodeBlock(text: lines.map { $0.verbatim(relativeTo: base) }.joined(separator: "\n"))))
                } else {
                    blocks.append(.paragraph(paragraphContent(lines)))
                }
            }
        }
        return blocks
    }

    /// How strongly a raw group is marked as a heading by its own shape; `nil` for anything
    /// but one line standing alone that could be a title.
    private func candidateStrength(_ item: RawBlock) -> HeadingEvidence.Strength? {
        switch item {
        case .lines(let lines) where lines.count == 1: return evidence.strength(of: lines[0].text)
        case .numberedLine(let line, _): return evidence.strength(of: line.text)
        default: return nil
        }
    }

    private func lineText(_ item: RawBlock) -> Substring {
        switch item {
        case .lines(let lines): lines.first?.text ?? ""
        case .numberedLine(let line, _): line.text
        case .block, .indentedQuote: ""
        }
    }

    private func heading(_ text: Substring) -> Block {
        let title = String(text)
        return .heading(Heading(level: Self.sectionLevel(title), content: inlineParser.parse(title)))
    }

    /// Headings the writer marked beyond doubt: underlined or opened with `#`.
    private static func isExplicitHeading(_ item: RawBlock) -> Bool {
        if case .block(.heading) = item { true } else { false }
    }

    /// Running text that a heading can introduce: a paragraph of a sentence or more, a list, a
    /// quote, preformatted text. Not another short line, a heading, a rule, a note, nor the
    /// header's title printed again.
    private func isBodyText(_ next: RawBlock) -> Bool {
        switch next {
        case .block(.heading), .block(.thematicBreak), .block(.footnoteDefinition), .numberedLine: return false
        case .block, .indentedQuote: return true
        case .lines(let lines):
            if lines.count <= 3, evidence.isTitleEcho(lines.joinedText) { return false }
            if lines.count > 1 { return true }
            guard let line = lines.first, !LineShapes.isTitleLike(line.text) else { return false }
            return line.text.utf8.count(where: { $0 == 0x20 }) >= 5
        }
    }

    /// Level 3 for a titled line (levels 1 and 2 are for underlined titles), one more per
    /// level of section numbering: `2.1 Methods` is level 4.
    private static func sectionLevel(_ text: String) -> Int {
        let number = text.prefix { $0.isASCIIDigit || $0 == "." }
        let parts = number.split(separator: ".").filter { !$0.isEmpty }
        return min(6, 3 + max(0, parts.count - 1))
    }

    /// The inlines of a paragraph: hard-wrapped lines joined by spaces, and a line break kept
    /// where the next word would have fitted on the line, so whoever wrapped the text chose to
    /// end it there. A line that ends near the width and is followed by one starting in lower
    /// case is taken as wrapped anyway: the sentence simply continues, unless the line ends a
    /// sentence (records of a log, lines labelled in lower case: quire's own text output of
    /// them must read back the same), or no line of the paragraph comes near the width, as in a
    /// stanza of verse (three lines or more), whose every line end was chosen.
    func paragraphContent(_ lines: [TextLine]) -> [Inline] {
        var inlines: [Inline] = []
        var segment: [String] = []
        let nextWords = lines.indices.dropFirst().map { lines[$0].text.prefix { $0 != " " } }
        // Wrapped prose has lines that come near the width; a stanza has three lines or more,
        // none of them near it. (Two lines are too few to tell: a sentence going on is likelier.)
        let isWrapped = lines.count < 3 || zip(lines, nextWords).contains { line, nextWord in
            line.width + 1 + TerminalWidth.of(nextWord) > wrapWidth || line.width * 5 >= wrapWidth * 4
        }
        for (index, line) in lines.enumerated() {
            segment.append(String(line.text))
            guard index + 1 < lines.count else { break }
            let nextWord = nextWords[index]
            let width = line.width
            let isShort = width * 4 <= wrapWidth * 3 || !isWrapped
            let continuesASentence = nextWord.first?.isLowercase == true && !LineShapes.endsASentence(line.text)
            if width + 1 + TerminalWidth.of(nextWord) <= wrapWidth, isShort || !continuesASentence {
                inlines += inlineParser.parse(segment.joined(separator: " "))
                inlines.append(.lineBreak)
                segment = []
            }
        }
        inlines += inlineParser.parse(segment.joined(separator: " "))
        return inlines
    }

    // MARK: - Grouping lines

    /// Consecutive lines starting with `>` (indented less than a code block), without one `>` and the space after it.
    private func quoteLines(_ lines: ArraySlice<TextLine>, from start: Int) -> ([TextLine], Int) {
        var quoted: [TextLine] = []
        var index = start
        while index < lines.endIndex, lines[index].text.first == ">", lines[index].indent < 4 {
            var rest = lines[index].text.dropFirst()
            if rest.first == " " { rest = rest.dropFirst() }
            quoted.append(TextLine(rest))
            index += 1
        }
        return (quoted, index)
    }

    /// Lines indented by four columns or more (blank lines between them included), verbatim
    /// relative to the least indented one.
    private func preformatted(_ lines: ArraySlice<TextLine>, from start: Int) -> (String, Int) {
        var end = start
        var lastText = start
        while end < lines.endIndex, lines[end].isBlank || lines[end].indent >= 4 {
            if !lines[end].isBlank { lastText = end }
            end += 1
        }
        let block = lines[start...lastText]
        let base = block.filter { !$0.isBlank }.map(\.indent).min() ?? 0
        return (block.map { $0.isBlank ? "" : $0.verbatim(relativeTo: base) }.joined(separator: "\n"), lastText + 1)
    }

    /// The end of a group of lines all indented by one to three columns (a quotation set off
    /// by indentation), or `nil` when the group is ordinary text with an indented first line.
    private func indentedGroupEnd(_ lines: ArraySlice<TextLine>, from start: Int) -> Int? {
        var end = start
        while end < lines.endIndex, !lines[end].isBlank {
            guard (1...3).contains(lines[end].indent) else { return nil }
            end += 1
        }
        return end
    }

    /// A paragraph's lines: up to a blank line, or a line that starts something else. A
    /// setext underline below them makes them a heading instead.
    private func paragraphLines(_ lines: ArraySlice<TextLine>, from start: Int) -> ([TextLine], Block?, Int) {
        var group = [lines[start]]
        var index = start + 1
        while index < lines.endIndex, !lines[index].isBlank {
            let line = lines[index]
            // A rule under a long paragraph is a separator, unless it is exactly as wide as the
            // paragraph's widest line, as under a long title.
            if let level = LineShapes.setextLevel(line.text),
                group.count <= 3 || line.text.count == group.map(\.width).max()
            {
                let text = group.joinedText
                let heading = Heading(level: level, content: inlineParser.parse(text))
                return (group, .heading(heading), index + 1)
            }
            if line.indent < 4 {
                // A rule of dashes in columns (`------  -----`) is a table's, under its header.
                if line.text.first == ">" || (LineShapes.isThematicBreak(line.text) && !LineShapes.isColumnRule(line.text)) {
                    break
                }
                if let marker = LineShapes.listMarker(line.text), marker.canInterruptParagraph { break }
            }
            group.append(line)
            index += 1
        }
        return (group, nil, index)
    }

    /// One list, its items and their nested content.
    private mutating func parseList(_ lines: ArraySlice<TextLine>, from start: Int, first: ListMarker, depth: Int)
        -> (Block, Int)
    {
        let markerIndent = lines[start].indent
        var items: [ListItem] = []
        var isTight = true
        var index = start
        while index < lines.endIndex, let marker = LineShapes.listMarker(lines[index].text),
            marker.continues(first), abs(lines[index].indent - markerIndent) <= 1
        {
            let (content, end) = itemLines(lines, from: index, contentOffset: marker.contentOffset)
            if content.dropLast().contains(where: \.isBlank) { isTight = false }
            var checked: Bool?
            var itemContent = content
            if let box = itemContent.first.flatMap({ Self.taskBox($0.text) }) {
                checked = box.checked
                itemContent[0].text = itemContent[0].text.dropFirst(box.length)
            }
            items.append(ListItem(checked: checked, content: parseBlocks(itemContent[...], depth: depth + 2)))
            var next = end
            while next < lines.endIndex, lines[next].isBlank { next += 1 }
            // Numbering that starts again ("1." after "3.") starts a new list.
            guard next < lines.endIndex, next - end < 2, let nextMarker = LineShapes.listMarker(lines[next].text),
                nextMarker.continues(first), abs(lines[next].indent - markerIndent) <= 1,
                nextMarker.number == 0 || nextMarker.number > marker.number
            else {
                index = end
                break
            }
            if next > end { isTight = false }
            index = next
        }
        if case .bullet = first.style {
            return (.bulletList(BulletList(isTight: isTight, items: items)), index)
        }
        return (.orderedList(OrderedList(start: first.number, isTight: isTight, items: items)), index)
    }

    /// `[ ] ` and `[x] ` at the start of an item: a task list's check box.
    private static func taskBox(_ text: Substring) -> (checked: Bool, length: Int)? {
        for (box, checked) in [("[ ] ", false), ("[x] ", true), ("[X] ", true)] where text.hasPrefix(box) {
            return (checked, 4)
        }
        return nil
    }

    /// The lines of a list item or note whose marker takes `contentOffset` columns, made
    /// relative to the item's text: its first line, the lines indented under it, and lines
    /// that simply continue its text. Two blank lines in a row end the item (and its list),
    /// so indented text can follow a list without joining its last item.
    private func itemLines(_ lines: ArraySlice<TextLine>, from start: Int, contentOffset: Int) -> ([TextLine], Int) {
        let markerIndent = lines[start].indent
        let contentIndent = markerIndent + contentOffset
        var content = [TextLine(indent: 0, text: lines[start].text.dropFirst(contentOffset))]
        var index = start + 1
        while index < lines.endIndex {
            let line = lines[index]
            if line.isBlank {
                var next = index
                while next < lines.endIndex, lines[next].isBlank { next += 1 }
                guard next < lines.endIndex, next - index < 2, lines[next].indent > markerIndent else { break }
                content += Array(repeating: TextLine(indent: 0, text: ""), count: next - index)
                index = next
                continue
            }
            if line.indent > markerIndent {
                content.append(line.outdented(by: contentIndent))
            } else if LineShapes.listMarker(line.text) == nil, content.last?.isBlank == false,
                line.text.first != ">", !LineShapes.isThematicBreak(line.text),
                LineShapes.footnoteDefinition(line.text) == nil
            {
                content.append(TextLine(indent: 0, text: line.text))  // a lazily wrapped continuation
            } else {
                break
            }
            index += 1
        }
        while content.last?.isBlank == true { content.removeLast() }
        return (content, index)
    }
}
