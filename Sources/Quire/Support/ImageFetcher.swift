import Foundation
import Synchronization

/// Downloads the images documents name, for books: through the same `URLFetcher` as pages (so
/// the same timeouts, user agent, redirect limit, `http`/`https` only, no cookies, and the same
/// refusal of private addresses), at most `maximumParallelFetches` at once across every
/// document of the process, and each URL once: `quire batch` shares one fetcher between its
/// conversions, so a picture many articles show is downloaded a single time. With a cache
/// folder (`--cache DIR`), downloads are also kept on disk for later runs.
public final class ImageFetcher: Sendable {
    /// Downloads at once, all documents together: enough to hide a server's latency, few
    /// enough not to look like an attack on it.
    public static let maximumParallelFetches = 8
    /// The most bytes of downloads kept for later documents; past it, an image is still used
    /// by the document that asked for it but fetched again if another asks. Small, so a batch
    /// stays small in memory: what articles share is mostly logos, icons and portraits.
    static let cacheBudget = 32 << 20

    private let fetcher: URLFetcher
    /// Where downloads are kept between runs, or `nil`.
    private let cacheFolder: String?
    private let slots = DispatchSemaphore(value: ImageFetcher.maximumParallelFetches)
    private let cache = Mutex(Cache())

    private struct Cache {
        var downloads: [String: Download] = [:]
        var keptBytes = 0
    }

    /// One URL's download, shared by every document that asks while or after it runs.
    private final class Download: @unchecked Sendable {
        let finished = DispatchGroup()
        /// Written once, before `finished` is left; read only after waiting on it.
        var result: Result<[UInt8], FetchError> = .failure(FetchError(url: "", reason: "not fetched"))
    }

    /// - Parameters:
    ///   - fetcher: the page fetcher's options; each image is further capped at
    ///     `ResourceLoader.maximumImageSize`.
    ///   - cacheFolder: an existing folder where successful downloads are kept, each in a file
    ///     named by the SHA-1 of its URL, and read instead of the network on later runs. Nothing
    ///     expires: remove the folder to fetch afresh.
    public init(fetcher: URLFetcher, cacheFolder: String? = nil) {
        var options = fetcher.options
        options.maximumBytes = min(options.maximumBytes, ResourceLoader.maximumImageSize)
        self.fetcher = URLFetcher(options: options)
        self.cacheFolder = cacheFolder
    }

    /// The bytes of each of `urls` (`http` or `https`), or why there are none. Blocks until all
    /// have finished.
    public func fetch(_ urls: [String]) -> [String: Result<[UInt8], FetchError>] {
        var unique: [String] = []
        var seen = Set<String>()
        for url in urls where seen.insert(url).inserted { unique.append(url) }
        let results = Mutex([String: Result<[UInt8], FetchError>]())
        let next = Mutex(0)
        let work: @Sendable () -> Void = { [unique] in
            while true {
                let index = next.withLock { value in
                    defer { value += 1 }
                    return value
                }
                guard index < unique.count else { break }
                let result = self.download(unique[index])
                results.withLock { $0[unique[index]] = result }
            }
        }
        let workers = DispatchGroup()
        // The calling thread downloads too, so a document with one picture starts no thread.
        for _ in 1..<max(1, min(Self.maximumParallelFetches, unique.count)) {
            workers.enter()
            // Threads of their own: the transfers block, and Dispatch's pool on Linux would run
            // only as many of them at once as there are cores.
            Thread.detachNewThread {
                work()
                workers.leave()
            }
        }
        work()
        workers.wait()
        return results.withLock { $0 }
    }

    /// The file of the cache folder that keeps `url`'s bytes. Downloads allowed to reach private
    /// addresses are kept apart, so a run that refuses them never uses what one that allowed them
    /// fetched.
    private func cachedFile(of url: String) -> String? {
        guard let cacheFolder else { return nil }
        let name = SHA1.digest(Array(url.utf8)).map(hexadecimal).joined()
        let folder = cacheFolder.hasSuffix("/") ? cacheFolder : cacheFolder + "/"
        return folder + (fetcher.options.allowsPrivateAddresses ? "private-" : "") + name
    }

    /// The bytes the cache `file` keeps for `url`. Each file begins with its URL's line, checked,
    /// so two URLs whose names collide can never be given each other's bytes.
    private func cached(_ url: String, in file: String) -> [UInt8]? {
        let line = Array((url + "\n").utf8)
        guard let kept = try? FileAccess.readRegularFile(file, limit: ResourceLoader.maximumImageSize + line.count),
            kept.starts(with: line)
        else { return nil }
        return Array(kept[line.count...])
    }

    /// The cached or running download of `url`, else a new one in this thread.
    private func download(_ url: String) -> Result<[UInt8], FetchError> {
        let (download, isNew) = cache.withLock { cache -> (Download, Bool) in
            if let running = cache.downloads[url] { return (running, false) }
            let download = Download()
            download.finished.enter()
            cache.downloads[url] = download
            return (download, true)
        }
        guard isNew else {
            download.finished.wait()
            return download.result
        }
        let file = cachedFile(of: url)
        if let kept = file.flatMap({ cached(url, in: $0) }) {
            download.result = .success(kept)
        } else {
            slots.wait()
            do {
                let bytes = try fetcher.fetch(url).bytes
                download.result = .success(bytes)
                // A cache that cannot be written costs only a later download.
                if let file { try? FileAccess.writeAtomically(Array((url + "\n").utf8) + bytes, to: file) }
            } catch {
                download.result = .failure(error)
            }
            slots.signal()
        }
        cache.withLock { cache in
            guard case .success(let bytes) = download.result else { return }
            if cache.keptBytes + bytes.count > Self.cacheBudget {
                cache.downloads[url] = nil
            } else {
                cache.keptBytes += bytes.count
            }
        }
        download.finished.leave()
        return download.result
    }
}
