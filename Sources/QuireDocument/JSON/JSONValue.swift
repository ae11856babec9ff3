/// A JSON value whose objects keep their keys in the order they were written.
///
/// The tree's JSON form puts `type` first and metadata before blocks so people reading it with
/// `jq` or a pager see what matters first; Foundation's encoder cannot promise an order other
/// than alphabetical, so quire serializes this small value type itself.
public enum JSONValue: Sendable, Equatable, Hashable {
    case null
    case bool(Bool)
    /// The number exactly as written, so integers never pass through floating point.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(value)
        case .number(let value), .string(let value): hasher.combine(value)
        case .array(let values): hasher.combine(values)
        case .object(let members):
            for member in members {
                hasher.combine(member.key)
                hasher.combine(member.value)
            }
        }
    }

    public static func integer(_ value: Int) -> JSONValue { .number(String(value)) }

    /// The member named `key`, if this is an object that has one.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}

extension JSONValue {
    /// UTF-8 JSON text: indented by two spaces with a final newline when `pretty`, else one line.
    /// The same value always gives the same bytes.
    public func serialized(pretty: Bool = true) -> [UInt8] {
        var text = JSONText(pretty: pretty)
        write(to: &text)
        return text.finish()
    }

    public func write<Sink: JSONSink>(to sink: inout Sink) {
        switch self {
        case .null: sink.null()
        case .bool(let value): sink.bool(value)
        case .number(let text): sink.number(text)
        case .string(let text): sink.string(text)
        case .array(let values):
            sink.beginArray()
            for value in values { value.write(to: &sink) }
            sink.endArray()
        case .object(let members):
            sink.beginObject()
            for member in members {
                sink.key(member.key)
                member.value.write(to: &sink)
            }
            sink.endObject()
        }
    }
}
