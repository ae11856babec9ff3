/// HTML's "prescan a byte stream to determine its encoding"
/// (https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding),
/// step for step: the `<meta charset>` or `<meta http-equiv=content-type content=...>` a browser
/// obeys, found without parsing the page, skipping comments and other tags' attributes, with
/// quoting, duplicates and the `http-equiv` pragma judged as a browser judges them.
/// `html5lib`'s 82 encoding cases check it (`HTMLPrescanTests`).
enum HTMLPrescan {
    struct Result: Equatable {
        /// The encoding's name (as `CharsetLabels` gives it), or `nil` when the bytes declare none.
        var encoding: String?
        /// The first label a `meta` gave that names no encoding, to report.
        var unknownLabel: String?
    }

    static func scan(_ bytes: ArraySlice<UInt8>) -> Result {
        var scanner = Scanner(bytes: bytes, position: bytes.startIndex)
        let encoding = scanner.run()
        return Result(encoding: encoding, unknownLabel: encoding == nil ? scanner.unknownLabel : nil)
    }

    private struct Scanner {
        let bytes: ArraySlice<UInt8>
        var position: Int
        var unknownLabel: String?

        /// `nil` once the input ends: the prescan then fails.
        private var byte: UInt8? { position < bytes.endIndex ? bytes[position] : nil }

        mutating func run() -> String? {
            while position < bytes.endIndex {
                // Every rule starts at a `<`: skip to the next one.
                guard bytes[position] == lessThan else {
                    position = bytes[position...].firstIndex(of: lessThan) ?? bytes.endIndex
                    continue
                }
                if startsWith("<!--") {
                    // The `>` of the first `-->`, whose dashes may be the opening's own.
                    guard let close = find("-->", from: position + 2) else { return nil }
                    position = close + 2
                } else if startsWith("<meta", caseInsensitive: true), let after = at(position + 5),
                    isSpace(after) || after == slash
                {
                    position += 5
                    if let encoding = metaEncoding() { return encoding }
                    if byte == nil { return nil }
                } else if startsWith("<"), let next = at(position + 1),
                    isLetter(next) || (next == slash && at(position + 2).map(isLetter) == true)
                {
                    while let current = byte, !isSpace(current), current != greaterThan { position += 1 }
                    while attribute() != nil {}
                    if byte == nil { return nil }
                } else if startsWith("<!") || startsWith("</") || startsWith("<?") {
                    while let current = byte, current != greaterThan { position += 1 }
                    if byte == nil { return nil }
                }
                position += 1
            }
            return nil
        }

        /// The attributes of a `meta` tag, judged; the encoding when the tag declares one.
        private mutating func metaEncoding() -> String? {
            // A repeated attribute is ignored; only these three names count, so they are the only
            // ones remembered (a `Set` of names cost each conversion a look-up of its element's
            // `Hashable` conformance through every one the program has).
            var seen = (httpEquiv: false, content: false, charset: false)
            var gotPragma = false
            var needPragma: Bool?
            var charset: String??
            var label = ""
            while let (name, value) = attribute() {
                switch String(decoding: name, as: UTF8.self) {
                case "http-equiv":
                    guard !seen.httpEquiv else { continue }
                    seen.httpEquiv = true
                    if value == Array("content-type".utf8) { gotPragma = true }
                case "content":
                    guard !seen.content else { continue }
                    seen.content = true
                    if charset == nil, let found = Self.charsetFromContent(value) {
                        label = found
                        charset = .some(CharsetLabels.encoding(forLabel: found))
                        needPragma = true
                    }
                case "charset":
                    guard !seen.charset else { continue }
                    seen.charset = true
                    label = String(decoding: value, as: UTF8.self)
                    charset = .some(CharsetLabels.encoding(forLabel: label))
                    needPragma = false
                default:
                    break
                }
            }
            guard let needPragma, !(needPragma && !gotPragma), let charset else { return nil }
            guard let encoding = charset else {
                if unknownLabel == nil, !label.isEmpty { unknownLabel = label }
                return nil
            }
            switch encoding {
            case "UTF-16BE", "UTF-16LE": return "UTF-8"
            case "x-user-defined": return "windows-1252"
            default: return encoding
            }
        }

