/// Turns what a user names on the command line, a file, `-` or a URL, into a reader's input.
public struct InputLoader: Sendable {
    public var fetcher: URLFetcher
    /// `--encoding`: the character set every input is read in, whatever it declares.
    public var overridingCharset: String?

    public init(fetcher: URLFetcher = URLFetcher(), overridingCharset: String? = nil) {
        self.fetcher = fetcher
        self.overridingCharset = overridingCharset
    }

    public func load(_ name: String) throws -> ReaderInput {
        var input: ReaderInput
        if URLFetcher.isURL(name) {
            let response = try fetcher.fetch(name)
            input = ReaderInput(
                bytes: response.bytes, name: response.finalURL, baseURL: response.finalURL, charset: response.charset,
                mediaType: response.mediaType)
        } else {
            var bytes = try FileAccess.read(name)
            if name != "-", CompressedInput.isCompressedName(name), bytes.starts(with: [0x1F, 0x8B]) {
                bytes = try CompressedInput.decompress(bytes, file: name)
            }
            input = ReaderInput(bytes: bytes, name: name == "-" ? "<stdin>" : name)
        }
        input.overridingCharset = overridingCharset
        return input
    }
}
