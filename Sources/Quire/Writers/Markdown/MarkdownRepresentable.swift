import Glibc
import QuireDocument

extension MarkdownWriter {
    /// The tree as Markdown can carry it: what reading the writer's output gives back.
    ///
    /// The writer renders exactly this tree, so `read(write(T)) == representable(T)` for every
    /// tree, and `representable(read(M)) == read(M)` for every Markdown text. Each change made here
    /// is listed in docs/markdown.md.
    public static func representable(_ document: Document) -> Document {
        var metadata = document.metadata
        normalize(&metadata)
        // Blocks already as Markdown gives them back, as nearly all the Markdown reader's are,
        // are kept rather than rebuilt: the rebuild was a tenth of the writer's time.
        var blocks = document.blocks.flatMap { block in
            isRepresentable(block) ? [block] : [block].rewritingBlocks(representableBlock)
        }
        // Each pass below rebuilds the whole tree; most documents need few of them.
        var needs = (taskBoxes: false, headingIDs: false, rawIndentation: false)
        let topLevelDefinitions = blocks.count { if case .footnoteDefinition = $0 { true } else { false } }
        var definitionLabels: [String] = []
        var referenceLabels: [String] = []
        var referenced: Set<String> = []
        TreeWalk.visit(
            blocks,
            block: { block in
                switch block {
                case .footnoteDefinition(let footnote): definitionLabels.append(footnote.label)
                case .heading(let heading) where heading.id == nil: needs.headingIDs = true
                case .bulletList(let list) where list.items.contains(where: { $0.checked != nil }): needs.taskBoxes = true
                case .orderedList(let list) where list.items.contains(where: { $0.checked != nil }): needs.taskBoxes = true
                case .rawHTML(let html) where isIndented(html): needs.rawIndentation = true
                default: break
                }
            },
            inline: { inline in
                if case .footnoteReference(let label) = inline, referenced.insert(label).inserted {
                    referenceLabels.append(label)
                }
            })
        let allAtTopLevel = definitionLabels.count == topLevelDefinitions
        // As the reader gives them: notes numbered 1, 2... in the order they are first referred
        // to, each defined once, in that order, at the end of the document.
        let numberedAsRead =
            allAtTopLevel && referenceLabels == definitionLabels
            && referenceLabels.enumerated().allSatisfy { $0.element == String($0.offset + 1) }
            && blocks.suffix(topLevelDefinitions).allSatisfy { if case .footnoteDefinition = $0 { true } else { false } }
        if !numberedAsRead { blocks = numberFootnotes(in: blocks, allAtTopLevel: allAtTopLevel) }
        if needs.taskBoxes { blocks = placingTaskBoxes(blocks, insideQuote: false) }
        if needs.headingIDs { blocks = HeadingIDs.assign(to: blocks) }
        if needs.rawIndentation { blocks = strippingRawIndentation(blocks, topLevel: true) }
        return Document(metadata: metadata, blocks: blocks)
    }

    private static func normalize(_ metadata: inout Metadata) {
        func clean(_ text: String?) -> String? { text?.isEmpty == false ? text : nil }
        metadata.title = clean(metadata.title)
        metadata.subtitle = clean(metadata.subtitle)
        metadata.language = clean(metadata.language)
        metadata.publisher = clean(metadata.publisher)
        metadata.description = clean(metadata.description)
        metadata.rights = clean(metadata.rights)
        metadata.sourceURL = clean(metadata.sourceURL)
        metadata.canonicalURL = clean(metadata.canonicalURL)
        metadata.identifier = clean(metadata.identifier)
        metadata.coverImage = clean(metadata.coverImage)
        metadata.authors = metadata.authors.filter { !$0.isEmpty }
        metadata.keywords = metadata.keywords.filter { !$0.isEmpty }
        metadata.extra = metadata.extra.filter { key, _ in
            !YAMLFrontMatter.reservedKeys.contains(key.lowercased()) || (key == "date" && metadata.date == nil)
        }
    }

