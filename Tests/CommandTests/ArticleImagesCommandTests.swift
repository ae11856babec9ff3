import Foundation
import Testing

/// A web article's pictures in its book (issue 17): fetched from a loopback server that plays a
/// public site (`QUIRE_TEST_PUBLIC_ADDRESS`), so private addresses stay refused.
@Suite(.serialized) final class ArticleImagesCommandTests {
    let server: LocalHTTPServer
    let publicSite: [String: String?] = ["QUIRE_TEST_PUBLIC_ADDRESS": "127.0.0.1", "SOURCE_DATE_EPOCH": "1700000000"]

    init() throws {
        server = try LocalHTTPServer()
    }

    @Test func aFetchedArticleCarriesItsPicturesAndPassesEPUBCheck() throws {
        let scratch = try ScratchDirectory()
        let book = scratch.url.appendingPathComponent("book.epub")
        let run = try QuireProcess.run(
            ["convert", "\(server.base)/gallery/article.html", "-o", book.path], environment: publicSite)
        #expect(run.status == 0, "\(run.standardError)")

        let requested = Set(server.requests)
        let wanted = [
            "/img/plain.png", "/gallery/relative.gif", "/img/w1600.jpg", "/img/pic-small.jpg", "/img/lazy.jpg",
            "/img/lazyset-1200.png", "/img/original.png", "/img/absolute.png", "/img/photo.webp", "/img/photo.avif", "/img/broken.heic",
            "/img/missing.png", "/redirect-to?url=/img/redirected.png", "/img/redirected.png", "/img/shared.png",
            "/img/huge-1200x630.png",
        ]
        for path in wanted { #expect(requested.contains(path), "\(path) was not requested: \(requested.sorted())") }
        for path in ["/img/private.png", "/img/w400.jpg", "/img/w800.jpg", "/img/w3200.jpg"] {
            #expect(!requested.contains(path), "\(path) was requested")
        }
        #expect(server.requests.count == Set(server.requests).count, "fetched twice: \(server.requests)")

        let files = try Self.unzip(book)
        let images = files.keys.filter { $0.hasPrefix("EPUB/images/") }
        // WebP and AVIF converted to JPEG; the HEIC, the 404 and the private one left out.
        #expect(images.count == 13, "\(images.sorted())")
        #expect(images.filter { $0.hasSuffix(".webp") || $0.hasSuffix(".avif") }.isEmpty)
        #expect(images.contains("EPUB/images/cover.png"))
        let chapter = files.filter { $0.key.hasPrefix("EPUB/chapter-") }.values.map { String(decoding: $0, as: UTF8.self) }
            .joined()
        #expect(chapter.contains("<span class=\"image-missing\">A missing picture</span>"), "\(chapter)")
        #expect(!chapter.contains("<p>A private picture</p>"))
        #expect(chapter.contains("<figure>\n<p><span class=\"image-missing\">A private picture</span></p>"), "\(chapter)")

        let warnings = run.standardError.split(separator: "\n").filter { $0.contains("remote image") }
        #expect(warnings.count == 1, "\(run.standardError)")
        let summary = String(warnings.first ?? "")
        #expect(summary.contains("3 remote images could not be included"), "\(summary)")
        #expect(summary.contains("/img/broken.heic' (is a HEIC image that could not be decoded)"), "\(summary)")
        #expect(summary.contains("/img/missing.png' (HTTP 404 Not Found)"), "\(summary)")
        #expect(
            summary.contains(
                "/img/private.png' (refused: ::ffff:127.0.0.1 is a loopback address (--allow-private-addresses allows it))"),
            "\(summary)")
        #expect(run.standardError.contains("image 'file:///etc/hostname' is a file: URL, which quire does not read"))

        let report = try Self.epubcheck(book)
        #expect(report.contains("Messages: 0 fatals / 0 errors / 0 warnings"), "\(report)")
    }

    @Test func aBatchDownloadsAnImageSharedByItsArticlesOnce() throws {
        let scratch = try ScratchDirectory()
        let list = (1...4).map { "\(server.base)/gallery/article.html?n=\($0)" }.joined(separator: "\n")
        try Data(list.utf8).write(to: scratch.url.appendingPathComponent("urls.txt"))
        let run = try QuireProcess.run(
            ["batch", "--urls", "urls.txt", "-t", "epub", "-o", "out", "-j", "4"], in: scratch.url, environment: publicSite)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(server.requests.filter { $0.hasPrefix("/gallery/article.html") }.count == 4)
        #expect(server.requests.filter { $0 == "/img/shared.png" }.count == 1, "\(server.requests)")
        #expect(server.requests.count == Set(server.requests).count, "fetched twice: \(server.requests)")
        // The outputs and the batch manifest.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.appendingPathComponent("out").path).count == 5)
    }

