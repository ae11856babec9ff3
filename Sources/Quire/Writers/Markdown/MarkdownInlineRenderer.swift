import QuireDocument

/// Writes inlines as CommonMark/GFM text, escaping only what would otherwise change the parse.
///
/// Emphasis, strong and strikethrough use `*`, `**` and `~~` where CommonMark's flanking rules
/// make them unambiguous, and fall back to `<em>`, `<strong>`, `<del>` elsewhere (content that
/// starts or ends with a space or punctuation, delimiters that would touch), which the reader
/// maps back to the same nodes.
struct MarkdownInlineRenderer {
    enum Context {
        case paragraph, heading, tableCell
    }

    var context: Context
    /// Numbers of links collected for `--reference-links`; `nil` writes links inline.
    var references: ReferenceLinks?
    /// With wrapping on, breakable spaces are written as this marker and chosen later.
    var breakableSpace: Character?

    /// The rendered inlines as lines, one for each line break in the text and, when `width` is
    /// given, wrapped at that many columns.
    mutating func renderLines(_ inlines: [Inline], width: Int? = nil) -> [String] {
        var output = ""
        renderSequence(inlines, into: &output, inLink: false, precededBy: "\n", followedBy: "\n")
        if let width, let marker = breakableSpace {
            output = wrap(output, at: width, breakingAt: marker)
        }
        return protectLineEdges(output)
    }

    /// Greedy wrapping at the breakable spaces; line starts are escaped afterwards like any other.
    private func wrap(_ text: String, at width: Int, breakingAt marker: Character) -> String {
        text.lineSlices.map { line -> String in
            var wrapped = ""
            var column = 0
            for (index, word) in line.split(separator: marker, omittingEmptySubsequences: false).enumerated() {
                if index > 0 {
                    if column + 1 + word.count > width, column > 0 {
                        wrapped += "\n"
                        column = 0
                    } else {
                        wrapped += " "
                        column += 1
                    }
                }
                wrapped += word
                column += word.count
            }
            return wrapped
        }.joined(separator: "\n")
    }

    /// `precededBy` and `followedBy` are the characters written before and after the sequence
    /// (`\n` at the edges of the block), `nil` when not known.
    private mutating func renderSequence(
        _ inlines: [Inline], into output: inout String, inLink: Bool, precededBy: Character?, followedBy: Character?
    ) {
        for (index, inline) in inlines.enumerated() {
            let isLast = index == inlines.count - 1
            let previous = output.last ?? precededBy
            let next = isLast ? followedBy : Self.firstCharacter(of: inlines[index + 1])
            switch inline {
            case .text(let text):
                var escaped = escapeText(text, followedByInline: !isLast, inLink: inLink)
                // `[^1]:` at a line start would define a footnote and `[^1](` start a link.
                if escaped.hasPrefix(":") || escaped.hasPrefix("("), index > 0, case .footnoteReference = inlines[index - 1] {
                    escaped = "\\" + escaped
                }
                output += escaped
            case .emphasis(let content):
                renderDelimited(content, delimiter: "*", tag: "em", into: &output, inLink: inLink, between: (previous, next))
            case .strong(let content):
                renderDelimited(content, delimiter: "**", tag: "strong", into: &output, inLink: inLink, between: (previous, next))
            // GFM pairs `~~` more loosely than emphasis (one inside another does not nest): only
            // around word characters.
            case .strikethrough(let content):
                renderDelimited(content, delimiter: "~~", tag: "del", into: &output, inLink: inLink, between: (previous, nil))
            case .superscript(let content): renderTagged(content, tag: "sup", into: &output, inLink: inLink)
            case .subscript(let content): renderTagged(content, tag: "sub", into: &output, inLink: inLink)
            case .code(let text):
                // Backticks right after another code span would join its fence.
                output += output.last == "`" ? "<code>" + escapeText(text, followedByInline: false, inLink: true) + "</code>" : codeSpan(text)
            case .link(let link): renderLink(link, into: &output)
            case .image(let image):
                output += "![" + bracketed(escapeText(image.alternativeText, followedByInline: false, inLink: true)) + "]"
                output += destination(image.source, title: image.title)
            case .lineBreak:
                let nextIsBreak: Bool = {
                    guard !isLast, case .softBreak = inlines[index + 1] else { return false }
                    return true
                }()
                output += context == .paragraph && !nextIsBreak && !output.isEmpty && !isLast ? "\\\n" : "<br>"
            case .softBreak:
                if context != .paragraph {
                    output += " "
                } else if let marker = breakableSpace, !inLink {
                    output.append(marker)
                } else {
                    output += "\n"
                }
            case .footnoteReference(let label): output += "[^\(label)]"
            // Verbatim: `representable` kept only HTML that reads back as itself where it stands.
            case .rawHTML(let html): output += html
            case .quoted(let quoted):
                let (open, close) = quoted.kind == .double ? ("\u{201C}", "\u{201D}") : ("\u{2018}", "\u{2019}")
                output += open
                renderSequence(quoted.content, into: &output, inLink: inLink, precededBy: open.last, followedBy: close.first)
                output += close
            case .span(let span):
                guard let math = span.math else {
                    renderSequence(span.content, into: &output, inLink: inLink, precededBy: previous, followedBy: next)
                    break
                }
                // As TeX, unescaped, for the Markdown processors that render `$...$` (pandoc,
                // GitHub); on one line, since a blank line would end the paragraph.
                let source = math.tex.flatMap { $0.isEmpty ? nil : $0 } ?? span.content.plainText
                let tex = source.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingSpaces
                let fence = math.display == .block ? "$$" : "$"
                if !tex.isEmpty { output += fence + tex + fence }
            }
        }
    }

