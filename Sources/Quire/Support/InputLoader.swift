/// Turns what a user names on the command line, a file, `-` or a URL, into a reader's input.
public struct InputLoader: Sendable {
    public var fetcher: URLFetcher

    public init(fetcher: URLFetcher = URLFetcher()) {
        self.fetcher = fetcher
    }

    public func load(_ name: String) throws -> ReaderInput {
        if URLFetcher.isURL(name) {
            let response = try fetcher.fetch(name)
            return ReaderInput(
                bytes: response.bytes, name: response.finalURL, baseURL: response.finalURL, charset: response.charset,
                mediaType: response.mediaType)
        }
        return ReaderInput(bytes: try FileAccess.read(name), name: name == "-" ? "<stdin>" : name)
    }
}
