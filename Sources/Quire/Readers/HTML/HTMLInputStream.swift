import Glibc

/// Rewrites a page's UTF-8 so that libxml2's HTML 4 parser builds what a browser's HTML5 parser
/// would show, where the two differ in ways that lose text:
///
/// - a NUL byte ends libxml2's input (everything after it was lost); NUL and the other control
///   characters a browser does not show are dropped, and CR LF and CR become LF;
/// - character references are decoded by HTML5's rules: its 2,231 names (libxml2 knows HTML 4's
///   253), the legacy names without `;`, numeric references in the C1 range read as
///   Windows-1252, and NUL, surrogates and out-of-range numbers as U+FFFD;
/// - `textarea` and `title` hold text, with references (RCDATA); `xmp`, `iframe`, `noembed` and
///   `noframes` hold text as written (RAWTEXT), and `plaintext` all the rest of the page, where
///   libxml2 reads markup into them, so an unclosed tag there no longer swallows the page;
/// - what `noscript` holds stays markup (its images are the page's real ones) but is closed at
///   `</noscript>`: an unclosed `<div>` inside no longer swallows the rest; the same for
///   `template`, whose content is a fragment of its own in HTML5 (an unclosed `<table>` in it
///   held the rest of the page);
/// - comments (HTML5's `<!-->` and `--!>` included) and bogus comments (`<?...>`, `</ x>`) are
///   removed, and a `<` that opens no tag is text;
/// - a `select` ends where HTML5 ends it (at `<input>`, `<textarea>`, another `<select>`, a
///   table's parts), not at the end of the page;
/// - a CDATA section inside `svg` or `math` is text, as HTML5 reads it there (libxml2 dropped
///   it); elsewhere it is a bogus comment, as in HTML5.
///
/// One pass over the bytes, copying: linear in the page.
enum HTMLInputStream {
    static func prepared(_ page: [UInt8]) -> [UInt8] {
        var scanner = Scanner(page)
        scanner.scan(until: page.count)
        return scanner.output
    }

    private struct Scanner {
        let input: [UInt8]
        var output: [UInt8] = []
        var position = 0
        /// Elements opened inside a `noscript` or a `template`, to close at its end; `nil` outside
        /// one.
        var openInBox: [[UInt8]]?
        /// How many `svg` and `math` elements are open: inside them CDATA sections are text.
        var foreignDepth = 0
        /// Whether a `select` is open, which HTML5 closes where libxml2 does not.
        var isInSelect = false

        init(_ input: [UInt8]) {
            self.input = input
            output.reserveCapacity(input.count + input.count / 64)
        }

        mutating func scan(until end: Int) {
            while position < end {
                // Runs of plain text, most of a page, are copied whole.
                let runStart = position
                position = Self.isSpecial.withUnsafeBufferPointer { special in
                    input.withUnsafeBufferPointer { bytes in
                        var index = runStart
                        while index < end, !special[Int(bytes[index])] { index += 1 }
                        return index
                    }
                }
                if position > runStart { output.append(contentsOf: input[runStart..<position]) }
                guard position < end else { return }
                let byte = input[position]
                switch byte {
                case ascii("<"): tag(until: end)
                case ascii("&"): characterReference(until: end, inAttribute: false)
                case ascii("\r"):
                    output.append(ascii("\n"))
                    position += 1
                    if position < end, input[position] == ascii("\n") { position += 1 }
                case 0x00...0x08, 0x0B, 0x0E...0x1F, 0x7F:
                    position += 1
                default:
                    output.append(byte)
                    position += 1
                }
            }
        }

        // MARK: Tags

        private mutating func tag(until end: Int) {
            let next = position + 1 < end ? input[position + 1] : 0
            switch next {
            case ascii("!"):
                if startsWith("<!--", at: position) {
                    comment(until: end)
                } else if foreignDepth > 0, startsWith("<![CDATA[", at: position) {
                    cdataSection(until: end)
                } else if startsWith("<!doctype", at: position, caseInsensitive: true) {
                    copyTag(until: end, decodingAttributes: false)
                } else {
                    skipBogusComment(until: end)
                }
            case ascii("?"):
                skipBogusComment(until: end)
            case ascii("/"):
                let afterSlash = position + 2 < end ? input[position + 2] : 0
                if isLetter(afterSlash) {
                    endTag(until: end)
                } else if afterSlash == ascii(">") {
                    position += 3
                } else if position + 2 >= end {
                    output += Array("&lt;/".utf8)
                    position = end
                } else {
                    skipBogusComment(until: end)
                }
            case let letter where isLetter(letter):
                startTag(until: end)
            default:
                output += Array("&lt;".utf8)
                position += 1
            }
        }

