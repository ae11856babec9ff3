import Glibc
import QuireDocument

/// Reads the object of one JSON line (a record) faster than `JSONValue(parsing:)`, with the
/// same result.
///
/// A record carries a whole page as one string (`html` or `body_base64`), so reading that
/// string is most of what `quire stream` spends on a record besides converting it: the general
/// parser looked at every byte three times over and copied the string twice (callgrind: 4% of
/// a stream of the benchmark pages). This reader finds a string's plain runs eight bytes at a
/// time and copies the string once.
///
/// It gives up (nil) on anything unusual: a syntax error, invalid UTF-8, a byte-order mark,
/// values nested deeper than a few levels. The caller then parses the line with
/// `JSONValue(parsing:)`, whose error messages the failed lines quote, so this reader changes
/// how fast a line is read, never what its record's output line says.
enum JSONLineScanner {
    /// The line's object members in order, as `JSONValue(parsing:)` gives them; nil when the line
    /// is not a plain JSON object this reader takes (the caller parses it the general way).
    static func members(of line: UnsafeBufferPointer<UInt8>) -> [(key: String, value: JSONValue)]? {
        var scanner = Scanner(bytes: line, base64Key: nil)
        return scanner.object()
    }

    /// A record line's members, but the string of `base64Key`, when it is plain base64, decoded
    /// straight from the line into `decodedBase64` and left out of `members`: a page's base64 is
    /// then read once, without a `String` of it made and checked first. Nil as for `members(of:)`,
    /// and also when the key is there twice.
    static func record(of line: UnsafeBufferPointer<UInt8>, base64Key: String)
        -> (members: [(key: String, value: JSONValue)], decodedBase64: [UInt8]?)?
    {
        var scanner = Scanner(bytes: line, base64Key: base64Key)
        guard let members = scanner.object() else { return nil }
        return (members, scanner.decodedBase64)
    }

    /// Members nested deeper than this are left to the general parser, which counts nesting
    /// against `JSONValue.maximumNesting` from the line's own object.
    static let maximumNesting = 64

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The key whose string is decoded as base64 where it stands, if any.
        let base64Key: String?
        var index = 0
        var decodedBase64: [UInt8]?
        var hasSeenBase64Key = false

        private static let quote = UInt8(ascii: "\"")
        private static let backslash = UInt8(ascii: "\\")

