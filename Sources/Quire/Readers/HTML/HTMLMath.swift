import QuireDocument

// Formulas: MathML, Wikipedia's rendering of it, and MathJax's TeX scripts become `Span(math:)`.
//
// MathJax 2 keeps each formula's TeX in a `<script type="math/tex">` (`; mode=display` for a
// display) and, once its script has run, draws it beside the script in elements of its own
// (`span.MathJax`, `div.MathJax_Display`, a `MathJax_Preview`). The script is the formula; the
// drawing, when a saved page has it, is left out so the formula is not read twice.
//
// Wikipedia writes each formula twice: MathML (with its TeX in an `annotation`) inside a span
// hidden by `display: none`, and an image whose `alt` is the TeX, hidden from screen readers.
// Both would be dropped as hidden, so the wrapper is read as one formula before any element
// inside it is judged.
extension HTMLBlockBuilder {
    /// Whether `node` is a formula: `math`, Wikipedia's `span.mwe-math-element`, or one of its
    /// fallback images on its own.
    func isFormula(_ node: Int) -> Bool {
        switch dom.tag(node) {
        case .math: return true
        case .span: return dom.attribute("class", of: node, contains: "mwe-math-element")
        case .img: return dom.attribute("class", of: node, contains: "mwe-math-fallback-image")
        case .script: return Self.isTeXScript(node, in: dom)
        default: return false
        }
    }

    static func isTeXScript(_ node: Int, in dom: HTMLDOM) -> Bool {
        dom.tag(node) == .script && dom.attribute("type", of: node)?.trimmingSpaces.lowercased().hasPrefix("math/tex") == true
    }

    /// Whether the page holds MathJax's TeX scripts, whose drawings are then left out.
    static func hasTeXScripts(_ dom: HTMLDOM) -> Bool {
        (0..<dom.nodeCount).contains { isTeXScript($0, in: dom) }
    }

    /// MathJax 2's drawing of a formula whose TeX script follows it.
    func isDrawnTeX(_ node: Int) -> Bool {
        guard [.span, .div].contains(dom.tag(node)) else { return false }
        return dom.classes(of: node).contains { Self.mathJaxDrawings.contains($0) }
    }

    static let mathJaxDrawings: Set<String> = [
        "MathJax", "MathJax_Preview", "MathJax_Display", "MathJax_SVG", "MathJax_SVG_Display", "MathJax_CHTML",
        "MathJax_MathML", "MathJax_MathContainer",
    ]

    /// A TeX script's formula: its text, as a display when its type says `mode=display`.
    private func texScriptFormula(_ node: Int) -> Span? {
        let tex = dom.textContent(of: node).trimmingSpaces
        guard !tex.isEmpty else { return nil }
        let isBlock = dom.attribute("type", of: node, contains: "mode=display")
        return Span(content: [.text(tex)], math: Math(display: isBlock ? .block : .inline, tex: tex, mathML: nil))
    }

    /// The formula at `node` (see `isFormula`) as a span whose content is the formula's text:
    /// its TeX, or the text a browser shows for its MathML. `nil` when it holds neither MathML nor TeX.
    func formula(_ node: Int) -> Span? {
        var mathElement: Int?
        var fallbackImage: Int?
        switch dom.tag(node) {
        case .script: return texScriptFormula(node)
        case .math: mathElement = node
        case .img: fallbackImage = node
        default:
            dom.forEachDescendant(of: node) { descendant in
                if mathElement == nil, dom.tag(descendant) == .math { mathElement = descendant }
                if fallbackImage == nil, dom.tag(descendant) == .img { fallbackImage = descendant }
            }
        }
        let mathML = mathElement.flatMap(mathMLElement)
        var tex = mathML?.texAnnotation
        if tex == nil, let mathElement { tex = attributeText("alttext", of: mathElement) }
        if tex == nil, let fallbackImage { tex = attributeText("alt", of: fallbackImage) }
        tex = tex.map(Self.withoutStyleWrapper)
        if tex?.isEmpty == true { tex = nil }
        guard tex != nil || mathML != nil else { return nil }
        let isBlock =
            mathElement.flatMap { dom.attribute("display", of: $0)?.lowercased() } == "block"
            || dom.attribute("class", of: node, contains: "mwe-math-element-block")
            || fallbackImage.map { dom.attribute("class", of: $0, contains: "fallback-image-display") } == true
        let math = Math(display: isBlock ? .block : .inline, tex: tex, mathML: mathML?.markup)
        let text = tex ?? mathElement.map(shownText) ?? ""
        return Span(content: text.isEmpty ? [] : [.text(text)], math: math)
    }

    /// The text of a `math` element a browser shows: all of it but the annotations of a
    /// `semantics` element (its TeX, say), collapsed. Unlike the MathML kept, it includes the
    /// text of elements that are not MathML (`<mtext><i>`, an `annotation-xml` rendered in place).
    private func shownText(_ math: Int) -> String {
        var text = ""
        var node = dom.firstChild(math)
        while let current = node {
            if dom.tag(current) == .text { text += dom.text(current) }
            let name = dom.name(of: current)
            let isAnnotation =
                (name == "annotation" || name == "annotation-xml")
                && dom.parent(current).map { dom.name(of: $0) == "semantics" } == true
            node = dom.next(after: current, within: math, skippingChildren: isAnnotation)
        }
        return HTMLWhitespace.normalized(text)
    }

    /// The MathML of a `math` element, walked without recursion and kept as `MathMLElement`
    /// keeps it.
    private func mathMLElement(_ math: Int) -> MathMLElement? {
        var builder = MathMLElement.Builder()
        func open(_ node: Int) {
            builder.open(dom.name(of: node), attributes: dom.attributes(of: node).map { ($0.name, $0.value) })
        }
        open(math)
        var node = dom.firstChild(math)
        while let current = node {
            if dom.tag(current) == .text {
                builder.text(dom.text(current))
            } else {
                open(current)
                if let child = dom.firstChild(current) {
                    node = child
                    continue
                }
                builder.close()
            }
            // Up to the next sibling, closing each element left on the way.
            var climbing = current
            node = nil
            while climbing != math {
                if let sibling = dom.nextSibling(climbing) {
                    node = sibling
                    break
                }
                guard let parent = dom.parent(climbing) else { break }
                if parent != math { builder.close() }
                climbing = parent
            }
        }
        builder.close()
        return builder.result
    }

    /// TeX without the `{\displaystyle ...}` or `{\textstyle ...}` that Wikipedia wraps around
    /// every formula.
    static func withoutStyleWrapper(_ tex: String) -> String {
        var text = Substring(tex.trimmingSpaces)
        let styles = ["{\\displaystyle", "{\\textstyle", "{\\scriptstyle"]
        for style in styles where text.hasPrefix(style) && text.hasSuffix("}") {
            let inner = text.dropFirst(style.count).dropLast()
            guard inner.first?.isLetter != true else { continue }
            text = inner
            break
        }
        return String(text).trimmingSpaces
    }
}