        private mutating func startTag(until end: Int) {
            let tagStart = position
            let name = tagName(at: position + 1, until: end)
            guard let close = tagEnd(from: position, until: end) else {
                // A tag cut off by the end of the page is no tag (HTML5: EOF in tag).
                position = end
                return
            }
            if isInSelect, Self.closesSelect.contains(name) {
                // HTML5 ends the `select` here; libxml2 would keep the rest of the page in it.
                output += Array("</select>".utf8)
                isInSelect = false
                if name == Self.select {
                    position = close + 1
                    return
                }
            }
            let selfClosing = close > position && input[close - 1] == ascii("/")
            switch name {
            case Self.xmp, Self.plaintext:
                // Obsolete forms of `pre`; libxml2 does not know them as such.
                output += Array("<pre>".utf8)
                position = close + 1
                let contentEnd = name == Self.plaintext ? end : endTagPosition(of: name, from: position, until: end)
                appendText(upTo: contentEnd, references: false)
                output += Array("</pre>".utf8)
                position = name == Self.plaintext ? end : skipEndTag(at: contentEnd, until: end)
                return
            default:
                copyTag(through: close, decodingAttributes: true)
            }
            if selfClosing { return }
            if name == Self.svg || name == Self.math { foreignDepth += 1 }
            if name == Self.select { isInSelect = true }
            if Self.rawTextElements.contains(name) || Self.escapableRawTextElements.contains(name) {
                let contentEnd = endTagPosition(of: name, from: position, until: end)
                if name == Self.style || (name == Self.script && !isReadScript(from: tagStart, through: close)) {
                    // Styling and scripts other than JSON-LD and TeX are never read (the DOM copy drops
                    // them), and libxml2 reads such content a character at a time: on pages with
                    // large inline scripts that was a third of the reader's time. The element
                    // stays, empty.
                    position = contentEnd
                } else if name == Self.script {
                    output += input[position..<contentEnd]
                    position = contentEnd
                } else {
                    appendText(upTo: contentEnd, references: Self.escapableRawTextElements.contains(name))
                }
            } else if name == Self.noscript || name == Self.template, openInBox == nil {
                let contentEnd = endTagPosition(of: name, from: position, until: end)
                openInBox = []
                scan(until: contentEnd)
                for element in (openInBox ?? []).reversed() { output += Array("</".utf8) + element + [ascii(">")] }
                openInBox = nil
            } else if openInBox != nil, !Self.voidElements.contains(name) {
                openInBox?.append(name)
            }
        }

        private mutating func endTag(until end: Int) {
            let name = tagName(at: position + 2, until: end)
            if name == Self.svg || name == Self.math { foreignDepth = max(0, foreignDepth - 1) }
            if isInSelect, name == Self.select || Self.endTagsClosingSelect.contains(name) { isInSelect = false }
            if var open = openInBox, let index = open.lastIndex(of: name) {
                open.removeSubrange(index...)
                openInBox = open
            }
            copyTag(until: end, decodingAttributes: false)
        }

        /// Copies a tag through its closing `>`, decoding references in attribute values.
        private mutating func copyTag(until end: Int, decodingAttributes: Bool) {
            guard let close = tagEnd(from: position, until: end) else {
                position = end
                return
            }
            copyTag(through: close, decodingAttributes: decodingAttributes)
        }

