/// Keeps a value alive until the process exits. Freeing a converted tree node by node, just
/// before the operating system reclaims all of the process's memory at once anyway, took a
/// twentieth of a large conversion (perf, 3.5 MB of Markdown to JSON).
final class LeftForExit<Value>: @unchecked Sendable {
    private let value: Value

    private init(_ value: Value) {
        self.value = value
    }

    static func keep(_ value: Value) {
        _ = Unmanaged.passRetained(LeftForExit(value))
    }
}