    /// Delimiters around content that starts or ends with punctuation (`**Note:**`,
    /// `*“Quoted.”*`, `**[a link](u)**`) open only after a space or the start of the block and
    /// close only before a space, punctuation or the end of the block, so they need to know
    /// their neighbours; and they are used only when the opening one does not follow a word
    /// character (`org*10.*` would close an emphasis around it).
    private mutating func renderDelimited(
        _ content: [Inline], delimiter: String, tag: String, into output: inout String, inLink: Bool,
        between neighbours: (previous: Character?, next: Character?)
    ) {
        var inner = ""
        renderSequence(content, into: &inner, inLink: inLink, precededBy: nil, followedBy: nil)
        if canDelimit(inner, delimiter: delimiter, between: neighbours), !(output.last == "\\" && !output.hasSuffix("\\\\"))
        {
            output += delimiter + inner + delimiter
        } else {
            output += "<\(tag)>" + inner + "</\(tag)>"
        }
    }

    private func canDelimit(_ inner: String, delimiter: String, between neighbours: (previous: Character?, next: Character?)) -> Bool {
        guard let first = inner.first, let last = inner.last, neighbours.previous != delimiter.first else { return false }
        if isWordCharacter(first), isWordCharacter(last) { return true }
        // A delimiter character inside, left as text between spaces, could pair with these.
        guard let delimiterCharacter = delimiter.first, !inner.contains(delimiterCharacter) else { return false }
        guard let previous = neighbours.previous, let next = neighbours.next, !isWordCharacter(previous) else { return false }
        // Next to another delimiter or an escape the runs would merge (`***x***`) or be escaped.
        let isPlainPunctuation = { (character: Character) in self.isFlankingPunctuation(character) && !"*_~\\".contains(character) }
        let opens = isWordCharacter(first) || (isPlainPunctuation(first) && previous.isWhitespace)
        let closes = isWordCharacter(last) || (isPlainPunctuation(last) && (next.isWhitespace || isFlankingPunctuation(next)))
        return opens && closes
    }