    @Test func anAnthologyOfArticlesDownloadsSharedImagesOnceAndPassesEPUBCheck() throws {
        let scratch = try ScratchDirectory()
        let list = (1...3).map { "\(server.base)/gallery/article.html?n=\($0)" }.joined(separator: "\n")
        try Data(list.utf8).write(to: scratch.url.appendingPathComponent("urls.txt"))
        let book = scratch.url.appendingPathComponent("all.epub")
        let run = try QuireProcess.run(
            ["batch", "--urls", "urls.txt", "--into", book.path, "-M", "title=Galleries"], in: scratch.url,
            environment: publicSite)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(server.requests.filter { $0 == "/img/shared.png" }.count == 1, "\(server.requests)")
        // The book's cover is drawn from its title, so no article's own is downloaded.
        #expect(!server.requests.contains("/img/huge-1200x630.png"), "\(server.requests)")
        #expect((try Self.unzip(book)).keys.contains("EPUB/images/cover.svg"))
        let report = try Self.epubcheck(book)
        #expect(report.contains("Messages: 0 fatals / 0 errors / 0 warnings"), "\(report)")
    }

    /// `--no-cover`: the pictures are fetched, the page's cover picture is not asked for at all.
    @Test func noCoverLeavesTheCoverPictureUnfetched() throws {
        let scratch = try ScratchDirectory()
        let book = scratch.url.appendingPathComponent("book.epub")
        let run = try QuireProcess.run(
            ["convert", "\(server.base)/gallery/article.html", "-o", book.path, "--no-cover"], environment: publicSite)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(server.requests.contains("/img/plain.png"), "\(server.requests)")
        #expect(!server.requests.contains("/img/huge-1200x630.png"), "\(server.requests)")
        #expect(!run.standardError.contains("huge-1200x630"), "\(run.standardError)")
        let images = (try Self.unzip(book)).keys.filter { $0.hasPrefix("EPUB/images/") }
        #expect(!images.isEmpty && !images.contains { $0.hasPrefix("EPUB/images/cover") }, "\(images.sorted())")
    }

    @Test func noFetchResourcesLeavesEveryPictureOut() throws {
        let scratch = try ScratchDirectory()
        let book = scratch.url.appendingPathComponent("book.epub")
        let run = try QuireProcess.run(
            ["convert", "\(server.base)/gallery/article.html", "-o", book.path, "--no-fetch-resources"],
            environment: publicSite)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(server.requests == ["/gallery/article.html"])
        #expect(run.standardError.contains("16 remote images were not fetched"), "\(run.standardError)")
        // The one picture is the cover drawn from the title, the page's own not being fetched.
        #expect((try Self.unzip(book)).keys.filter { $0.hasPrefix("EPUB/images/") } == ["EPUB/images/cover.svg"])
    }

    /// A page's og:image is its cover only when it looks like one: a logo, a thumbnail or a
    /// banner gives way to the cover drawn from the title.
    @Test func aLogoThumbnailOrBannerIsNotTheCover() throws {
        let scratch = try ScratchDirectory()
        let book = scratch.url.appendingPathComponent("book.epub")
        let covers = [
            "/img/site-logo.png": "EPUB/images/cover.svg", "/img/huge-200x200.png": "EPUB/images/cover.svg",
            "/img/huge-1600x400.png": "EPUB/images/cover.svg", "/img/huge-600x800.png": "EPUB/images/cover.png",
        ]
        for (cover, expected) in covers {
            let run = try QuireProcess.run(
                ["convert", "\(server.base)/gallery/article.html?cover=\(cover)", "-o", book.path], environment: publicSite)
            #expect(run.status == 0, "\(run.standardError)")
            #expect(server.requests.contains(cover))
            let opf = String(decoding: try Self.unzip(book)["EPUB/content.opf"] ?? Data(), as: UTF8.self)
            let coverItem = opf.split(separator: "\n").first { $0.contains("properties=\"cover-image\"") } ?? ""
            #expect(coverItem.contains("href=\"\(expected.dropFirst("EPUB/".count))\""), "\(cover): \(coverItem)")
        }
    }

