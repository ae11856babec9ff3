import ArgumentParser
import Foundation
import Quire

/// How URL inputs are fetched.
struct FetchingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("URLs: the User-Agent header to send.", valueName: "text"))
    var userAgent: String?

    @Option(help: ArgumentHelp("URLs: seconds for the whole transfer.", valueName: "seconds"))
    var timeout: Double = 60

    @Option(help: ArgumentHelp("URLs: the largest response accepted, in megabytes.", valueName: "MB"))
    var maxSize: Double = 50

    @Flag(
        help: """
            URLs and their images: allow loopback, private (10/8, 192.168/16, fc00::/7...), link-local and other \
            non-public addresses, which are refused by default.
            """)
    var allowPrivateAddresses = false

    @Flag(
        inversion: .prefixedNo,
        help: """
            EPUB: download the http(s) images a document shows, and its cover (default: for URL inputs only; \
            --fetch-resources also for local pages, with --base-url).
            """)
    var fetchResources: Bool?

    @Option(
        help: ArgumentHelp(
            "EPUB: keep downloaded images in this folder and use them on later runs instead of downloading again.",
            valueName: "folder"))
    var cache: String?

    /// Limits, so that `nan`, `inf`, a negative or an absurd number is an error, not a crash or
    /// no limit at all.
    static let maximumTimeout: Double = 86_400
    static let maximumSize: Double = 4096

    func validate() throws {
        guard timeout.isFinite, timeout > 0, timeout <= Self.maximumTimeout else {
            throw ValidationError("--timeout: expects seconds above 0 and at most \(Int(Self.maximumTimeout)), got \(timeout)")
        }
        guard maxSize.isFinite, maxSize > 0, maxSize <= Self.maximumSize else {
            throw ValidationError("--max-size: expects megabytes above 0 and at most \(Int(Self.maximumSize)), got \(maxSize)")
        }
        if let cache {
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: cache, isDirectory: &isFolder) {
                do {
                    try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
                } catch {
                    throw ValidationError("--cache: cannot make the folder \(cache)")
                }
            } else if !isFolder.boolValue {
                throw ValidationError("--cache: \(cache) is not a folder")
            }
        }
    }

    /// Where a book's images come from: local folders, and downloads through the page fetcher
    /// unless `--no-fetch-resources`.
    func resourceLoader(searchPaths: [String]) -> ResourceLoader {
        ResourceLoader(
            searchPaths: searchPaths,
            imageFetcher: fetchResources == false
                ? nil : ImageFetcher(fetcher: URLFetcher(options: fetcherOptions), cacheFolder: cache),
            fetchesImagesOfLocalDocuments: fetchResources == true)
    }

    /// The options that change what a URL input or a book's images become, for the batch
    /// manifest; timeouts and limits change only whether a fetch succeeds.
    var outputSettings: [String] {
        ["--user-agent \(userAgent ?? "-")", "--allow-private-addresses \(allowPrivateAddresses)",
         "--fetch-resources \(fetchResources.map(String.init) ?? "-")"]
    }

    var fetcherOptions: URLFetcher.Options {
        var options = URLFetcher.Options()
        if let userAgent { options.userAgent = userAgent }
        options.totalTimeout = timeout
        options.idleTimeout = min(timeout, options.idleTimeout)
        options.maximumBytes = Int(maxSize * 1024 * 1024)
        options.allowsPrivateAddresses = allowPrivateAddresses
        return options
    }
}
