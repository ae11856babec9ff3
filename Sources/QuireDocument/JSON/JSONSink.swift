/// Takes a JSON value token by token. The tree's JSON form is written once, in DocumentJSON,
/// against this protocol; `JSONText` streams it to bytes (the JSON writer: no intermediate
/// value tree for a document whose JSON is 50 MB) and `JSONValueBuilder` makes a `JSONValue`.
public protocol JSONSink {
    mutating func beginObject()
    /// The next member's name; its value follows.
    mutating func key(_ name: String)
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    mutating func string(_ text: String)
    /// A number, written exactly as `text`.
    mutating func number(_ text: String)
    mutating func bool(_ value: Bool)
    mutating func null()
}

extension JSONSink {
    mutating func integer(_ value: Int) { number(String(value)) }

    mutating func member(_ name: String, _ text: String) {
        key(name)
        string(text)
    }

    mutating func member(_ name: String, _ text: String?) {
        if let text { member(name, text) }
    }

    /// An array member holding `values`, each written by `write`.
    mutating func array<Values: Sequence>(_ name: String, _ values: Values, _ write: (Values.Element, inout Self) -> Void) {
        key(name)
        beginArray()
        for value in values { write(value, &self) }
        endArray()
    }

    mutating func strings(_ name: String, _ values: [String]) {
        array(name, values) { value, sink in sink.string(value) }
    }
}

/// JSON text: indented by two spaces when `pretty`, else on one line. The same tokens always
/// give the same bytes.
public struct JSONText: JSONSink {
    private var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    /// Whether the container being written has no element yet.
    private var isEmpty = true
    /// Whether a member's name was just written, so its value needs no separator.
    private var afterKey = false
    /// A line feed followed by the deepest indentation used so far; pretty lines start with a prefix of it.
    private var lineStart: [UInt8] = [UInt8(ascii: "\n")]
    /// Where the text goes in pieces of about `chunkSize` bytes as it is made, if anywhere: a
    /// document's JSON can be 15 times its Markdown, and growing one array to hold it all cost
    /// a tenth of the conversion in copies and page faults.
    private let emit: ((UnsafeRawBufferPointer) -> Void)?
    private let chunkSize: Int

    /// Text collected whole in `bytes`, returned by `finish`.
    public init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        emit = nil
        chunkSize = 0
        bytes.reserveCapacity(capacity)
    }

    /// Text handed to `emit` in pieces; `finish` hands over the rest.
    public init(pretty: Bool, chunkSize: Int = 1 << 18, emit: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.pretty = pretty
        self.emit = emit
        self.chunkSize = chunkSize
        bytes.reserveCapacity(chunkSize + 4096)
    }

    /// The text, with a final line feed when pretty; when emitting, what was not emitted yet.
    public mutating func finish() -> [UInt8] {
        if pretty { bytes.append(UInt8(ascii: "\n")) }
        if emit != nil { flush() }
        return bytes
    }

    private mutating func flush() {
        bytes.withUnsafeBytes { emit?($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func beforeValue() {
        if emit != nil, bytes.count >= chunkSize { flush() }
        if afterKey {
            afterKey = false
            return
        }
        guard depth > 0 else { return }
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        if pretty { newline() }
        isEmpty = false
    }

    /// Pretty text is indented this many levels at most; deeper lines keep that indentation.
    /// A tree nested as deep as it may be is more than a thousand levels of JSON, and two
    /// spaces a level made its text hundreds of times the size of its content.
    public static let deepestIndentation = 32

    /// A line feed and the indentation of the current depth.
    private mutating func newline() {
        let length = 1 + min(depth, Self.deepestIndentation) * 2
        if lineStart.count < length { lineStart += repeatElement(UInt8(ascii: " "), count: length - lineStart.count) }
        bytes.append(contentsOf: lineStart[..<length])
    }

    private mutating func open(_ bracket: UInt8) {
        beforeValue()
        bytes.append(bracket)
        depth += 1
        isEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty, !isEmpty { newline() }
        bytes.append(bracket)
        isEmpty = false
    }

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    public mutating func key(_ name: String) {
        beforeValue()
        write(name)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    public mutating func string(_ text: String) {
        beforeValue()
        write(text)
    }

    public mutating func number(_ text: String) {
        beforeValue()
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func bool(_ value: Bool) {
        beforeValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        beforeValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// A string literal: runs that need no escape are copied whole.
    private mutating func write(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = JSONText.firstEscape(in: utf8, from: 0)
            while index < utf8.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscape(utf8[index])
                runStart = index + 1
                index = JSONText.firstEscape(in: utf8, from: runStart)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
        case UInt8(ascii: "\n"): bytes.append(contentsOf: [92, UInt8(ascii: "n")])
        case UInt8(ascii: "\r"): bytes.append(contentsOf: [92, UInt8(ascii: "r")])
        case UInt8(ascii: "\t"): bytes.append(contentsOf: [92, UInt8(ascii: "t")])
        default:
            let hexDigits: StaticString = "0123456789abcdef"
            bytes.append(contentsOf: "\\u00".utf8)
            hexDigits.withUTF8Buffer { digits in
                bytes.append(digits[Int(byte >> 4)])
                bytes.append(digits[Int(byte & 0xF)])
            }
        }
    }

    /// Where the first byte JSON must escape (a control character, `"` or `\\`) is at or after
    /// `start`, or `utf8.count`. Eight bytes are tested at a time (bit tricks on one 64-bit word)
    /// since nearly all text has none: the byte-by-byte scan was a quarter of the JSON writer.
    static func firstEscape(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = start
        if let base = utf8.baseAddress {
            while index + 8 <= utf8.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let quotes = word ^ (ones &* 0x22)
                let backslashes = word ^ (ones &* 0x5C)
                // A byte's high bit ends up set where the byte is below 0x20, or equal to `"` or `\\`
                // (possibly also for a byte just after one of those, which the exact scan sorts out).
                let found = ((word &- ones &* 0x20) | (quotes &- ones) | (backslashes &- ones))
                    & ~(word & highBits) & highBits
                if found != 0 { break }
                index += 8
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return index }
            index += 1
        }
        return index
    }
}

/// Builds the `JSONValue` the tokens describe.
public struct JSONValueBuilder: JSONSink {
    private enum Frame {
        case object([(key: String, value: JSONValue)], pendingKey: String)
        case array([JSONValue])
    }

    private var frames: [Frame] = []
    public private(set) var value: JSONValue = .null

    public init() {}

    private mutating func add(_ element: JSONValue) {
        switch frames.popLast() {
        case nil: value = element
        case .object(var members, let key)?:
            members.append((key, element))
            frames.append(.object(members, pendingKey: ""))
        case .array(var elements)?:
            elements.append(element)
            frames.append(.array(elements))
        }
    }

    public mutating func beginObject() { frames.append(.object([], pendingKey: "")) }
    public mutating func beginArray() { frames.append(.array([])) }

    public mutating func key(_ name: String) {
        if case .object(let members, _)? = frames.popLast() { frames.append(.object(members, pendingKey: name)) }
    }

    public mutating func endObject() {
        if case .object(let members, _)? = frames.popLast() { add(.object(members)) }
    }

    public mutating func endArray() {
        if case .array(let elements)? = frames.popLast() { add(.array(elements)) }
    }

    public mutating func string(_ text: String) { add(.string(text)) }
    public mutating func number(_ text: String) { add(.number(text)) }
    public mutating func bool(_ value: Bool) { add(.bool(value)) }
    public mutating func null() { add(.null) }
}