    /// One block, its children already representable.
    static func representableBlock(_ block: Block) -> [Block] {
        switch block {
        case .paragraph(let content):
            let inlines = representableInlines(content, singleLine: false)
            return inlines.isEmpty ? [] : [.paragraph(inlines)]
        case .heading(var heading):
            heading.content = representableInlines(heading.content, singleLine: true)
            if let id = heading.id, !HeadingIDs.isValidExplicitID(id) { heading.id = nil }
            return [.heading(heading)]
        case .blockQuote:
            return [block]
        case .bulletList(var list):
            list.isTight = isWritableTight(list.isTight, list.items)
            return list.items.isEmpty ? [] : [.bulletList(list)]
        case .orderedList(var list):
            list.isTight = isWritableTight(list.isTight, list.items)
            list.start = min(max(list.start, 0), Self.largestStart(of: list))
            return list.items.isEmpty ? [] : [.orderedList(list)]
        case .definitionList(let items):
            return items.flatMap { item in
                let term = representableInlines([.strong(item.term)], singleLine: false)
                return (item.term.isEmpty ? [] : [Block.paragraph(term)]) + item.definitions.flatMap { $0 }
            }
        case .codeBlock(var code):
            code.language = code.language?.split(whereSeparator: { $0 == " " || $0 == "\t" || $0.isNewline }).first.map(String.init)
            code.text = normalizedLineEnds(code.text)
            return [.codeBlock(code)]
        case .thematicBreak:
            return [block]
        case .table(let table):
            return representableTable(table)
        case .figure(let figure):
            let caption = representableInlines(figure.caption, singleLine: false)
            return figure.content + (caption.isEmpty ? [] : [.paragraph(caption)])
        case .footnoteDefinition:
            return [block]
        case .container(let container):
            return container.content
        case .rawHTML(let html):
            return representableRawBlock(html)
        }
    }

    /// Whether `representableBlock`, applied to this block and everything in it, changes nothing.
    private static func isRepresentable(_ block: Block) -> Bool {
        func all(_ blocks: [Block]) -> Bool { blocks.allSatisfy(isRepresentable) }
        switch block {
        case .paragraph(let content):
            return !content.isEmpty && isRepresentable(content, singleLine: false, outermost: true)
        case .heading(let heading):
            return isRepresentable(heading.content, singleLine: true, outermost: true)
                && heading.id.map(HeadingIDs.isValidExplicitID) ?? true
        case .blockQuote(let content):
            return all(content)
        case .footnoteDefinition(let footnote):
            return all(footnote.content)
        case .bulletList(let list):
            return !list.items.isEmpty && list.items.allSatisfy { all($0.content) }
                && list.isTight == isWritableTight(list.isTight, list.items)
        case .orderedList(let list):
            return !list.items.isEmpty && list.items.allSatisfy { all($0.content) } && (0...Self.largestStart(of: list)).contains(list.start)
                && list.isTight == isWritableTight(list.isTight, list.items)
        case .codeBlock(let code):
            let language = code.language.map { !$0.isEmpty && !$0.contains { $0 == " " || $0 == "\t" || $0.isNewline } } ?? true
            return language && !code.text.utf8.contains(13)
        case .thematicBreak:
            return true
        case .table(let table):
            return table.columnCount > 0 && table.headerRows.count == 1 && table.footerRows.isEmpty && table.caption.isEmpty
                && (table.headerRows + table.bodyRows).allSatisfy { row in
                    row.cells.allSatisfy { cell in
                        guard let first = cell.first else { return true }
                        guard cell.count == 1, case .paragraph(let content) = first else { return false }
                        return !content.isEmpty && isRepresentable(content, singleLine: true, outermost: true)
                    }
                }
        case .definitionList, .figure, .container:
            return false
        case .rawHTML(let html):
            // Indented ones are judged with their neighbours (`strippingRawIndentation`).
            return !isIndented(html) && isWritableRawBlock(html)
        }
    }

    /// cmark-gfm finds a task box only in front of an item's paragraph, and only when the item's
    /// marker starts its line: not inside a block quote, nor in the first item of a list that
    /// opens another item or a footnote. Elsewhere the box is kept as the text it reads as.
    private static func placingTaskBoxes(_ blocks: [Block], insideQuote: Bool, opensParent: Bool = false) -> [Block] {
        blocks.enumerated().map { index, block in
            let opensParent = opensParent && index == 0
            switch block {
            case .blockQuote(let content):
                return .blockQuote(placingTaskBoxes(content, insideQuote: true))
            case .bulletList(var list):
                list.items = placingTaskBoxes(in: list.items, insideQuote: insideQuote, listOpensParent: opensParent)
                list.isTight = isWritableTight(list.isTight, list.items)
                return .bulletList(list)
            case .orderedList(var list):
                list.items = placingTaskBoxes(in: list.items, insideQuote: insideQuote, listOpensParent: opensParent)
                list.isTight = isWritableTight(list.isTight, list.items)
                return .orderedList(list)
            case .footnoteDefinition(var footnote):
                footnote.content = placingTaskBoxes(footnote.content, insideQuote: insideQuote, opensParent: true)
                return .footnoteDefinition(footnote)
            default:
                return block
            }
        }
    }

