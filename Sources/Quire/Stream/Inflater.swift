import CZlibLoader

/// zlib's inflate, wrapped once: the gzip members of a WARC.gz file and the gzip or deflate
/// bodies of HTTP responses.
final class Inflater {
    /// The container around the deflate data, as zlib's window bits name it.
    enum Wrapping: Int32 {
        case gzip = 31, zlib = 15, raw = -15
    }

    private let stream: OpaquePointer
    let wrapping: Wrapping

    init(_ wrapping: Wrapping) throws(InflaterUnavailable) {
        var failure: UnsafePointer<CChar>?
        guard let stream = quire_inflater_new(wrapping.rawValue, &failure) else {
            throw InflaterUnavailable(reason: failure.map { String(cString: $0) } ?? "zlib could not start")
        }
        self.stream = stream
        self.wrapping = wrapping
    }

    deinit { quire_inflater_free(stream) }

    enum Step {
        case more, end, corrupt
    }

    /// Inflates from `input[from...]` into `output`, returning how much input was used.
    func inflate(_ input: [UInt8], from start: Int, into output: inout [UInt8]) -> (step: Step, consumed: Int) {
        var consumed = 0
        var produced = 0
        let capacity = 1 << 16
        var scratch = [UInt8](repeating: 0, count: capacity)
        let status = input.withUnsafeBufferPointer { inputBuffer in
            scratch.withUnsafeMutableBufferPointer { outputBuffer in
                quire_inflate(
                    stream, inputBuffer.baseAddress.map { $0 + start }, inputBuffer.count - start, &consumed,
                    outputBuffer.baseAddress!, capacity, &produced)
            }
        }
        output += scratch[..<produced]
        switch status {
        case QUIRE_INFLATE_END: return (.end, consumed)
        case QUIRE_INFLATE_MORE: return (.more, consumed)
        default: return (.corrupt, consumed)
        }
    }

    func reset() { quire_inflater_reset(stream) }

    /// All of `bytes` inflated, stopping at `limit` bytes of output.
    enum Outcome: Equatable {
        case complete([UInt8])
        /// The compressed data ends early: what it held up to there.
        case truncated([UInt8])
        case tooLarge
        case corrupt
    }

    static func decompress(_ bytes: [UInt8], _ wrapping: Wrapping, limit: Int) throws(InflaterUnavailable) -> Outcome {
        let inflater = try Inflater(wrapping)
        var output: [UInt8] = []
        var position = 0
        while true {
            let before = output.count
            let (step, consumed) = inflater.inflate(bytes, from: position, into: &output)
            position += consumed
            if output.count > limit { return .tooLarge }
            switch step {
            case .end: return .complete(output)
            case .corrupt: return .corrupt
            case .more:
                // No progress: every byte is used and the stream has not ended.
                if consumed == 0, output.count == before { return .truncated(output) }
            }
        }
    }
}

struct InflaterUnavailable: Error {
    var reason: String
}

/// The decompressed bytes of a gzip file made of one or more members (a WARC.gz holds one per
/// record), read member after member from an inner source.
public struct GzipSource: ByteSource {
    private var inner: any ByteSource
    private let name: String
    private var inflater: Inflater?
    private var input: [UInt8] = []
    private var inputPosition = 0
    /// Compressed bytes before `input`, for the offset a corruption is reported at.
    private var inputStart = 0
    private var isInsideMember = false
    private var isFinished = false
    /// A fault found after some bytes were decompressed: those go out first, the fault next.
    private var pendingFailure: StreamInputError?

    public init(_ inner: any ByteSource, name: String) {
        self.inner = inner
        self.name = name
    }

    public mutating func nextChunk() throws(StreamInputError) -> [UInt8] {
        if let failure = pendingFailure {
            pendingFailure = nil
            isFinished = true
            throw failure
        }
        guard !isFinished else { return [] }
        if inflater == nil {
            do {
                inflater = try Inflater(.gzip)
            } catch {
                throw .decompressorUnavailable(file: name, reason: error.reason)
            }
        }
        guard let inflater else { return [] }
        var output: [UInt8] = []
        while output.count < FileDescriptorSource.chunkSize {
            if inputPosition == input.count {
                inputStart += input.count
                input = try inner.nextChunk()
                inputPosition = 0
                if input.isEmpty {
                    isFinished = true
                    if isInsideMember { return try deliver(output, then: .truncatedGzip(file: name)) }
                    return output
                }
            }
            let before = output.count
            let (step, consumed) = inflater.inflate(input, from: inputPosition, into: &output)
            inputPosition += consumed
            if consumed > 0 || output.count > before { isInsideMember = true }
            switch step {
            case .more: continue
            case .end:
                inflater.reset()
                isInsideMember = false
            case .corrupt:
                isFinished = true
                return try deliver(output, then: .corruptGzip(file: name, offset: inputStart + inputPosition))
            }
        }
        return output
    }

    /// `output` now and `failure` on the next call, or `failure` at once when there is no output.
    private mutating func deliver(_ output: [UInt8], then failure: StreamInputError) throws(StreamInputError) -> [UInt8] {
        guard !output.isEmpty else { throw failure }
        pendingFailure = failure
        return output
    }
}