        /// `copyTag(until:decodingAttributes:)` for a tag whose `>` is already found at `close`.
        private mutating func copyTag(through close: Int, decodingAttributes: Bool) {
            // Most tags hold no reference and no NUL: copied whole. Tags run long (`srcset`,
            // data URLs, JSON in attributes), so both are looked for with `memchr`.
            let holdsReferenceOrNUL = input.withUnsafeBufferPointer { bytes in
                let start = bytes.baseAddress! + position
                let length = close + 1 - position
                return memchr(start, Int32(ascii("&")), length) != nil || memchr(start, 0, length) != nil
            }
            if !holdsReferenceOrNUL {
                output.append(contentsOf: input[position...close])
                position = close + 1
                return
            }
            var quote: UInt8?
            while position <= close {
                let byte = input[position]
                if let open = quote {
                    if byte == open {
                        quote = nil
                    } else if byte == ascii("&"), decodingAttributes {
                        characterReference(until: close, inAttribute: true)
                        continue
                    } else if byte == 0 {
                        output += Self.replacementCharacter
                        position += 1
                        continue
                    }
                } else if byte == ascii("\"") || byte == ascii("'") {
                    quote = byte
                } else if byte == 0 {
                    position += 1
                    continue
                }
                output.append(byte)
                position += 1
            }
        }