    private static func placingTaskBoxes(in items: [ListItem], insideQuote: Bool, listOpensParent: Bool) -> [ListItem] {
        items.enumerated().map { index, item in
            let content = placingTaskBoxes(item.content, insideQuote: insideQuote, opensParent: true)
            guard let checked = item.checked else { return ListItem(content: content) }
            let boxWorks = !insideQuote && !(listOpensParent && index == 0) && !(checked == false && mentionsCheckedBox(content.first))
            if boxWorks, case .paragraph? = content.first { return ListItem(checked: checked, content: content) }
            if boxWorks, content.isEmpty { return ListItem(checked: checked, content: content) }
            return ListItem(content: prependingText(checked ? "[x] " : "[ ] ", to: content))
        }
    }

    /// cmark-gfm 0.29 ticks a task box when its paragraph holds `[x]` anywhere it is written
    /// literally (inline code, a URL, a title), so such an unticked box is kept as text.
    private static func mentionsCheckedBox(_ block: Block?) -> Bool {
        guard case .paragraph(let content)? = block else { return false }
        var found = false
        func check(_ text: String?) {
            if let text, text.contains("[x]") || text.contains("[X]") { found = true }
        }
        content.forEachInline { inline in
            switch inline {
            case .code(let text): check(text)
            case .link(let link): check(link.url); check(link.title)
            case .image(let image): check(image.source); check(image.title)
            default: break
            }
        }
        return found
    }

    private static func prependingText(_ text: String, to blocks: [Block]) -> [Block] {
        guard case .paragraph(let inlines)? = blocks.first else { return [.paragraph([.text(text)])] + blocks }
        if case .text(let first)? = inlines.first {
            return [.paragraph([.text(text + first)] + inlines.dropFirst())] + blocks.dropFirst()
        }
        return [.paragraph([.text(text)] + inlines)] + blocks.dropFirst()
    }

    /// The largest number `list` can start from in Markdown: its last item's number must have
    /// nine digits at most (CommonMark), or that item would be read as text.
    static func largestStart(of list: OrderedList) -> Int {
        max(0, 999_999_999 - max(list.items.count - 1, 0))
    }

    /// The tightness cmark-gfm will report for the list as written. A tight list is written
    /// without blank lines when its blocks allow it (`canWriteTight`), otherwise with them; and
    /// cmark calls a list with blank lines loose when it notices one of them (measured with
    /// cmark-gfm 0.29.0.gfm.6).
    static func isWritableTight(_ isTight: Bool, _ items: [ListItem]) -> Bool {
        if isTight && canWriteTight(items) { return true }
        // The blocks a blank line follows: each but the last in an item, and the last of each
        // item but the last (`nil` for an empty item).
        var blocksBeforeBlankLines: [Block?] = items.flatMap { $0.content.dropLast().map { Optional($0) } }
        blocksBeforeBlankLines += items.dropLast().map { $0.content.last }
        return !blocksBeforeBlankLines.contains { block in block.map { !endsWithThematicBreak($0) } ?? true }
    }

    /// cmark-gfm does not notice a blank line that follows a thematic break, even at the end of
    /// a nested list.
    private static func endsWithThematicBreak(_ block: Block) -> Bool {
        switch block {
        case .thematicBreak: return true
        case .bulletList(let list): return list.items.last?.content.last.map(endsWithThematicBreak) ?? false
        case .orderedList(let list): return list.items.last?.content.last.map(endsWithThematicBreak) ?? false
        default: return false
        }
    }

