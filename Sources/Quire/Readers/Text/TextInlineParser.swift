import QuireDocument

/// Finds the light markup that text exports of web pages carry, where it is unambiguous:
/// `**strong**`, `*emphasis*`, `_emphasis_`, `[label](url)`, `<url>`, bare URLs and e-mail
/// addresses, and `[1]` footnote references whose note exists.
///
/// Markup that does not close stays as the characters it was, so no word is ever lost. It
/// works on UTF-8 bytes because every markup character is ASCII; closers are found through
/// sorted position lists, so unclosed markup costs a binary search rather than a rescan.
struct TextInlineParser {
    /// Labels of the footnotes the document defines; other `[n]` stay text.
    var footnoteLabels: Set<String> = []

    /// How deeply markup may nest (`**a *b* a**` is 2); deeper markers stay text.
    private static let maximumNesting = 6
    /// Emphasis spanning more than this many bytes is not emphasis but stray asterisks.
    private static let maximumSpan = 2000

    /// The inlines of one stretch of text with no line breaks.
    func parse(_ text: String) -> [Inline] {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: Self.mayStartMarkup) else { return text.isEmpty ? [] : [.text(text)] }
        let context = Context(bytes: bytes, footnoteLabels: footnoteLabels)
        var output = InlineBuilder()
        context.parse(0..<bytes.count, depth: 0, into: &output)
        return output.inlines
    }

    /// The text of `text` with its markup removed: for metadata fields such as the title.
    func plainText(_ text: String) -> String {
        parse(text).plainText
    }

    private static func mayStartMarkup(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "[")
            || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "@") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "w")
    }

    private struct Context {
        let bytes: [UInt8]
        let footnoteLabels: Set<String>
        /// Positions of closers, ascending, per kind of markup.
        let strongClosers: [Int]
        let starClosers: [Int]
        let underscoreClosers: [Int]

        init(bytes: [UInt8], footnoteLabels: Set<String>) {
            self.bytes = bytes
            self.footnoteLabels = footnoteLabels
            var strong: [Int] = []
            var star: [Int] = []
            var underscore: [Int] = []
            for index in bytes.indices where index > 0 {
                let previous = bytes[index - 1]
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
                guard !isSpace(previous) else { continue }
                switch bytes[index] {
                case UInt8(ascii: "*"):
                    if next == UInt8(ascii: "*"), previous != UInt8(ascii: "*") {
                        strong.append(index)
                    } else if next != UInt8(ascii: "*"), previous != UInt8(ascii: "*") {
                        star.append(index)
                    }
                case UInt8(ascii: "_"):
                    // Not part of a run (`__init__`), which is a name, not emphasis.
                    if !isWordByte(next), next != UInt8(ascii: "_"), previous != UInt8(ascii: "_") {
                        underscore.append(index)
                    }
                default: break
                }
            }
            strongClosers = strong
            starClosers = star
            underscoreClosers = underscore
        }

        func parse(_ range: Range<Int>, depth: Int, into output: inout InlineBuilder) {
            var index = range.lowerBound
            var textStart = index
            func flush(upTo end: Int) {
                if textStart < end { output.appendText(bytes[textStart..<end]) }
            }
            while index < range.upperBound {
                if let (inline, end, start) = markup(at: index, in: range, textStart: textStart, depth: depth) {
                    flush(upTo: start)
                    output.append(inline)
                    index = end
                    textStart = end
                } else {
                    index += 1
                }
            }
            flush(upTo: range.upperBound)
        }

        /// The markup starting at `index` (or, for e-mail addresses, around it): the inline,
        /// where it ends and where it starts.
        private func markup(at index: Int, in range: Range<Int>, textStart: Int, depth: Int)
            -> (Inline, end: Int, start: Int)?
        {
            let byte = bytes[index]
            let previous = index > range.lowerBound ? bytes[index - 1] : 0x20
            switch byte {
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                guard depth < TextInlineParser.maximumNesting else { return nil }
                return emphasis(at: index, in: range, previous: previous, depth: depth).map { ($0.0, $0.1, index) }
            case UInt8(ascii: "["):
                if let link = bracketLink(at: index, in: range, depth: depth) { return (link.0, link.1, index) }
                return footnoteReference(at: index, in: range).map { ($0.0, $0.1, index) }
            case UInt8(ascii: "<"):
                return angleLink(at: index, in: range).map { ($0.0, $0.1, index) }
            case UInt8(ascii: "h"), UInt8(ascii: "f"), UInt8(ascii: "w"):
                guard !isWordByte(previous), previous != UInt8(ascii: "/") else { return nil }
                return bareURL(at: index, in: range).map { ($0.0, $0.1, index) }
            case UInt8(ascii: "@"):
                return email(around: index, in: range, textStart: textStart)
            default:
                return nil
            }
        }

        private func emphasis(at index: Int, in range: Range<Int>, previous: UInt8, depth: Int) -> (Inline, Int)? {
            let byte = bytes[index]
            let isDouble = byte == UInt8(ascii: "*") && index + 1 < range.upperBound && bytes[index + 1] == byte
            let width = isDouble ? 2 : 1
            let contentStart = index + width
            guard contentStart < range.upperBound, !isSpace(bytes[contentStart]), bytes[contentStart] != byte else {
                return nil
            }
            if byte == UInt8(ascii: "_"), isWordByte(previous) || previous == byte { return nil }
            let closers = isDouble ? strongClosers : (byte == UInt8(ascii: "*") ? starClosers : underscoreClosers)
            guard let close = firstPosition(in: closers, after: contentStart),
                close + width <= range.upperBound, close - contentStart <= TextInlineParser.maximumSpan
            else { return nil }
            var content = InlineBuilder()
            parse(contentStart..<close, depth: depth + 1, into: &content)
            let inline: Inline = isDouble ? .strong(content.inlines) : .emphasis(content.inlines)
            return (inline, close + width)
        }

        /// `[label](url)`, when the target has the shape of an address: `[foo](bar)` in plain
        /// text is more often the syntax shown than a link to a page called `bar`.
        private func bracketLink(at index: Int, in range: Range<Int>, depth: Int) -> (Inline, Int)? {
            guard let close = find(UInt8(ascii: "]"), from: index + 1, in: range, stoppingAt: UInt8(ascii: "[")),
                close + 1 < range.upperBound, bytes[close + 1] == UInt8(ascii: "("),
                let end = find(UInt8(ascii: ")"), from: close + 2, in: range, stoppingAt: 0x20),
                Self.looksLikeAddress(bytes[(close + 2)..<end])
            else { return nil }
            let url = String(decoding: bytes[(close + 2)..<end], as: UTF8.self)
            var label = InlineBuilder()
            parse((index + 1)..<close, depth: depth + 1, into: &label)
            return (.link(Link(url: url, content: label.inlines)), end + 1)
        }

        /// `[1]` or `[^1]`, when the document has a note marked the same way.
        private func footnoteReference(at index: Int, in range: Range<Int>) -> (Inline, Int)? {
            guard !footnoteLabels.isEmpty,
                let close = find(UInt8(ascii: "]"), from: index + 1, in: range, stoppingAt: 0x20), close - index <= 11
            else { return nil }
            let marker = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
            guard footnoteLabels.contains(marker) else { return nil }
            return (.footnoteReference(marker.hasPrefix("^") ? String(marker.dropFirst()) : marker), close + 1)
        }

        /// `<https://...>` and `<name@example.com>`.
        private func angleLink(at index: Int, in range: Range<Int>) -> (Inline, Int)? {
            guard let close = find(UInt8(ascii: ">"), from: index + 1, in: range, stoppingAt: 0x20), close > index + 1
            else { return nil }
            let inside = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
            if Self.hasURLScheme(inside) {
                return (.link(Link(url: inside, content: [.text(inside)])), close + 1)
            }
            if inside.contains("@"), Self.isEmailAddress(inside[...]) {
                return (.link(Link(url: "mailto:" + inside, content: [.text(inside)])), close + 1)
            }
            return nil
        }

        /// `https://...`, `http://...`, `ftp://...` and `www.` addresses written out in the text.
        private func bareURL(at index: Int, in range: Range<Int>) -> (Inline, Int)? {
            let prefixes = ["https://", "http://", "ftp://", "www."]
            guard let prefix = prefixes.first(where: { startsWith($0, at: index, in: range) }) else { return nil }
            var end = index
            while end < range.upperBound, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: "<"),
                bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "\"")
            {
                end += 1
            }
            end = trimmingTrailingPunctuation(from: index, to: end)
            guard end > index + prefix.utf8.count + 1 else { return nil }
            let text = String(decoding: bytes[index..<end], as: UTF8.self)
            let url = prefix == "www." ? "https://" + text : text
            return (.link(Link(url: url, content: [.text(text)])), end)
        }

        /// An address such as `nell@estuaryledger.example`, found from its `@`.
        private func email(around at: Int, in range: Range<Int>, textStart: Int) -> (Inline, end: Int, start: Int)? {
            var start = at
            while start > max(textStart, range.lowerBound), isEmailLocalByte(bytes[start - 1]) { start -= 1 }
            var end = at + 1
            while end < range.upperBound, isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: ".")
                || bytes[end] == UInt8(ascii: "-")
            {
                end += 1
            }
            end = trimmingTrailingPunctuation(from: at + 1, to: end)
            guard start < at, start == range.lowerBound || !isEmailLocalByte(bytes[start - 1]) else { return nil }
            let address = String(decoding: bytes[start..<end], as: UTF8.self)
            guard Self.isEmailAddress(address[...]) else { return nil }
            return (.link(Link(url: "mailto:" + address, content: [.text(address)])), end, start)
        }

        /// Leaves sentence punctuation after an address outside it, and a closing bracket that
        /// has no opening one inside the address.
        private func trimmingTrailingPunctuation(from start: Int, to end: Int) -> Int {
            var end = end
            while end > start {
                let last = bytes[end - 1]
                if ".,;:!?'*_".utf8.contains(last) {
                    end -= 1
                } else if last == UInt8(ascii: ")") {
                    let opens = bytes[start..<end].filter { $0 == UInt8(ascii: "(") }.count
                    let closes = bytes[start..<end].filter { $0 == UInt8(ascii: ")") }.count
                    guard closes > opens else { break }
                    end -= 1
                } else if end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
                    (0x98...0x9D).contains(bytes[end - 1])
                {
                    end -= 3  // a closing curly quote, ’ or ”
                } else {
                    break
                }
            }
            return end
        }

        private func find(_ target: UInt8, from start: Int, in range: Range<Int>, stoppingAt stop: UInt8) -> Int? {
            var index = start
            let limit = min(range.upperBound, start + TextInlineParser.maximumSpan)
            while index < limit {
                if bytes[index] == target { return index }
                if bytes[index] == stop || bytes[index] == 0x0A { return nil }
                index += 1
            }
            return nil
        }

        private func startsWith(_ prefix: String, at index: Int, in range: Range<Int>) -> Bool {
            let prefixBytes = Array(prefix.utf8)
            guard index + prefixBytes.count <= range.upperBound else { return false }
            for (offset, byte) in prefixBytes.enumerated() {
                let actual = bytes[index + offset]
                guard actual == byte || (actual >= 0x41 && actual <= 0x5A && actual + 0x20 == byte) else { return false }
            }
            return true
        }

        private func firstPosition(in positions: [Int], after index: Int) -> Int? {
            var low = 0
            var high = positions.count
            while low < high {
                let middle = (low + high) / 2
                if positions[middle] <= index { low = middle + 1 } else { high = middle }
            }
            return low < positions.count ? positions[low] : nil
        }

        /// A scheme (`https:`, `mailto:`), a path or fragment (`/`, `#`, `.`, `?` anywhere):
        /// what a link target in running text looks like, unlike a bare word.
        static func looksLikeAddress(_ target: ArraySlice<UInt8>) -> Bool {
            target.contains { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "?") }
        }

        static func hasURLScheme(_ text: String) -> Bool {
            let lowered = text.lowercased()
            return ["http://", "https://", "ftp://", "mailto:"].contains { lowered.hasPrefix($0) } && text.count > 8
        }

        static func isEmailAddress(_ text: Substring) -> Bool {
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[0].utf8.allSatisfy(isEmailLocalByte) else { return false }
            let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
            guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let top = labels.last, top.count >= 2,
                top.allSatisfy({ $0.isLetter })
            else { return false }
            return parts[1].utf8.allSatisfy { isWordByte($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
        }
    }
}

/// Collects inlines, merging neighbouring text so a paragraph is one text node where it can be.
struct InlineBuilder {
    private(set) var inlines: [Inline] = []

    mutating func append(_ inline: Inline) {
        if case .text(let text) = inline {
            appendText(text)
        } else {
            inlines.append(inline)
        }
    }

    mutating func appendText(_ bytes: ArraySlice<UInt8>) {
        appendText(String(decoding: bytes, as: UTF8.self))
    }

    mutating func appendText(_ text: String) {
        guard !text.isEmpty else { return }
        if case .text(let previous) = inlines.last {
            inlines[inlines.count - 1] = .text(previous + text)
        } else {
            inlines.append(.text(text))
        }
    }
}

private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }

/// ASCII letters and digits, and every byte of a non-ASCII character (letters in other scripts).
private func isWordByte(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
}

private func isEmailLocalByte(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        || ".+-_%".utf8.contains(byte)
}
