/// The HTML elements the reader tells apart; every other element is `.other` and transparent.
enum HTMLTag: UInt8, Sendable {
    case document, text, other

    // Document and metadata
    case html, head, body, title, meta, link, base, script, style, template, noscript

    // Sections and grouping
    case article, section, main, header, footer, nav, aside, div, form, address, details, summary
    case center, hgroup, fieldset, legend, search, dialog
    case p, h1, h2, h3, h4, h5, h6, hr, pre, blockquote
    case ul, ol, menu, dir, li, dl, dt, dd
    case figure, figcaption

    // Tables
    case table, caption, colgroup, col, thead, tbody, tfoot, tr, th, td

    // Text-level
    case a, em, i, cite, dfn, strong, b, s, del, strike, sup, sub
    case code, kbd, samp, tt, `var`, q, mark, abbr, small, u, ins, span, font, time, br, wbr

    // Embedded content
    case img, picture, source, track, svg, math, iframe, object, embed, video, audio, canvas, map, area
    case param, applet, frame, frameset, noembed, noframes, keygen

    // Form controls
    case input, button, select, option, optgroup, textarea, datalist, output, progress, meter, label

    // Parts of an SVG drawing whose text is never drawn
    case desc, defs, symbol

    // Ruby annotations (readings of CJK characters)
    case ruby, rt, rp

    /// Each tag's name, in the order of the cases (`rawValue`). Written out: `String(describing:)`
    /// of every case looked the names up by reflection, 2 M instructions of every conversion of
    /// a page (docs/performance.md); `HTMLTagTests` checks the table against it.
    private static let names: [String] = [
        "document", "text", "other", "html", "head", "body", "title", "meta", "link", "base", "script",
        "style", "template", "noscript", "article", "section", "main", "header", "footer", "nav", "aside",
        "div", "form", "address", "details", "summary", "center", "hgroup", "fieldset", "legend", "search",
        "dialog", "p", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "blockquote", "ul", "ol", "menu",
        "dir", "li", "dl", "dt", "dd", "figure", "figcaption", "table", "caption", "colgroup", "col", "thead",
        "tbody", "tfoot", "tr", "th", "td", "a", "em", "i", "cite", "dfn", "strong", "b", "s", "del",
        "strike", "sup", "sub", "code", "kbd", "samp", "tt", "var", "q", "mark", "abbr", "small", "u", "ins",
        "span", "font", "time", "br", "wbr", "img", "picture", "source", "track", "svg", "math", "iframe",
        "object", "embed", "video", "audio", "canvas", "map", "area", "param", "applet", "frame", "frameset",
        "noembed", "noframes", "keygen", "input", "button", "select", "option", "optgroup", "textarea",
        "datalist", "output", "progress", "meter", "label", "desc", "defs", "symbol", "ruby", "rt", "rp",
    ]

    private static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        for (raw, name) in names.enumerated() where raw >= HTMLTag.html.rawValue {
            if let tag = HTMLTag(rawValue: UInt8(raw)) { table[name] = tag }
        }
        return table
    }()

    /// The tag for a lower-case element name.
    init(name: String) {
        self = HTMLTag.byName[name] ?? .other
    }

    /// The element name as written in HTML.
    var name: String { HTMLTag.names[Int(rawValue)] }

    /// Headings' level, 1 to 6.
    var headingLevel: Int? {
        switch self {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return nil
        }
    }

    /// HTML5 void elements that libxml2 2.9 does not know, so it nests the following siblings
    /// inside them; the DOM builder moves those children back out.
    var isVoidUnknownToLibXML2: Bool {
        switch self {
        case .source, .track, .wbr, .embed, .keygen: return true
        default: return false
        }
    }

    /// Whether this element, starting inside `parent`, ends `parent` in HTML5 where libxml2 2.9
    /// (following HTML 4) nests it instead: `<p>` before the HTML5 sectioning elements, and `dt`
    /// and `dd`, which libxml2 nests in one another.
    func closes(_ parent: HTMLTag) -> Bool {
        switch (parent, self) {
        case (.p, .article), (.p, .aside), (.p, .details), (.p, .dialog), (.p, .figcaption), (.p, .figure),
            (.p, .footer), (.p, .header), (.p, .hgroup), (.p, .main), (.p, .nav), (.p, .search), (.p, .section),
            (.p, .summary):
            return true
        case (.dt, .dt), (.dt, .dd), (.dd, .dt), (.dd, .dd):
            return true
        default:
            return false
        }
    }

    /// Elements whose content is never shown as text, so the DOM builder does not copy it (of a
    /// `select` it copies only the option shown).
    var hasNoContent: Bool {
        switch self {
        case .style, .template, .noframes, .datalist: return true
        default: return false
        }
    }

    /// Elements that start on a new line, so their edges end a paragraph even when they are
    /// transparent (a bare `div`).
    var isBlockLevel: Bool {
        switch self {
        case .html, .body, .article, .section, .main, .header, .footer, .nav, .aside, .div, .form, .address,
            .details, .summary, .center, .hgroup, .fieldset, .legend, .search, .dialog, .p, .h1, .h2, .h3, .h4,
            .h5, .h6, .hr, .pre, .blockquote, .ul, .ol, .menu, .dir, .li, .dl, .dt, .dd, .figure, .figcaption,
            .table, .caption, .thead, .tbody, .tfoot, .tr, .th, .td, .noscript:
            return true
        default:
            return false
        }
    }
}
