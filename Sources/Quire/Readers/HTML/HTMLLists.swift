import QuireDocument

// Lists: `ul`/`ol` items and `dl` terms with their definitions.
extension HTMLBlockBuilder {
    mutating func appendList(_ node: Int, ordered: Bool, to flow: inout HTMLFlow) {
        var items: [ListItem] = []
        var item = HTMLFlow(depth: flow.depth + 1)
        var hasItem = false
        var isLoose = false
        var notesFlow = HTMLFlow(depth: flow.depth)
        func finishItem() {
            guard hasItem else { return }
            isLoose = isLoose || item.containsParagraphElement
            items.append(ListItem(checked: item.checkbox, content: item.finish()))
        }
        for child in dom.children(node) {
            if dom.tag(child) == .li {
                if let note = notes.notes[child] {
                    // A notes list keeps every item, hidden or not, as a footnote.
                    finishItem()
                    hasItem = false
                    appendNote(note, from: child, to: &notesFlow)
                    continue
                }
                if isHidden(child) { continue }
                finishItem()
                item = HTMLFlow(depth: flow.depth + 1)
                hasItem = true
                if let anchor = anchorIdentifier(child) { item.appendAnchor(anchor) }
                appendContent(of: child, to: &item)
            } else {
                // Text or elements between items (a nested list written outside its `li`) belong
                // to the item before them, as a browser shows them.
                if !hasItem {
                    if dom.tag(child) == .text, HTMLWhitespace.collapse(dom.text(child), afterSpace: true) == nil {
                        continue
                    }
                    hasItem = true
                }
                append(child, to: &item)
            }
        }
        finishItem()
        defer { for note in notesFlow.finish() { flow.appendBlock(note) } }
        guard !items.isEmpty else { return }
        if ordered {
            let start = dom.attribute("start", of: node).flatMap { Int($0.trimmingSpaces) } ?? 1
            flow.appendBlock(.orderedList(OrderedList(start: start, isTight: !isLoose, items: items)))
        } else {
            flow.appendBlock(.bulletList(BulletList(isTight: !isLoose, items: items)))
        }
    }

    mutating func appendDefinitionList(_ node: Int, to flow: inout HTMLFlow) {
        var items: [DefinitionItem] = []
        var term: [Inline] = []
        var definitions: [[Block]] = []
        func finishItem() {
            if !term.isEmpty || !definitions.isEmpty {
                items.append(DefinitionItem(term: term, definitions: definitions))
            }
            term = []
            definitions = []
        }
        // `div` may group a term with its definitions.
        var children = dom.children(node)
        var index = 0
        while index < children.count {
            let child = children[index]
            index += 1
            if isHidden(child) { continue }
            switch dom.tag(child) {
            case .dt:
                if !definitions.isEmpty { finishItem() }
                if !term.isEmpty { term.append(.lineBreak) }
                // A glossary's "see also" links point to its terms.
                if let anchor = anchorIdentifier(child) { term.append(.span(Span(id: anchor, content: []))) }
                term += inlines(of: child, depth: flow.depth + 1)
            case .dd:
                definitions.append(nestedBlocks(child, depth: flow.depth + 1))
            case .div where !dom.hasIDOrClass(child):
                children.insert(contentsOf: dom.children(child), at: index)
            default:
                var stray = HTMLFlow(depth: flow.depth + 1)
                append(child, to: &stray)
                let blocks = stray.finish()
                if !blocks.isEmpty { definitions.append(blocks) }
            }
        }
        finishItem()
        if !items.isEmpty { flow.appendBlock(.definitionList(items)) }
    }
}