    /// Whether every pair of neighbouring blocks in the items survives being written without a
    /// blank line between them.
    static func canWriteTight(_ items: [ListItem]) -> Bool {
        items.allSatisfy { item in
            // A loose list inside stays loose without making this one loose: its blank lines are
            // between its own blocks, and it ends without one (anything after it in the item
            // needs a blank line, see `canFollowWithoutBlankLine`).
            zip(item.content, item.content.dropFirst()).allSatisfy { canFollowWithoutBlankLine($0, $1) }
        } && items.dropLast().allSatisfy { item in
            // A table right before the next item's marker makes cmark-gfm call the list loose.
            !(item.content.last.map(endsWithTable) ?? false)
        }
    }

    private static func endsWithTable(_ block: Block) -> Bool {
        switch block {
        case .table: return true
        case .bulletList(let list): return list.items.last?.content.last.map(endsWithTable) ?? false
        case .orderedList(let list): return list.items.last?.content.last.map(endsWithTable) ?? false
        default: return false
        }
    }

    private static func canFollowWithoutBlankLine(_ first: Block, _ second: Block) -> Bool {
        switch (first, second) {
        case (.codeBlock, _), (.heading, _), (.thematicBreak, _): return true
        case (.paragraph, .blockQuote), (.paragraph, .heading), (.paragraph, .codeBlock):
            return true
        // A line that starts a heading, a fence or a rule ends a quotation instead of continuing
        // its last paragraph.
        case (.blockQuote, .heading), (.blockQuote, .codeBlock), (.blockQuote, .thematicBreak):
            return true
        // A list interrupts a paragraph only when its first item has content (a lone `-` would
        // underline the paragraph into a heading), and an ordered one only when it starts at 1.
        case (.paragraph, .bulletList(let list)): return list.items.first?.content.isEmpty == false
        case (.paragraph, .orderedList(let list)): return list.start == 1 && list.items.first?.content.isEmpty == false
        // Raw HTML of CommonMark's kinds 1 to 5 ends on its own last line; kinds 1 to 6 may
        // interrupt a paragraph, and so are no lazy line of a quotation either.
        case (.rawHTML(let html), _): return endsOnItsOwnLine(html)
        case (.paragraph, .rawHTML(let html)), (.blockQuote, .rawHTML(let html)): return interruptsParagraph(html)
        default: return false
        }
    }

    /// GFM tables have exactly one header row and one paragraph at most per cell.
    private static func representableTable(_ table: Table) -> [Block] {
        guard table.columnCount > 0 else { return [] }
        func cell(_ blocks: [Block]) -> [Block] {
            var inlines: [Inline] = []
            for block in blocks {
                var content: [Inline] = []
                [block].forEachBlock { nested in
                    guard case .paragraph(let text) = nested else {
                        if case .heading(let heading) = nested { content.append(contentsOf: heading.content) }
                        if case .codeBlock(let code) = nested { content.append(.code(code.text)) }
                        if case .rawHTML(let html) = nested { content.append(.text(textOfHTMLBlock(html))) }
                        return
                    }
                    if !content.isEmpty { content.append(.text(" ")) }
                    content += text
                }
                if !inlines.isEmpty, !content.isEmpty { inlines.append(.text(" ")) }
                inlines += content
            }
            let single = representableInlines(inlines, singleLine: true)
            return single.isEmpty ? [] : [.paragraph(single)]
        }
        func row(_ row: TableRow) -> TableRow { TableRow(cells: row.cells.map(cell)) }
        let header = table.headerRows.first.map(row) ?? TableRow(cells: Array(repeating: [], count: table.columnCount))
        let body = (table.headerRows.dropFirst() + table.bodyRows + table.footerRows).map(row)
        let caption = representableInlines(table.caption, singleLine: false)
        return [.table(Table(alignments: table.alignments, headerRows: [header], bodyRows: body))]
            + (caption.isEmpty ? [] : [.paragraph(caption)])
    }

    // MARK: - Inlines

