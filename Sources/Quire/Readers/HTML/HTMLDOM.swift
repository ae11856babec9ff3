/// The parsed page as plain Swift values: every element and text node in one flat array, in
/// document order, linked by indices.
///
/// libxml2's tree is copied into this form once (`LibXML2HTMLParser`), so no C pointer reaches
/// the code that maps elements to the document tree, and that code can look at parents,
/// siblings and attributes freely. Being flat, it has no depth limit of its own: walking it uses
/// the links, never the call stack.
struct HTMLDOM {
    /// One element or text node.
    struct Node {
        /// `.text` for a text node.
        var tag: HTMLTag
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// For text: the index in `texts`. For elements: the first index in `attributes`.
        var payload: Int32
        var attributeCount: Int32 = 0
    }

    struct Attribute {
        /// Lower-cased by libxml2.
        var name: String
        var value: String
    }

    /// Index 0 is the document itself, whose children are the top-level nodes.
    private(set) var nodes: [Node] = [Node(tag: .document, parent: -1, payload: 0)]
    private(set) var texts: [String] = []
    private(set) var attributes: [Attribute] = []
    /// The names of the `.other` elements inside a `math` element (`mi`, `msup`...), which the
    /// formula's MathML is built from; other unknown elements keep only their tag.
    private(set) var mathElementNames: [Int32: String] = [:]

    static let document = 0

    // MARK: Building

    /// Adds an element as the last child of `parent` and returns its index.
    mutating func appendElement(_ tag: HTMLTag, attributes newAttributes: [Attribute], parent: Int) -> Int {
        let node = Node(
            tag: tag, parent: Int32(parent), payload: Int32(attributes.count),
            attributeCount: Int32(newAttributes.count))
        attributes.append(contentsOf: newAttributes)
        return append(node, to: parent)
    }

    /// Records the name of an element inside a formula whose tag is `.other`.
    mutating func setMathElementName(_ name: String, of node: Int) {
        mathElementNames[Int32(node)] = name
    }

    /// Whether `node` is a `math` element or lies inside one (its name was recorded).
    func isMath(_ node: Int) -> Bool {
        tag(node) == .math || mathElementNames[Int32(node)] != nil
    }

    /// The element's name: its tag's, or the one recorded inside a formula.
    func name(of node: Int) -> String {
        mathElementNames[Int32(node)] ?? tag(node).name
    }

    /// Adds a text node as the last child of `parent`, joining it to a text node just before it.
    mutating func appendText(_ text: String, parent: Int) {
        let last = Int(nodes[parent].lastChild)
        if last >= 0, nodes[last].tag == .text {
            texts[Int(nodes[last].payload)] += text
            return
        }
        texts.append(text)
        _ = append(Node(tag: .text, parent: Int32(parent), payload: Int32(texts.count - 1)), to: parent)
    }

    private mutating func append(_ node: Node, to parent: Int) -> Int {
        let index = nodes.count
        nodes.append(node)
        let previous = Int(nodes[parent].lastChild)
        if previous >= 0 {
            nodes[previous].nextSibling = Int32(index)
        } else {
            nodes[parent].firstChild = Int32(index)
        }
        nodes[parent].lastChild = Int32(index)
        return index
    }

    // MARK: Reading

    var nodeCount: Int { nodes.count }

    func tag(_ node: Int) -> HTMLTag { nodes[node].tag }

    func parent(_ node: Int) -> Int? {
        let parent = Int(nodes[node].parent)
        return parent >= 0 ? parent : nil
    }

    func firstChild(_ node: Int) -> Int? {
        let child = Int(nodes[node].firstChild)
        return child >= 0 ? child : nil
    }

    func nextSibling(_ node: Int) -> Int? {
        let sibling = Int(nodes[node].nextSibling)
        return sibling >= 0 ? sibling : nil
    }

    /// The element children and text children of `node`, in order.
    func children(_ node: Int) -> [Int] {
        var result: [Int] = []
        var child = firstChild(node)
        while let current = child {
            result.append(current)
            child = nextSibling(current)
        }
        return result
    }

    /// The text of a text node, as libxml2 decoded it (entities resolved, white space intact).
    func text(_ node: Int) -> String {
        texts[Int(nodes[node].payload)]
    }

    func attribute(_ name: String, of node: Int) -> String? {
        let start = Int(nodes[node].payload)
        for index in start..<start + Int(nodes[node].attributeCount) where attributes[index].name == name {
            return attributes[index].value
        }
        return nil
    }

    /// Every attribute of the element, in source order.
    func attributes(of node: Int) -> ArraySlice<Attribute> {
        guard nodes[node].tag != .text else { return [] }
        let start = Int(nodes[node].payload)
        return attributes[start..<start + Int(nodes[node].attributeCount)]
    }

