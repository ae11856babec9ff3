/// A formula's MathML as quire keeps and writes it: MathML elements only, with the attributes
/// that change how a formula looks, and text.
///
/// `Math.mathML` holds markup, which may come from any JSON document; writers never copy it.
/// They parse it into this form, which drops what is not MathML (`script`, `style`, HTML and SVG
/// in `annotation-xml`, event handlers, links, classes), and write that. The HTML reader builds
/// the same form from the page's elements.
public struct MathMLElement: Sendable, Equatable {
    public enum Child: Sendable, Equatable {
        case element(MathMLElement)
        case text(String)
    }

    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public var name: String
    public var attributes: [Attribute]
    public var children: [Child]

    /// MathML's namespace, written on every `math` element so XHTML and HTML both read it.
    public static let namespace = "http://www.w3.org/1998/Math/MathML"

    /// Deeper elements give way to their content: real formulas nest a few tens of levels, and
    /// writing and comparing recurse.
    public static let maximumDepth = 64

    /// MathML's presentation elements, `semantics` and `annotation` (a TeX one only, see
    /// `Builder`). Others are left out and their content kept.
    static let elements: Set<String> = [
        "math", "semantics", "annotation", "mi", "mn", "mo", "ms", "mtext", "mspace", "mrow", "mfrac", "msqrt",
        "mroot", "mstyle", "merror", "mpadded", "mphantom", "mfenced", "menclose", "msub", "msup", "msubsup",
        "munder", "mover", "munderover", "mmultiscripts", "mprescripts", "none", "mtable", "mtr", "mlabeledtr",
        "mtd", "maligngroup", "malignmark", "mstack", "mlongdiv", "msgroup", "msrow", "mscarries", "mscarry",
        "msline",
    ]

    /// Elements left out with everything they hold: `annotation-xml` may carry HTML or SVG.
    static let droppedWithContent: Set<String> = ["annotation-xml", "script", "style"]

    /// Attributes that only say how the formula looks; no URL, style, class or event handler.
    static let attributeNames: Set<String> = [
        "display", "alttext", "encoding", "mathvariant", "mathsize", "dir", "stretchy", "fence", "separator",
        "lspace", "rspace", "form", "largeop", "movablelimits", "symmetric", "minsize", "maxsize", "accent",
        "accentunder", "linethickness", "bevelled", "numalign", "denomalign", "displaystyle", "scriptlevel",
        "notation", "open", "close", "separators", "width", "height", "depth", "voffset", "columnalign",
        "rowalign", "columnspan", "rowspan", "columnlines", "rowlines", "frame", "framespacing", "rowspacing",
        "columnspacing", "equalrows", "equalcolumns", "align", "linebreak", "subscriptshift",
        "superscriptshift", "position", "shift", "location", "crossout", "longdivstyle", "charalign",
        "stackalign", "charspacing",
    ]

    /// The formula's text as a screen shows it without layout: `a2+b2` for a² + b². The TeX of
    /// an `annotation` is not part of it.
    public var text: String {
        var result = ""
        var pending: [Child] = [.element(self)]
        while let child = pending.popLast() {
            switch child {
            case .text(let text): result += text
            case .element(let element) where element.name != "annotation":
                pending += element.children.reversed()
            case .element: break
            }
        }
        return result.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .joined(separator: " ")
    }

    /// The TeX in a `semantics` element's `annotation`, when it has one.
    public var texAnnotation: String? {
        var pending: [Child] = [.element(self)]
        while let child = pending.popLast() {
            guard case .element(let element) = child else { continue }
            if element.name == "annotation" {
                let tex = element.children.map { if case .text(let text) = $0 { text } else { "" } }.joined()
                return tex.isEmpty ? nil : tex
            }
            pending += element.children.reversed()
        }
        return nil
    }

    /// The element as markup: `<math xmlns="..." display="block">...</math>`, valid both as
    /// HTML and as XHTML.
    public var markup: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        output += "<" + name
        if name == "math" { output += " xmlns=\"\(Self.namespace)\"" }
        for attribute in attributes {
            output += " \(attribute.name)=\"\(Self.escaped(attribute.value, quotes: true))\""
        }
        if children.isEmpty {
            output += "/>"
            return
        }
        output += ">"
        for child in children {
            switch child {
            case .text(let text): output += Self.escaped(text, quotes: false)
            case .element(let element): element.write(to: &output)
            }
        }
        output += "</\(name)>"
    }

    /// The text with markup characters escaped and the characters XML cannot carry (controls
    /// other than tab and line ends, U+FFFE, U+FFFF) left out.
    private static func escaped(_ text: String, quotes: Bool) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "\"" where quotes: result.append(contentsOf: "&quot;".unicodeScalars)
            case "\t", "\n", "\r": result.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || scalar.value == 0xFFFE
                    || scalar.value == 0xFFFF
                {
                    continue
                }
                result.append(scalar)
            }
        }
        return String(result)
    }
}

extension MathMLElement {
    /// Builds an element tree from a walk over some markup, keeping only what `MathMLElement`
    /// allows: other elements give way to their content, elements deeper than `maximumDepth`
    /// too, and `annotation-xml` (or an `annotation` that is not TeX) is left out entirely.
    public struct Builder {
        private var stack: [MathMLElement] = []
        /// For each open element of the source, whether it was kept (and so must be closed).
        private var opened: [Bool] = []
        /// How many open source elements are being left out with their content.
        private var skipping = 0
        private var root: MathMLElement?

        public init() {}