    /// Inlines as Markdown can carry them. `singleLine` is for headings and table cells, where
    /// a line end would end the block.
    static func representableInlines(_ inlines: [Inline], singleLine: Bool) -> [Inline] {
        if isRepresentable(inlines, singleLine: singleLine, outermost: true) { return inlines }
        var result = inlines.rewritingInlines { inline -> [Inline] in
            switch inline {
            case .text(let text):
                guard text.utf8.contains(where: { $0 == 10 || $0 == 13 || $0 == 0 }) else { return [inline] }
                let lines = normalizedLineEnds(text).replacingNUL.split(separator: "\n", omittingEmptySubsequences: false)
                return lines.enumerated().flatMap { index, line -> [Inline] in
                    let separator: [Inline] = index == 0 ? [] : singleLine ? [.text(" ")] : [.softBreak]
                    return separator + (line.isEmpty ? [] : [.text(String(line))])
                }
            case .code(let text):
                return [.code(normalizedLineEnds(text).replacingNUL.map { $0 == "\n" ? " " : $0 }.reduce(into: "") { $0.append($1) })]
            case .link(var link):
                link.content = link.content.rewritingInlines { nested in
                    if case .link(let inner) = nested { return inner.content }
                    return [nested]
                }
                link.url = link.url.filter { !$0.isNewline }.replacingNUL
                link.title = representableTitle(link.title)
                return [.link(link)]
            case .image(var image):
                image.source = image.source.filter { !$0.isNewline }.replacingNUL
                image.alternativeText = singleSpaced(image.alternativeText)
                image.title = representableTitle(image.title)
                return [.image(image)]
            case .quoted(let quoted):
                let (open, close) = quoted.kind == .double ? ("\u{201C}", "\u{201D}") : ("\u{2018}", "\u{2019}")
                return [.text(open)] + quoted.content + [.text(close)]
            case .span(let span) where span.math != nil:
                // Written as `$TeX$`, which Markdown processors with math render; read back,
                // it is text.
                return [inline]
            case .span(let span):
                return span.content
            case .softBreak where singleLine:
                return [.text(" ")]
            case .rawHTML(let html):
                return representableRawInline(html, singleLine: singleLine)
            default:
                return [inline]
            }
        }
        result = mergingTexts(result)
        if !singleLine {
            while case .softBreak? = result.first { result.removeFirst() }
            while case .softBreak? = result.last { result.removeLast() }
        }
        if containsRawHTML(result) { result = placingRawHTML(result, paragraph: !singleLine) }
        return result
    }

    private static func containsRawHTML(_ inlines: [Inline]) -> Bool {
        var found = false
        TreeWalk.visit(inlines) { if case .rawHTML = $0 { found = true } }
        return found
    }