    func hasAttribute(_ name: String, _ node: Int) -> Bool {
        attribute(name, of: node) != nil
    }

    /// The `class` attribute split into its names.
    func classes(of node: Int) -> [String] {
        guard let value = attribute("class", of: node) else { return [] }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{C}" })
            .map(String.init)
    }

    /// Whether the element has a non-empty `id` or `class`, which makes a `div` worth keeping.
    func hasIDOrClass(_ node: Int) -> Bool {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
        for name in ["id", "class"] {
            if let value = attribute(name, of: node), value.utf8.contains(where: { !isSpace($0) }) { return true }
        }
        return false
    }

    /// Whether the attribute's value contains `word`, ignoring ASCII case (`word` is lower case).
    func attribute(_ name: String, of node: Int, contains word: StaticString) -> Bool {
        guard var value = attribute(name, of: node) else { return false }
        value.makeContiguousUTF8()
        return value.utf8.withContiguousStorageIfAvailable { haystack in
            word.withUTF8Buffer { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                search: for start in 0...(haystack.count - needle.count) where haystack[start] | 0x20 == first {
                    for offset in 1..<needle.count where haystack[start + offset] | 0x20 != needle[offset] {
                        continue search
                    }
                    return true
                }
                return false
            }
        } ?? false
    }

    /// The `id` attribute, when it is not empty.
    func id(of node: Int) -> String? {
        guard let value = attribute("id", of: node)?.trimmingSpaces, !value.isEmpty else { return nil }
        return value
    }

    /// The node after `node` in document order within the subtree of `root`, descending into
    /// children unless `skippingChildren`; `nil` at the end of the subtree. Walks with the links
    /// alone, so any depth is fine.
    func next(after node: Int, within root: Int, skippingChildren: Bool = false) -> Int? {
        if !skippingChildren, let child = firstChild(node) { return child }
        var current = node
        while current != root {
            if let sibling = nextSibling(current) { return sibling }
            guard let parent = parent(current) else { return nil }
            current = parent
        }
        return nil
    }

    /// Every node below `root`, in document order.
    func forEachDescendant(of root: Int, _ visit: (Int) -> Void) {
        var node = firstChild(root)
        while let current = node {
            visit(current)
            node = next(after: current, within: root)
        }
    }

    /// The text of every text node below `root`, with a space for each `br` and at the start of
    /// each block-level element so words on separate lines stay apart; white space is not
    /// collapsed.
    func textContent(of root: Int) -> String {
        textContent(of: root, skipping: { _ in false })
    }

    /// `textContent(of:)` without what is inside the nodes `skip` picks.
    func textContent(of root: Int, skipping skip: (Int) -> Bool) -> String {
        var result = ""
        var node = firstChild(root)
        while let current = node {
            let tag = tag(current)
            if tag == .text {
                result += text(current)
            } else if tag == .br || tag.isBlockLevel {
                result += " "
            }
            node = next(after: current, within: root, skippingChildren: skip(current))
        }
        return result
    }

    /// A heading's text as a reader sees its title, without its permalink mark.
    func headingText(of heading: Int) -> String {
        textContent(of: heading, skipping: isPermalinkMark)
    }

    /// The `¶` or `#` a documentation page or blog puts in a heading to link to that heading:
    /// a control, not part of the title (`Sampling¶`). It looks at most three levels up and a
    /// few nodes down, so that pages of deeply nested links stay linear.
    func isPermalinkMark(_ node: Int) -> Bool {
        guard tag(node) == .a, attribute("href", of: node)?.first == "#" else { return false }
        var inHeading = false
        var ancestor = parent(node)
        for _ in 0..<3 {
            guard let current = ancestor else { break }
            if [.h1, .h2, .h3, .h4, .h5, .h6].contains(tag(current)) {
                inHeading = true
                break
            }
            ancestor = parent(current)
        }
        guard inHeading else { return false }
        var text = ""
        var visited = 0
        var descendant = firstChild(node)
        while let current = descendant {
            visited += 1
            if tag(current) == .text { text += self.text(current) }
            guard visited <= 8, text.utf8.count <= 16 else { return false }
            descendant = next(after: current, within: node)
        }
        return ["", "¶", "#", "§", "🔗", "⚓", "⁋", "\u{2693}\u{FE0E}"].contains(text.trimmingSpaces)
    }

    /// The nearest ancestor of `node` (not `node` itself) with one of the given tags.
    func ancestor(of node: Int, in tags: Set<HTMLTag>) -> Int? {
        var current = parent(node)
        while let candidate = current {
            if tags.contains(tag(candidate)) { return candidate }
            current = parent(candidate)
        }
        return nil
    }
}
