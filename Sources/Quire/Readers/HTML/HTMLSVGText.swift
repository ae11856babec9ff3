/// The text an inline SVG drawing shows: the labels of a chart or a diagram (`<text>`,
/// `<tspan>`), and HTML embedded with `<foreignObject>`. Before, only its label or `<title>` was
/// kept, and a chart's words were lost.
extension HTMLBlockBuilder {
    /// Every text node of the drawing, joined with spaces, except in the parts never drawn:
    /// `title` and `desc` (descriptions for tools; drawing programs write "Created with ..."
    /// there), `defs` and `symbol` (templates, drawn only where `use` places them), `style`
    /// and `script`. `nil` when it draws no words, as icons do.
    func svgDrawnText(_ svg: Int) -> String? {
        var pieces: [String] = []
        var node = dom.firstChild(svg)
        while let current = node {
            let tag = dom.tag(current)
            if tag == .text {
                pieces.append(dom.text(current))
            }
            let skipsChildren = Self.isNeverDrawn(tag) || (tag != .text && isHidden(current))
            node = dom.next(after: current, within: svg, skippingChildren: skipsChildren)
        }
        let text = HTMLWhitespace.normalized(pieces.joined(separator: " "))
        return text.isEmpty ? nil : text
    }

    /// The side, in CSS pixels, at or under which an `svg` is an icon: a magnifier, a share
    /// button's glyph. Its label (`aria-label`, `title`) names a control for screen readers;
    /// as text it would be a stray "ZoomIn icon" in the article, once per picture.
    static let iconSide = 48.0

    /// Whether `svg` is drawn as an icon: its `width` and `height` (or, without them, its
    /// `viewBox`) both at most `iconSide`.
    func isIcon(_ svg: Int) -> Bool {
        func length(_ name: String) -> Double? {
            guard var value = dom.attribute(name, of: svg)?.trimmingSpaces.lowercased() else { return nil }
            if value.hasSuffix("px") { value.removeLast(2) }
            return Double(value)
        }
        if let width = length("width"), let height = length("height") {
            return width <= Self.iconSide && height <= Self.iconSide
        }
        let box = (dom.attribute("viewbox", of: svg) ?? "").split(whereSeparator: { $0 == " " || $0 == "," })
            .compactMap { Double($0) }
        return box.count == 4 && box[2] <= Self.iconSide && box[3] <= Self.iconSide
    }

    private static func isNeverDrawn(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .title, .desc, .defs, .symbol, .style, .script: return true
        default: return false
        }
    }
}