        /// "Get an attribute": a lower-cased name and value, or `nil` at the tag's end.
        private mutating func attribute() -> (name: [UInt8], value: [UInt8])? {
            while let current = byte, isSpace(current) || current == slash { position += 1 }
            guard let first = byte, first != greaterThan else { return nil }
            var name: [UInt8] = []
            var value: [UInt8] = []
            // The name, up to `=`, white space, `/` or `>`.
            while true {
                guard let current = byte else { return nil }
                if current == equals, !name.isEmpty {
                    position += 1
                    return readValue(name: name)
                }
                if isSpace(current) { break }
                if current == slash || current == greaterThan { return (name, value) }
                name.append(lowered(current))
                position += 1
            }
            while let current = byte, isSpace(current) { position += 1 }
            guard let afterSpaces = byte else { return nil }
            guard afterSpaces == equals else { return (name, value) }
            position += 1
            value = []
            return readValue(name: name)
        }

        private mutating func readValue(name: [UInt8]) -> (name: [UInt8], value: [UInt8])? {
            var value: [UInt8] = []
            while let current = byte, isSpace(current) { position += 1 }
            guard let first = byte else { return nil }
            if first == doubleQuote || first == singleQuote {
                position += 1
                while true {
                    guard let current = byte else { return nil }
                    position += 1
                    if current == first { return (name, value) }
                    value.append(lowered(current))
                }
            }
            if first == greaterThan { return (name, value) }
            while true {
                guard let current = byte else { return nil }
                if isSpace(current) || current == greaterThan { return (name, value) }
                value.append(lowered(current))
                position += 1
            }
        }

        /// "Extracting a character encoding from a meta element": the label after `charset=`
        /// in a `content` value, or `nil`.
        static func charsetFromContent(_ content: [UInt8]) -> String? {
            var index = 0
            while true {
                guard let found = indexOf(Array("charset".utf8), in: content, from: index) else { return nil }
                index = found + 7
                while index < content.count, isSpace(content[index]) { index += 1 }
                guard index < content.count, content[index] == equals else { continue }
                index += 1
                while index < content.count, isSpace(content[index]) { index += 1 }
                guard index < content.count else { return nil }
                let first = content[index]
                if first == doubleQuote || first == singleQuote {
                    guard let close = content[(index + 1)...].firstIndex(of: first) else { return nil }
                    return String(decoding: content[(index + 1)..<close], as: UTF8.self)
                }
                let end = content[index...].firstIndex { isSpace($0) || $0 == semicolon } ?? content.count
                return String(decoding: content[index..<end], as: UTF8.self)
            }
        }

        private static func indexOf(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
            var index = start
            while index + needle.count <= haystack.count {
                if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
                index += 1
            }
            return nil
        }

        private func at(_ index: Int) -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }

        private func startsWith(_ text: String, caseInsensitive: Bool = false) -> Bool {
            var index = position
            for expected in text.utf8 {
                guard let actual = at(index) else { return false }
                if (caseInsensitive ? lowered(actual) : actual) != expected { return false }
                index += 1
            }
            return true
        }

        private func find(_ text: String, from start: Int) -> Int? {
            let needle = Array(text.utf8)
            var index = start
            while index + needle.count <= bytes.endIndex {
                if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
                index += 1
            }
            return nil
        }
    }
}

private let lessThan = UInt8(ascii: "<")
private let slash = UInt8(ascii: "/")
private let greaterThan = UInt8(ascii: ">")
private let equals = UInt8(ascii: "=")
private let semicolon = UInt8(ascii: ";")
private let doubleQuote = UInt8(ascii: "\"")
private let singleQuote = UInt8(ascii: "'")

private func isSpace(_ byte: UInt8) -> Bool { byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20 }

private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

private func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
