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

    private static func isNeverDrawn(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .title, .desc, .defs, .symbol, .style, .script: return true
        default: return false
        }
    }
}
