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

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        var spaces = depth * 2
        while spaces > 0 {
            let run = min(spaces, JSONText.spaces.count)
            bytes.append(contentsOf: JSONText.spaces[..<run])
            spaces -= run
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

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
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
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
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
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