        mutating func object() -> [(key: String, value: JSONValue)]? {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
            index += 1
            var members: [(key: String, value: JSONValue)] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
            } else {
                while true {
                    skipWhitespace()
                    guard index < bytes.count, bytes[index] == Self.quote, let key = string() else { return nil }
                    skipWhitespace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                    index += 1
                    skipWhitespace()
                    guard index < bytes.count else { return nil }
                    if key == base64Key {
                        guard !hasSeenBase64Key else { return nil }
                        hasSeenBase64Key = true
                    }
                    if key == base64Key, bytes[index] == Self.quote, let decoded = base64Run() {
                        decodedBase64 = decoded
                    } else if bytes[index] == Self.quote {
                        guard let text = string() else { return nil }
                        members.append((key, .string(text)))
                    } else {
                        guard let value = otherValue() else { return nil }
                        members.append((key, value))
                    }
                    skipWhitespace()
                    guard index < bytes.count else { return nil }
                    if bytes[index] == UInt8(ascii: ",") {
                        index += 1
                    } else if bytes[index] == UInt8(ascii: "}") {
                        index += 1
                        break
                    } else {
                        return nil
                    }
                }
            }
            skipWhitespace()
            return index == bytes.count ? members : nil
        }

        mutating func skipWhitespace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }

        /// The string starting at the quote at `index`, escapes decoded; nil when it is not valid.
        mutating func string() -> String? {
            index += 1
            if let plain = plainASCIIString() { return plain }
            var runStart = index
            // Only strings with escapes need a buffer of their own.
            var hasEscapes = false
            var decoded: [UInt8] = []
            while true {
                index = endOfPlainRun(from: index)
                guard index < bytes.count else { return nil }
                let byte = bytes[index]
                if byte == Self.quote {
                    let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                    index += 1
                    guard hasEscapes else { return String(validating: run, as: UTF8.self) }
                    decoded.append(contentsOf: run)
                    return String(validating: decoded, as: UTF8.self)
                }
                guard byte == Self.backslash else { return nil }  // a control character
                hasEscapes = true
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                guard appendEscape(to: &decoded) else { return nil }
                runStart = index
            }
        }

        /// The bytes the base64 string starting at the quote at `index` encodes, decoded where
        /// they stand, and `index` moved past its closing quote; nil (`index` unchanged) when the
        /// string is anything but valid base64. Its characters need no unescaping: a backslash,
        /// a control character or any byte outside ASCII fails the decoding, so the first quote
        /// found closes the string, and the decoded bytes are those of its `String`.
        mutating func base64Run() -> [UInt8]? {
            guard let base = bytes.baseAddress, index + 1 < bytes.count,
                let quote = memchr(base + index + 1, Int32(Self.quote), bytes.count - index - 1)
            else { return nil }
            let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(quote))
            guard let decoded = Base64.decodePage(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])) else { return nil }
            index = end + 1
            return decoded
        }

        /// The string from `index` to the next quote when it holds only printable ASCII (no
        /// escape, no control character), as `body_base64` does: found with `memchr` and
        /// checked eight bytes at a time, its text needs no validating. Nil (and `index` left
        /// as it was) for any other string.
        mutating func plainASCIIString() -> String? {
            guard let base = bytes.baseAddress, index < bytes.count,
                let quote = memchr(base + index, Int32(Self.quote), bytes.count - index)
            else { return nil }
            let end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(quote))
            guard memchr(base + index, Int32(Self.backslash), end - index) == nil else { return nil }
            let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
            guard Self.isPrintableASCII(run) else { return nil }
            index = end + 1
            return String(decoding: run, as: UTF8.self)
        }

        /// Whether every byte is in 0x20...0x7F.
        static func isPrintableASCII(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = run.baseAddress else { return true }
            let spaces: UInt64 = 0x2020_2020_2020_2020
            let highBits: UInt64 = 0x8080_8080_8080_8080
            var word = UnsafeRawPointer(base)
            let end = UnsafeRawPointer(base + run.count)
            var outside: UInt64 = 0
            while end - word >= 8 {
                let bytes = word.loadUnaligned(as: UInt64.self)
                // A high bit: the byte is 0x80 or above, or it was below 0x20 (the subtraction
                // borrowed); a borrow can also mark a byte after one below 0x20, never a word
                // without one.
                outside |= bytes | (bytes &- spaces)
                word += 8
            }
            guard outside & highBits == 0 else { return false }
            while word < end {
                let byte = word.load(as: UInt8.self)
                if byte < 0x20 || byte >= 0x80 { return false }
                word += 1
            }
            return true
        }

        /// The first index from `start` on holding a quote, a backslash or a control character
        /// (`bytes.count` if none), eight bytes at a time.
        func endOfPlainRun(from start: Int) -> Int {
            guard let base = bytes.baseAddress else { return start }
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highBits: UInt64 = 0x8080_8080_8080_8080
            var position = start
            while position + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                let quotes = word ^ (ones &* UInt64(Self.quote))
                let backslashes = word ^ (ones &* UInt64(Self.backslash))
                // Nonzero when a byte of the word is zero (a quote or backslash once XORed), or below 0x20.
                let found =
                    ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((word &- ones &* 0x20) & ~word)
                if found & highBits != 0 { break }
                position += 8
            }
            while position < bytes.count {
                let byte = base[position]
                if byte == Self.quote || byte == Self.backslash || byte < 0x20 { break }
                position += 1
            }
            return position
        }

        /// Decodes the escape at the backslash at `index`, as `JSONValue(parsing:)` does.
        mutating func appendEscape(to decoded: inout [UInt8]) -> Bool {
            guard index + 1 < bytes.count else { return false }
            let escape = bytes[index + 1]
            index += 2
            if let byte = JSONValue.singleByteEscape(escape) {
                decoded.append(byte)
                return true
            }
            switch escape {
            case UInt8(ascii: "u"):
                guard var code = hex4() else { return false }
                if (0xD800..<0xDC00).contains(code) {
                    guard index + 1 < bytes.count, bytes[index] == Self.backslash, bytes[index + 1] == UInt8(ascii: "u")
                    else { return false }
                    index += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return false }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code), let encoded = UTF8.encode(scalar) else { return false }
                decoded.append(contentsOf: encoded)
            default: return false
            }
            return true
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[index..<index + 4] {
                guard let digit = Self.hexDigit(byte) else { return nil }
                value = value << 4 | UInt32(digit)
            }
            index += 4
            return value
        }

        static func hexDigit(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 48...57: return byte - 48
            case 65...70: return byte - 55
            case 97...102: return byte - 87
            default: return nil
            }
        }

        /// A number, literal, array or object (small in a record: `metadata`, passed-through
        /// keys): its extent found here, its value parsed by `JSONValue(parsing:)`.
        mutating func otherValue() -> JSONValue? {
            let start = index
            // A byte-order mark would be skipped by the general parser on its own, not inside a line.
            guard bytes[start] < 0x80 else { return nil }
            var depth = 0
            scan: while index < bytes.count {
                switch bytes[index] {
                case Self.quote:
                    guard depth > 0 else { return nil }
                    index += 1
                    while index < bytes.count, bytes[index] != Self.quote {
                        index += bytes[index] == Self.backslash ? 2 : 1
                    }
                    guard index < bytes.count else { return nil }
                    index += 1
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    guard depth <= JSONLineScanner.maximumNesting else { return nil }
                    index += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { break scan }
                    depth -= 1
                    index += 1
                    if depth == 0 { break scan }
                case UInt8(ascii: ","):
                    if depth == 0 { break scan }
                    index += 1
                default:
                    index += 1
                }
            }
            return try? JSONValue(parsing: Array(bytes[start..<min(index, bytes.count)]))
        }
    }
}
