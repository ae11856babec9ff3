// `Codable` for the tree, through the same JSON form the JSON writer and reader use, so a Swift
// program that encodes a `Document` with any encoder gets the documented schema, not the
// `{"paragraph":{"_0":...}}` shape Swift would synthesize for enums.

extension JSONValue: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        if let container = try? decoder.container(keyedBy: Key.self) {
            self = .object(
                try container.allKeys.sorted { $0.stringValue < $1.stringValue }.map {
                    ($0.stringValue, try container.decode(JSONValue.self, forKey: $0))
                })
        } else if var container = try? decoder.unkeyedContainer() {
            var values: [JSONValue] = []
            while !container.isAtEnd { values.append(try container.decode(JSONValue.self)) }
            self = .array(values)
        } else {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let flag = try? container.decode(Bool.self) {
                self = .bool(flag)
            } else if let integer = try? container.decode(Int.self) {
                self = .integer(integer)
            } else if let number = try? container.decode(Double.self) {
                self = .number(String(number))
            } else {
                self = .string(try container.decode(String.self))
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for member in members { try container.encode(member.value, forKey: Key(stringValue: member.key)) }
        case .array(let values):
            var container = encoder.unkeyedContainer()
            for value in values { try container.encode(value) }
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .number(let text):
            var container = encoder.singleValueContainer()
            if let integer = Int(text) { try container.encode(integer) } else { try container.encode(Double(text) ?? 0) }
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        }
    }
}

/// A tree type whose `Codable` form is its JSON form.
protocol CodableThroughJSON: Codable {
    var json: JSONValue { get }
    init(json: JSONValue) throws
}

extension CodableThroughJSON {
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
    public init(from decoder: any Decoder) throws { try self.init(json: JSONValue(from: decoder)) }
}

extension Document: CodableThroughJSON {}

extension Block: CodableThroughJSON {
    public init(json: JSONValue) throws { try self.init(node: JSONNode(value: json, path: "$")) }
}

extension Inline: CodableThroughJSON {
    public init(json: JSONValue) throws { try self.init(node: JSONNode(value: json, path: "$")) }
}

extension Metadata: CodableThroughJSON {
    public init(json: JSONValue) throws { try self.init(node: JSONNode(value: json, path: "$")) }
}

extension MetadataValue: CodableThroughJSON {
    public init(json: JSONValue) throws { try self.init(node: JSONNode(value: json, path: "$")) }
}

extension Resource: CodableThroughJSON {
    public init(json: JSONValue) throws { try self.init(node: JSONNode(value: json, path: "$")) }
}

extension DocumentDate: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = DocumentDate(iso8601: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not an ISO 8601 date")
        }
        self = date
    }
}