    /// Whether `representableInlines` would give these inlines back unchanged, found without
    /// rebuilding them: true of nearly everything the Markdown reader makes, and the rebuild was
    /// a fifth of the writer's time.
    private static func isRepresentable(_ inlines: [Inline], singleLine: Bool, outermost: Bool) -> Bool {
        if outermost, !singleLine {
            if case .softBreak? = inlines.first { return false }
            if case .softBreak? = inlines.last { return false }
        }
        func isPlain(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { bytes in
                guard let base = bytes.baseAddress else { return true }
                return memchr(base, 10, bytes.count) == nil && memchr(base, 13, bytes.count) == nil
                    && memchr(base, 0, bytes.count) == nil
            }
        }
        func isDestination(_ text: String) -> Bool {
            text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x80 } || (!text.utf8.contains(0) && !text.contains(where: \.isNewline))
        }
        var previous: Inline?
        for inline in inlines {
            switch (previous, inline) {
            case (.text?, .text), (.softBreak?, .softBreak): return false
            default: break
            }
            previous = inline
            switch inline {
            case .text(let text), .code(let text):
                if !isPlain(text) { return false }
            case .softBreak:
                if singleLine { return false }
            case .link(let link):
                guard isDestination(link.url), link.title.map({ !$0.isEmpty && isPlain($0) }) ?? true,
                    isRepresentable(link.content, singleLine: singleLine, outermost: false)
                else { return false }
                var nested = false
                TreeWalk.visit(link.content) { if case .link = $0 { nested = true } }
                if nested { return false }
            case .image(let image):
                guard isDestination(image.source), isPlain(image.alternativeText), image.title.map({ !$0.isEmpty && isPlain($0) }) ?? true
                else { return false }
            case .quoted, .span, .rawHTML:
                return false
            case .emphasis(let content), .strong(let content), .strikethrough(let content), .superscript(let content),
                .subscript(let content):
                if !isRepresentable(content, singleLine: singleLine, outermost: false) { return false }
            case .lineBreak, .footnoteReference:
                break
            }
        }
        return true
    }

    /// Adjacent texts become one and consecutive soft breaks one, as the reader gives them.
    static func mergingTexts(_ inlines: [Inline]) -> [Inline] {
        var merged: [Inline] = []
        for inline in inlines {
            switch (merged.last, inline) {
            case (.text(let previous)?, .text(let next)):
                merged[merged.count - 1] = .text(previous + next)
            case (.softBreak?, .softBreak):
                continue
            default:
                merged.append(inline.mapChildren(mergingTexts))
            }
        }
        return merged
    }

    /// Titles keep their line ends (CommonMark 196), which the writer writes as `&#10;`, so a
    /// title stays on one line in table cells and never holds a blank line.
    private static func representableTitle(_ title: String?) -> String? {
        guard let title, !title.isEmpty else { return nil }
        return normalizedLineEnds(title).replacingNUL
    }

    private static func singleSpaced(_ text: String) -> String {
        String(normalizedLineEnds(text).replacingNUL.map { $0 == "\n" ? " " : $0 })
    }

    static func normalizedLineEnds(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        return String(text.unicodeScalars.split(separator: "\r", omittingEmptySubsequences: false).enumerated().map { index, part in
            (index > 0 && part.first != "\n" ? "\n" : "") + String(String.UnicodeScalarView(part))
        }.joined())
    }

    // MARK: - Footnotes

    /// cmark-gfm numbers footnotes 1, 2... by first reference and moves their definitions, in
    /// that order, to the end. A definition nothing refers to (or a second one for a label) keeps
    /// its content as ordinary blocks; a reference to nothing stays the text it was written as.
    private static func numberFootnotes(in blocks: [Block], allAtTopLevel: Bool) -> [Block] {
        var definitions: [String: [Block]] = [:]
        func takeDefinition(_ block: Block) -> [Block] {
            guard case .footnoteDefinition(let footnote) = block else { return [block] }
            guard definitions[footnote.label] == nil else { return footnote.content }
            definitions[footnote.label] = footnote.content
            return []
        }
        // Blocks with nothing to change are kept as they are: rebuilding them all took a tenth
        // of writing a long document.
        let body = blocks.flatMap { block in
            let hasNestedDefinition = !allAtTopLevel && contains(block, inside: true, block: {
                if case .footnoteDefinition = $0 { true } else { false }
            })
            return hasNestedDefinition ? [block].rewritingBlocks(takeDefinition) : takeDefinition(block)
        }
        var order: [String] = []
        var numbers: [String: Int] = [:]
        func number(_ blocks: [Block]) -> [Block] {
            blocks.flatMap { block -> [Block] in
                guard contains(block, inline: { if case .footnoteReference = $0 { true } else { false } }) else { return [block] }
                let numbered = [block].rewritingInlines { inline -> [Inline] in
                    guard case .footnoteReference(let label) = inline else { return [inline] }
                    guard definitions[label] != nil else { return [.text("[^\(label)]")] }
                    if numbers[label] == nil {
                        order.append(label)
                        numbers[label] = order.count
                    }
                    return [.footnoteReference(String(numbers[label] ?? 0))]
                }
                return numbered.rewritingBlocks { [$0.mapChildren(blocks: { $0 }, inlines: mergingTexts)] }
            }
        }
        var result = number(body)
        let unreferenced = definitions.keys.filter { numbers[$0] == nil }.sorted()
        result += unreferenced.flatMap { number(definitions[$0] ?? []) }
        var index = 0
        // References inside a note are numbered after those before it, as cmark-gfm meets them.
        while index < order.count {
            let content = number(definitions[order[index]] ?? [])
            result.append(.footnoteDefinition(FootnoteDefinition(label: String(index + 1), content: content)))
            index += 1
        }
        return result
    }
}

extension MarkdownWriter {
    /// Whether a block, or with `inside` only one of its descendants, matches `block`, or one
    /// of its inlines matches `inline`.
    fileprivate static func contains(
        _ block: Block, inside: Bool = false, block matches: (Block) -> Bool = { _ in false },
        inline inlineMatches: (Inline) -> Bool = { _ in false }
    ) -> Bool {
        var found = false
        TreeWalk.visit(
            inside ? block.childBlocks.flatMap { $0 } : [block],
            block: { if matches($0) { found = true } },
            inline: { if inlineMatches($0) { found = true } })
        return found
    }
}

extension String {
    /// cmark replaces NUL with U+FFFD, as HTML does.
    fileprivate var replacingNUL: String {
        utf8.contains(0) ? String(map { $0 == "\0" ? "\u{FFFD}" : $0 }) : self
    }
}