        /// The `>` that ends the tag starting at `start`, outside quoted attribute values. A
        /// quoted value is crossed in one `memchr` for its closing quote.
        private func tagEnd(from start: Int, until end: Int) -> Int? {
            input.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return nil }
                var index = start + 1
                var afterEquals = false
                while index < end {
                    let byte = bytes[index]
                    if (byte == ascii("\"") || byte == ascii("'")) && afterEquals {
                        guard index + 1 < end, let found = memchr(base + index + 1, Int32(byte), end - index - 1) else {
                            return nil
                        }
                        // Past the closing quote, which is no `=`.
                        index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                        afterEquals = false
                        continue
                    }
                    if byte == ascii(">") { return index }
                    if !isSpace(byte) { afterEquals = byte == ascii("=") }
                    index += 1
                }
                return nil
            }
        }

        private func tagName(at start: Int, until end: Int) -> [UInt8] {
            var name: [UInt8] = []
            var index = start
            while index < end, name.count < 16 {
                let byte = input[index]
                if isSpace(byte) || byte == ascii("/") || byte == ascii(">") { break }
                name.append(byte | (isLetter(byte) ? 0x20 : 0))
                index += 1
            }
            return name
        }

        /// Whether the start tag in `start...close` says `ld+json` or `math/` anywhere (its
        /// `type`, in any case): a superset of the scripts the DOM copy keeps (JSON-LD, and the
        /// TeX of MathJax formulas), so none of them loses its text.
        private func isReadScript(from start: Int, through close: Int) -> Bool {
            var index = start
            while index < close {
                let byte = input[index] | 0x20
                if byte == ascii("l"), startsWith(Self.jsonLD, at: index, caseInsensitive: true) { return true }
                if byte == ascii("m"), startsWith(Self.mathType, at: index, caseInsensitive: true) { return true }
                index += 1
            }
            return false
        }

        /// Where `</name` followed by a space, `/` or `>` starts, or `end`. Script content runs
        /// to hundreds of kilobytes, so the `<` are found with `memchr`.
        private func endTagPosition(of name: [UInt8], from start: Int, until end: Int) -> Int {
            input.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return end }
                var index = start
                while index + 2 + name.count <= end {
                    guard let found = memchr(base + index, Int32(ascii("<")), end - 2 - name.count - index + 1) else {
                        return end
                    }
                    index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if bytes[index + 1] == ascii("/"), startsWith(name, at: index + 2, caseInsensitive: true) {
                        let after = index + 2 + name.count
                        if after == end || isSpace(bytes[after]) || bytes[after] == ascii("/") || bytes[after] == ascii(">") {
                            return index
                        }
                    }
                    index += 1
                }
                return end
            }
        }

        /// Past the end tag at `start` (through its `>`), or `end`.
        private func skipEndTag(at start: Int, until end: Int) -> Int {
            guard start < end, let close = tagEnd(from: start, until: end) else { return end }
            return close + 1
        }

        // MARK: Comments

        private mutating func comment(until end: Int) {
            var index = position + 4
            // `<!-->` and `<!--->` end at once.
            if index < end, input[index] == ascii(">") {
                position = index + 1
                return
            }
            if index + 1 < end, input[index] == ascii("-"), input[index + 1] == ascii(">") {
                position = index + 2
                return
            }
            // From one `-` to the next with `memchr`: comments hold whole scripts and templates.
            while index < end {
                guard let found = input.withUnsafeBufferPointer({ memchr($0.baseAddress! + index, Int32(ascii("-")), end - index) })
                else { break }
                index = input.withUnsafeBufferPointer { $0.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self)) }
                if startsWith(Self.commentEnd, at: index) {
                    position = index + 3
                    return
                }
                if startsWith(Self.bangCommentEnd, at: index) {
                    position = index + 4
                    return
                }
                index += 1
            }
            position = end
        }

        /// `<![CDATA[...]]>` in foreign content: its text, escaped, through `]]>` or the end.
        private mutating func cdataSection(until end: Int) {
            let contentStart = position + "<![CDATA[".utf8.count
            var contentEnd = contentStart
            while contentEnd < end, !startsWith("]]>", at: contentEnd) { contentEnd += 1 }
            position = contentStart
            appendText(upTo: contentEnd, references: false)
            position = min(contentEnd + 3, end)
        }

        private mutating func skipBogusComment(until end: Int) {
            var index = position + 1
            while index < end, input[index] != ascii(">") { index += 1 }
            position = min(index + 1, end)
        }

        // MARK: Text and references

        /// Copies text as text: `<` escaped; `&` decoded as a reference, or escaped.
        private mutating func appendText(upTo contentEnd: Int, references: Bool) {
            while position < contentEnd {
                let byte = input[position]
                switch byte {
                case ascii("<"):
                    output += Array("&lt;".utf8)
                    position += 1
                case ascii("&") where references:
                    characterReference(until: contentEnd, inAttribute: false)
                case ascii("&"):
                    output += Array("&amp;".utf8)
                    position += 1
                case 0x00...0x08, 0x0B, 0x0E...0x1F, 0x7F:
                    position += 1
                default:
                    output.append(byte)
                    position += 1
                }
            }
        }

        private mutating func characterReference(until end: Int, inAttribute: Bool) {
            let start = position
            if start + 1 < end, input[start + 1] == ascii("#") {
                numericReference(until: end)
                return
            }
            var nameEnd = start + 1
            while nameEnd < end, nameEnd - start - 1 < HTMLEntityTable.longestName, isAlphanumeric(input[nameEnd]) {
                nameEnd += 1
            }
            let withSemicolon = nameEnd < end && input[nameEnd] == ascii(";")
            let name = String(decoding: input[(start + 1)..<nameEnd], as: UTF8.self)
            if withSemicolon, let scalars = HTMLEntityTable.common(name) ?? HTMLEntityTable.codePoints[name + ";"] {
                appendCharacters(scalars)
                position = nameEnd + 1
                return
            }
            // The legacy names (ASCII, like every name) also count without `;`, the longest that
            // fits; in an attribute
            // value not when a letter, digit or `=` follows (`?a=1&copy=2` is a query string).
            var length = name.utf8.count
            while length > 1 {
                if let scalars = HTMLEntityTable.codePoints[String(name.prefix(length))] {
                    let after = start + 1 + length
                    let continues = after < end && (isAlphanumeric(input[after]) || input[after] == ascii("="))
                    if inAttribute, continues { break }
                    appendCharacters(scalars)
                    position = after
                    return
                }
                length -= 1
            }
            output += Array("&amp;".utf8)
            position = start + 1
        }

        private mutating func numericReference(until end: Int) {
            var index = position + 2
            let hexadecimal = index < end && (input[index] == ascii("x") || input[index] == ascii("X"))
            if hexadecimal { index += 1 }
            let digitsStart = index
            var value: UInt32 = 0
            while index < end, let digit = digitValue(input[index], hexadecimal: hexadecimal) {
                value = min(value &* (hexadecimal ? 16 : 10) &+ digit, 0x110000)
                index += 1
            }
            guard index > digitsStart else {
                // `&#` or `&#x` without digits is text.
                output += Array("&amp;".utf8)
                position += 1
                return
            }
            if index < end, input[index] == ascii(";") { index += 1 }
            position = index
            appendCharacters([Self.numericCharacter(value)])
        }

        /// HTML5's reading of a numeric reference.
        static func numericCharacter(_ value: UInt32) -> Unicode.Scalar {
            if value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return "\u{FFFD}" }
            if (0x80...0x9F).contains(value), let windows1252 = Self.windows1252[Int(value - 0x80)] {
                return windows1252
            }
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        }

        /// Decoded characters, with the five that are markup written as numeric references
        /// again, and control characters a browser does not show left out.
        private mutating func appendCharacters(_ scalars: [Unicode.Scalar]) {
            for scalar in scalars {
                switch scalar {
                case "&", "<", ">", "\"", "'":
                    output += Array("&#\(scalar.value);".utf8)
                case "\t", "\n", "\u{0C}":
                    output.append(UInt8(scalar.value))
                case "\u{00}"..."\u{1F}", "\u{7F}":
                    continue
                default:
                    output += Array(String(scalar).utf8)
                }
            }
        }

        // MARK: Bytes

        private func startsWith(_ text: String, at index: Int, caseInsensitive: Bool = false) -> Bool {
            startsWith(Array(text.utf8), at: index, caseInsensitive: caseInsensitive)
        }

        private func startsWith(_ bytes: [UInt8], at index: Int, caseInsensitive: Bool = false) -> Bool {
            guard index + bytes.count <= input.count else { return false }
            for offset in bytes.indices {
                let byte = input[index + offset]
                let folded = caseInsensitive && isLetter(byte) ? byte | 0x20 : byte
                if folded != bytes[offset] { return false }
            }
            return true
        }

        private func digitValue(_ byte: UInt8, hexadecimal: Bool) -> UInt32? {
            switch byte {
            case ascii("0")...ascii("9"): return UInt32(byte - ascii("0"))
            case ascii("a")...ascii("f") where hexadecimal: return UInt32(byte - ascii("a") + 10)
            case ascii("A")...ascii("F") where hexadecimal: return UInt32(byte - ascii("A") + 10)
            default: return nil
            }
        }

        static let script = Array("script".utf8)
        static let jsonLD = Array("ld+json".utf8)
        static let mathType = Array("math/".utf8)
        static let commentEnd = Array("-->".utf8)
        static let bangCommentEnd = Array("--!>".utf8)
        static let style = Array("style".utf8)
        static let noscript = Array("noscript".utf8)
        static let template = Array("template".utf8)
        static let select = Array("select".utf8)
        /// Start tags that end an open `select` in HTML5 (the table ones where it sits in a table).
        static let closesSelect: Set<[UInt8]> = Set(
            ["select", "input", "keygen", "textarea", "table", "caption", "tbody", "thead", "tfoot", "tr", "td", "th"]
                .map { Array($0.utf8) })
        static let endTagsClosingSelect: Set<[UInt8]> = Set(
            ["table", "caption", "tbody", "thead", "tfoot", "tr", "td", "th"].map { Array($0.utf8) })
        static let svg = Array("svg".utf8)
        static let math = Array("math".utf8)
        static let xmp = Array("xmp".utf8)
        static let plaintext = Array("plaintext".utf8)
        static let rawTextElements: Set<[UInt8]> = Set(["script", "style", "iframe", "noembed", "noframes"].map { Array($0.utf8) })
        static let escapableRawTextElements: Set<[UInt8]> = Set(["textarea", "title"].map { Array($0.utf8) })
        static let voidElements: Set<[UInt8]> = Set(
            ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen"]
                .map { Array($0.utf8) })
        static let replacementCharacter = Array("\u{FFFD}".utf8)

        /// The bytes `scan` stops at: markup, references, and the control characters it drops
        /// or rewrites.
        static let isSpecial: [Bool] = (0...255).map { byte in
            byte == 0x3C || byte == 0x26 || byte == 0x7F || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C)
        }

        /// Windows-1252 for 0x80–0x9F, as HTML5 reads numeric references there; `nil` where the
        /// code page has no character and the code point stands.
        static let windows1252: [Unicode.Scalar?] = [
            "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
            "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
            nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
            "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
        ]
    }
}

private func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }

private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

private func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= 0x30 && byte <= 0x39) }

private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