        public mutating func open(_ name: String, attributes: [(name: String, value: String)]) {
            let name = name.lowercased()
            if skipping > 0 || MathMLElement.droppedWithContent.contains(name) || isNonTeXAnnotation(name, attributes) {
                skipping += 1
                opened.append(false)
                return
            }
            let keeps =
                MathMLElement.elements.contains(name) && (name == "math") == stack.isEmpty
                && stack.count < MathMLElement.maximumDepth
            opened.append(keeps)
            guard keeps else { return }
            let kept = attributes.compactMap { attribute -> Attribute? in
                let attributeName = attribute.name.lowercased()
                guard MathMLElement.attributeNames.contains(attributeName) else { return nil }
                return Attribute(name: attributeName, value: attribute.value)
            }
            stack.append(MathMLElement(name: name, attributes: kept, children: []))
        }

        public mutating func text(_ text: String) {
            guard skipping == 0, !text.isEmpty, !stack.isEmpty else { return }
            let last = stack.count - 1
            if case .text(let previous) = stack[last].children.last {
                stack[last].children[stack[last].children.count - 1] = .text(previous + text)
            } else {
                stack[last].children.append(.text(text))
            }
        }

        public mutating func close() {
            guard let kept = opened.popLast() else { return }
            if skipping > 0 {
                skipping -= 1
                return
            }
            guard kept, let element = stack.popLast() else { return }
            if stack.isEmpty {
                root = element
            } else {
                stack[stack.count - 1].children.append(.element(element))
            }
        }

        /// The `math` element, once closed; `nil` when the markup held none.
        public var result: MathMLElement? { root }

        private func isNonTeXAnnotation(_ name: String, _ attributes: [(name: String, value: String)]) -> Bool {
            guard name == "annotation" else { return false }
            let encoding = attributes.first { $0.name.lowercased() == "encoding" }?.value.lowercased() ?? ""
            return !encoding.contains("tex")
        }
    }

    /// Parses markup such as `MathMLElement.markup` writes (XML: elements, attributes in quotes,
    /// text with the five predefined entities and numeric references) and keeps what
    /// `Builder` keeps. `nil` when the markup is not well-formed or holds no `math` element.
    public init?(markup: String) {
        var builder = Builder()
        var scanner = MarkupScanner(markup)
        var openNames: [String] = []
        while let token = scanner.next() {
            switch token {
            case .open(let name, let attributes, let selfClosing):
                builder.open(name, attributes: attributes)
                if selfClosing { builder.close() } else { openNames.append(name) }
            case .close(let name):
                guard openNames.popLast() == name else { return nil }
                builder.close()
            case .text(let text):
                builder.text(text)
            case .malformed:
                return nil
            }
        }
        guard openNames.isEmpty, let element = builder.result else { return nil }
        self = element
    }
}

/// Splits XML-style markup into tags and text, without recursion.
private struct MarkupScanner {
    enum Token {
        case open(name: String, attributes: [(name: String, value: String)], selfClosing: Bool)
        case close(name: String)
        case text(String)
        case malformed
    }

    private let characters: [Character]
    private var index = 0

    init(_ markup: String) {
        characters = Array(markup)
    }

    mutating func next() -> Token? {
        guard index < characters.count else { return nil }
        if characters[index] != "<" {
            var text = ""
            while index < characters.count, characters[index] != "<" {
                if characters[index] == "&" {
                    guard let decoded = entity() else { return .malformed }
                    text += decoded
                } else {
                    text.append(characters[index])
                    index += 1
                }
            }
            return .text(text)
        }
        index += 1
        if index < characters.count, characters[index] == "/" {
            index += 1
            guard let name = name() else { return .malformed }
            skipSpaces()
            guard take(">") else { return .malformed }
            return .close(name: name)
        }
        guard let name = name() else { return .malformed }
        var attributes: [(name: String, value: String)] = []
        while true {
            skipSpaces()
            if take(">") { return .open(name: name, attributes: attributes, selfClosing: false) }
            if take("/") {
                guard take(">") else { return .malformed }
                return .open(name: name, attributes: attributes, selfClosing: true)
            }
            guard let attributeName = self.name() else { return .malformed }
            skipSpaces()
            guard take("=") else { return .malformed }
            skipSpaces()
            guard index < characters.count, characters[index] == "\"" || characters[index] == "'" else {
                return .malformed
            }
            let quote = characters[index]
            index += 1
            var value = ""
            while index < characters.count, characters[index] != quote {
                if characters[index] == "<" { return .malformed }
                if characters[index] == "&" {
                    guard let decoded = entity() else { return .malformed }
                    value += decoded
                } else {
                    value.append(characters[index])
                    index += 1
                }
            }
            guard take(quote) else { return .malformed }
            attributes.append((attributeName, value))
        }
    }

    private mutating func name() -> String? {
        let start = index
        while index < characters.count,
            characters[index].isLetter || characters[index].isNumber || "-_:.".contains(characters[index])
        {
            index += 1
        }
        return index > start ? String(characters[start..<index]) : nil
    }

    private mutating func skipSpaces() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    private mutating func take(_ character: Character) -> Bool {
        guard index < characters.count, characters[index] == character else { return false }
        index += 1
        return true
    }

    /// The character an `&...;` reference at `index` stands for.
    private mutating func entity() -> String? {
        guard let end = characters[index...].prefix(12).firstIndex(of: ";") else { return nil }
        let body = String(characters[(index + 1)..<end])
        index = end + 1
        switch body {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard body.hasPrefix("#") else { return nil }
            let digits = body.dropFirst()
            let isHex = digits.hasPrefix("x") || digits.hasPrefix("X")
            let value = isHex ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}

extension Math {
    /// What plain text shows for the formula: its TeX, or without one its MathML's text.
    public var text: String {
        if let tex, !tex.isEmpty { return tex }
        return mathML.flatMap(MathMLElement.init(markup:))?.text ?? ""
    }
}
