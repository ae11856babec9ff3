import ArgumentParser
import Quire

/// How URL inputs are fetched.
struct FetchingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("URLs: the User-Agent header to send.", valueName: "text"))
    var userAgent: String?

    @Option(help: ArgumentHelp("URLs: seconds for the whole transfer.", valueName: "seconds"))
    var timeout: Double = 60

    @Option(help: ArgumentHelp("URLs: the largest response accepted, in megabytes.", valueName: "MB"))
    var maxSize: Double = 50

    var fetcherOptions: URLFetcher.Options {
        var options = URLFetcher.Options()
        if let userAgent { options.userAgent = userAgent }
        options.totalTimeout = timeout
        options.idleTimeout = min(timeout, options.idleTimeout)
        options.maximumBytes = Int(maxSize * 1024 * 1024)
        return options
    }
}