    private mutating func renderTagged(_ content: [Inline], tag: String, into output: inout String, inLink: Bool) {
        output += "<\(tag)>"
        renderSequence(content, into: &output, inLink: inLink, precededBy: ">", followedBy: "<")
        output += "</\(tag)>"
    }

    private mutating func renderLink(_ link: Link, into output: inout String) {
        var content = ""
        renderSequence(link.content, into: &content, inLink: true, precededBy: "[", followedBy: "]")
        output += "[" + bracketed(content) + "]"
        if var references {
            output += "[\(references.number(for: link.url, title: link.title))]"
            self.references = references
        } else {
            output += destination(link.url, title: link.title)
        }
    }

    /// Link text: a leading `^` would turn `[^...]` into a footnote reference.
    private func bracketed(_ text: String) -> String {
        text.hasPrefix("^") ? "\\" + text : text
    }

    /// `(url "title")`, with the URL in angle brackets when it has spaces or parentheses.
    func destination(_ url: String, title: String?) -> String {
        MarkdownInlineRenderer.destination(url, title: title, inTable: context == .tableCell)
    }

    static func destination(_ url: String, title: String?, inTable: Bool) -> String {
        if !url.isEmpty, isPlainDestination(url, inTable: inTable), title.map({ isPlainTitle($0, inTable: inTable) }) ?? true {
            return title.map { "(\(url) \"\($0)\")" } ?? "(\(url))"
        }
        var text = "("
        let needsBrackets = url.isEmpty || url.contains { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" || $0.isWhitespace }
        var escaped = ""
        for (index, character) in zip(url.indices, url) {
            switch character {
            case "\\", "<", ">": escaped += "\\" + String(character)
            // cmark decodes references before backslash escapes in destinations and titles.
            case "&" where startsCharacterReference(url[url.index(after: index)...]): escaped += "&amp;"
            case "|" where inTable: escaped += "\\|"
            default: escaped.append(character)
            }
        }
        text += needsBrackets ? "<\(escaped)>" : escaped
        if let title {
            var quoted = ""
            for (index, character) in zip(title.indices, title) {
                switch character {
                // References, not backslash escapes: cmark's title scanner can run past `\\"`.
                // cmark decodes references before escapes, so a backslash needs two.
                case "\"": quoted += "&quot;"
                case "\\": quoted += "&#92;&#92;"
                case "\n": quoted += "&#10;"
                case "&" where startsCharacterReference(title[title.index(after: index)...]): quoted += "&amp;"
                case "|" where inTable: quoted += "\\|"
                default: quoted.append(character)
                }
            }
            text += " \"\(quoted)\""
        }
        return text + ")"
    }

    /// Printable ASCII with nothing a destination needs escaped or bracketed: most URLs,
    /// written as they are without the character-by-character pass below.
    private static func isPlainDestination(_ url: String, inTable: Bool) -> Bool {
        url.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
                UInt8(ascii: "&"):
                false
            case UInt8(ascii: "|"): !inTable
            default: byte > 0x20 && byte < 0x7F
            }
        }
    }

    /// Printable ASCII and spaces with nothing a title needs written as a reference.
    private static func isPlainTitle(_ title: String, inTable: Bool) -> Bool {
        title.utf8.allSatisfy { byte in
            byte >= 0x20 && byte < 0x7F && !"\"\\&".utf8.contains(byte) && !(inTable && byte == UInt8(ascii: "|"))
        }
    }

    /// A code span whose backtick fence is longer than any run inside, padded with a space when
    /// the code starts or ends with a backtick or a space (the reader removes one of each).
    private func codeSpan(_ text: String) -> String {
        guard !text.isEmpty else { return "<code></code>" }
        let fence = String(repeating: "`", count: longestRun(of: "`", in: text) + 1)
        let allSpaces = text.allSatisfy { $0 == " " }
        let needsPadding = !allSpaces && (text.first == "`" || text.last == "`" || (text.first == " " && text.last == " "))
        let body = context == .tableCell ? text.replacingPipes : text
        return needsPadding ? "\(fence) \(body) \(fence)" : "\(fence)\(body)\(fence)"
    }

    // MARK: - Text

    private func escapeText(_ text: String, followedByInline: Bool, inLink: Bool) -> String {
        guard needsEscaping(text) else { return text }
        let characters = Array(text)
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        for (index, character) in characters.enumerated() {
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "\\":
                // Before a letter or digit a backslash is just text; elsewhere it could escape
                // what follows, including the `&` of a reference added at a line end.
                if let next, next.isLetter || next.isNumber { output += "\\" } else { output += "\\\\" }
            case "`", "[", "]", "<", "~", "|":
                output += "\\" + String(character)
            case "*":
                if previous == " " && next == " " { output += "*" } else { output += "\\*" }
            case "_":
                if let previous, let next, previous.isLetter || previous.isNumber, next.isLetter || next.isNumber {
                    output += "_"
                } else {
                    output += "\\_"
                }
            case "&":
                let following = String(characters[(index + 1)...].prefix(33))
                output += startsCharacterReference(Substring(following)) ? "\\&" : "&"
            case "!":
                output += next == nil && followedByInline ? "\\!" : "!"
            case "{" where context == .heading:
                output += "\\{"
            case ":" where next == "/" && index + 2 < characters.count && characters[index + 2] == "/":
                output += "\\:"
            case "." where index >= 3 && characters[(index - 3)..<index] == ["w", "w", "w"]:
                output += "\\."
            case "@" where !inLink && previous.map(isEmailLocalCharacter) == true && next.map(isEmailLocalCharacter) == true:
                // cmark-gfm links e-mail addresses after parsing, through escapes and entities;
                // an empty comment splits the text node so the address is not found.
                output += "<!-- -->@"
            case " " where breakableSpace != nil && !inLink && previous != " " && next != " " && previous != nil && next != nil:
                output.append(breakableSpace ?? " ")
            case "\u{E000}" where breakableSpace != nil:
                output += "&#57344;"
            default:
                output.append(character)
            }
        }
        return output
    }

    /// Most prose has nothing to escape: a scan of its bytes is much cheaper than the
    /// character-by-character pass.
    private func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(needsEscaping)
    }

    private func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for (index, byte) in bytes.enumerated() where MarkdownInlineRenderer.mayNeedEscape[Int(byte)] {
            switch byte {
            case UInt8(ascii: ":"):
                if bytes[(index + 1)...].starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) { return true }
            case UInt8(ascii: "."):
                if index >= 3, bytes[(index - 3)..<index].elementsEqual("www".utf8) { return true }
            case UInt8(ascii: " "), 0xEE:
                if breakableSpace != nil { return true }
            default:
                return true
            }
        }
        return false
    }

    /// Per byte value, whether the byte may need an escape (or starts a character that may):
    /// one table lookup per byte in the common case of plain prose.
    private static let mayNeedEscape: [Bool] = (0...255).map { byte in
        "\\`[]<~|*_&!{@:. ".utf8.contains(UInt8(byte)) || byte == 0xEE
    }

    /// Escapes what would start a block at the beginning of a line, and turns spaces and tabs at
    /// either end of a line into character references, which the parser would otherwise strip.
    private func protectLineEdges(_ text: String) -> [String] {
        let lines = text.lineSlices
        guard lines.count > 1 || needsProtection(lines[0]) else { return [text] }
        return lines.enumerated().map { index, line -> String in
            guard needsProtection(line) else { return String(line) }
            let leading = line.prefix { $0 == " " || $0 == "\t" }
            let trailing = line.dropFirst(leading.count).reversed().prefix { $0 == " " || $0 == "\t" }
            let middle = line.dropFirst(leading.count).dropLast(trailing.count)
            var line = reference(leading) + escapeLineStart(middle, atLineStart: leading.isEmpty) + reference(trailing.reversed())
            // A first line that is one lone tag would open an HTML block instead of a paragraph.
            if index == 0, context == .paragraph, line.hasPrefix("<"), line.hasSuffix(">"),
                line.dropFirst().firstIndex(of: "<") == nil
            {
                line += "<!-- -->"
            }
            return line
        }
    }

    /// Whether a line's first or last byte may need attention: a quick test that most lines pass.
    private func needsProtection(_ line: Substring) -> Bool {
        guard let first = line.utf8.first, let last = line.utf8.last else { return false }
        if last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { return true }
        // What `escapeLineStart` escapes, `<`, and the spaces turned into references.
        switch first {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"),
            UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "<"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }

    private func reference<S: Sequence<Character>>(_ whitespace: S) -> String {
        whitespace.map { $0 == "\t" ? "&#9;" : "&#32;" }.joined()
    }

    private func escapeLineStart(_ line: Substring, atLineStart: Bool) -> String {
        guard atLineStart, let first = line.first else { return String(line) }
        switch first {
        // `:` can begin a table's delimiter row (`:-`), which would make the line before a header.
        case "#", ">", "-", "+", "=", ":":
            return "\\" + line
        case "0"..."9":
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            let after = line.dropFirst(digits.count)
            if digits.count <= 9, after.first == "." || after.first == ")" {
                return digits + "\\" + after
            }
            return String(line)
        default:
            return String(line)
        }
    }

    private func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Punctuation as cmark-gfm's flanking rules count it: ASCII punctuation and Unicode's
    /// punctuation categories (not its symbols, which CommonMark 0.31 added).
    private func isFlankingPunctuation(_ character: Character) -> Bool {
        character.isPunctuation || isASCIIPunctuation(character)
    }

    /// The first character an inline is written with, where it is sure without writing it.
    private static func firstCharacter(of inline: Inline) -> Character? {
        switch inline {
        case .text(let text): text.first
        case .softBreak, .lineBreak: "\n"
        case .link, .footnoteReference: "["
        case .image: "!"
        case .code: "`"
        default: nil
        }
    }

    private func isASCIIPunctuation(_ character: Character) -> Bool {
        character.isASCII && (character.isPunctuation || character.isSymbol)
    }

    private func isEmailLocalCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || ".+-_".contains(character))
    }
}