    /// `--cache DIR` keeps downloaded pictures: a second run asks the server only for the page and
    /// what failed.
    @Test func aCacheFolderKeepsPicturesForLaterRuns() throws {
        let scratch = try ScratchDirectory()
        let cache = scratch.url.appendingPathComponent("images cache").path
        func convert(_ name: String) throws -> [String: Data] {
            let book = scratch.url.appendingPathComponent(name)
            let run = try QuireProcess.run(
                ["convert", "\(server.base)/gallery/article.html", "-o", book.path, "--cache", cache], environment: publicSite)
            #expect(run.status == 0, "\(run.standardError)")
            return try Self.unzip(book).filter { $0.key.hasPrefix("EPUB/images/") }
        }
        let first = try convert("first.epub")
        let fetchedFirst = server.requests.count
        #expect(fetchedFirst > 10)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache).count >= 10)
        let second = try convert("second.epub")
        // Failures are not kept: the 404 is asked for again.
        #expect(Array(server.requests.dropFirst(fetchedFirst)) == ["/gallery/article.html", "/img/missing.png"])
        #expect(second == first)

        let notAFolder = try scratch.write("file.txt", "x")
        let refused = try QuireProcess.run(["convert", notAFolder.path, "-o", "x.epub", "--cache", notAFolder.path], in: scratch.url)
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("is not a folder"), "\(refused.standardError)")
    }

    /// A saved page: its images are fetched only with --fetch-resources, relative to --base-url.
    @Test func aLocalPageFetchesItsPicturesOnlyWhenAsked() throws {
        let scratch = try ScratchDirectory()
        let page = try scratch.write(
            "saved.html",
            "<html><body><article><h1>Saved</h1><p>A saved page with one picture, long enough to be an article.</p>"
                + "<figure><img src=\"/img/saved.png\" alt=\"Saved picture\"></figure><p>The end.</p></article></body></html>")
        let book = scratch.url.appendingPathComponent("book.epub")
        let plain = try QuireProcess.run(
            ["convert", page.path, "--base-url", "\(server.base)/saved.html", "-o", book.path], environment: publicSite)
        #expect(plain.status == 0, "\(plain.standardError)")
        #expect(server.requests.isEmpty)
        let fetching = try QuireProcess.run(
            ["convert", page.path, "--base-url", "\(server.base)/saved.html", "-o", book.path, "--fetch-resources", "--no-cover"],
            environment: publicSite)
        #expect(fetching.status == 0, "\(fetching.standardError)")
        #expect(server.requests == ["/img/saved.png"])
        #expect((try Self.unzip(book)).keys.contains("EPUB/images/image-1.png"))
    }

    /// libgd scales a picture wider than --max-image-pixels (1600 by default) down; 0 keeps it.
    @Test func anOversizedPictureIsScaledDown() throws {
        let scratch = try ScratchDirectory()
        let page = try scratch.write(
            "wide.html",
            "<html><body><article><h1>Wide</h1><p>A page with one very wide picture, long enough to be an article.</p>"
                + "<figure><img src=\"/img/huge-3200x1200.png\" alt=\"Wide picture\"></figure><p>The end.</p></article></body></html>")
        let book = scratch.url.appendingPathComponent("book.epub")
        func pictureSize(_ arguments: [String]) throws -> [UInt8] {
            let run = try QuireProcess.run(
                ["convert", page.path, "--base-url", "\(server.base)/wide.html", "-o", book.path, "--fetch-resources", "--no-cover"]
                    + arguments, environment: publicSite)
            #expect(run.status == 0, "\(run.standardError)")
            return Array(try Self.unzip(book)["EPUB/images/image-1.png"]?.prefix(24).suffix(8) ?? [])
        }
        #expect(try pictureSize([]) == [0, 0, 0x06, 0x40, 0, 0, 0x02, 0x58], "1600 x 600")
        #expect(try pictureSize(["--max-image-pixels", "800"]) == [0, 0, 0x03, 0x20, 0, 0, 0x01, 0x2C], "800 x 300")
        #expect(try pictureSize(["--max-image-pixels", "0"]) == [0, 0, 0x0C, 0x80, 0, 0, 0x04, 0xB0], "3200 x 1200")
    }

    /// Every file of a zip archive, by path.
    static func unzip(_ archive: URL) throws -> [String: Data] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quire-unzip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try tool("unzip", ["-q", "-o", archive.path, "-d", folder.path])
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))] =
                try Data(contentsOf: url)
        }
        return files
    }

    /// EPUBCheck's report (`java -jar`, as Tests/QuireTests/Writers/BookTools.swift explains).
    static func epubcheck(_ book: URL) throws -> String {
        try tool("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "/usr/share/java/epubcheck.jar", book.path])
    }

    private static func tool(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