/// True when the text right after an `&` would be read as a character reference.
func startsCharacterReference(_ text: Substring) -> Bool {
    var count = 0
    for character in text.prefix(33) {
        if character == ";" { return count > 0 }
        guard character.isASCII, character.isLetter || character.isNumber || (character == "#" && count == 0) else {
            return false
        }
        count += 1
    }
    return false
}

/// The longest run of `fence` characters (backticks, tildes), which a code fence must outgrow.
func longestRun(of fence: Character, in text: String) -> Int {
    var longest = 0
    var run = 0
    for character in text {
        run = character == fence ? run + 1 : 0
        longest = max(longest, run)
    }
    return longest
}

/// Numbers links for `--reference-links`: the same URL and title share a number.
struct ReferenceLinks {
    private(set) var definitions: [(url: String, title: String?)] = []

    mutating func number(for url: String, title: String?) -> Int {
        if let index = definitions.firstIndex(where: { $0.url == url && $0.title == title }) { return index + 1 }
        definitions.append((url, title))
        return definitions.count
    }

    /// `[1]: <url> "title"` lines.
    var lines: [String] {
        definitions.enumerated().map { index, definition in
            let link = MarkdownInlineRenderer.destination(definition.url, title: definition.title, inTable: false)
            // A reference definition takes the destination without the parentheses.
            return "[\(index + 1)]: " + link.dropFirst().dropLast()
        }
    }
}

extension String {
    fileprivate var replacingPipes: String {
        reduce(into: "") { escaped, character in escaped += character == "|" ? "\\|" : String(character) }
    }
}
