import QuireDocument
import Testing

@testable import Quire

/// The record readers of `quire stream`: JSON lines, WARC (plain and gzip) and the HTTP
/// responses inside WARC records.
@Suite struct StreamRecordReaderTests {
    func items(_ bytes: [UInt8], chunkSize: Int = 7, format: RecordFormat? = nil, maximumBytes: Int = 1 << 20) throws -> [StreamItem] {
        var source = try RecordSource(
            ArrayByteSource(bytes, chunkSize: chunkSize), name: "test", file: nil, format: format, maximumBytes: maximumBytes)
        var items: [StreamItem] = []
        while let item = source.next() { items.append(item) }
        return items
    }

    func record(_ item: StreamItem) -> StreamRecord? {
        if case .record(let record) = item { return record }
        return nil
    }

    @Test func jsonLinesGiveRecordsFailuresAndPassThroughUnknownKeys() throws {
        let lines = [
            #"{"id":"a","url":"https://example.com/a","html":"<p>Hi</p>","crawl":{"n":1}}"#,
            "",
            ##"{"id":2,"markdown":"# M","metadata":{"title":"T","authors":["X","Y"]}}"##,
            #"{"id":"c","text":"plain","format":"text"}"#,
            "not json at all",
            #"{"id":"d","body_base64":"PHA+w6k8L3A+","content_type":"text/html; charset=utf-8"}"#,
            #"{"id":"e"}"#,
            #"{"id":"f","body_base64":"***"}"#,
        ].joined(separator: "\n")
        let found = try items(Array(lines.utf8))
        #expect(found.count == 7)
        let first = try #require(record(found[0]))
        #expect(first.identity.id == "a" && first.identity.url == "https://example.com/a")
        #expect(first.content == .text("<p>Hi</p>", format: "html"))
        #expect(first.identity.passthrough.map(\.key) == ["crawl"])
        #expect(first.identity.passthrough.first?.value == .object([("n", .number("1"))]))
        let second = try #require(record(found[1]))
        #expect(second.identity.id == "2")
        #expect(second.metadata.map(\.key) == ["title", "authors"] && second.metadata.map(\.value) == ["T", "X; Y"])
        #expect(record(found[2])?.format == "text")
        guard case .failure(let identity, let message) = found[3] else { Issue.record("line 5 is not JSON"); return }
        #expect(identity.line == 5 && message.hasPrefix("not JSON"))
        let bytes = try #require(record(found[4]))
        #expect(bytes.content == .bytes(Array("<p>é</p>".utf8)) && bytes.contentType == "text/html; charset=utf-8")
        guard case .failure(let missing, let why) = found[5] else { Issue.record("no content is not a failure"); return }
        #expect(missing.id == "e" && missing.line == 7 && why.hasPrefix("no content"))
        #expect(first.identity.line == nil)
        guard case .failure(_, let notBase64) = found[6] else { Issue.record("bad base64 is not a failure"); return }
        #expect(notBase64.contains("base64"))
    }

    @Test func anOverlongLineFailsAloneAndTheNextLineIsRead() throws {
        let long = #"{"id":"big","text":""# + String(repeating: "x", count: 5000) + #""}"#
        let input = long + "\n" + #"{"id":"small","text":"ok"}"# + "\n"
        var source = NDJSONRecordReader(
            BufferedByteReader(ArrayByteSource(Array(input.utf8), chunkSize: 100)), file: nil, maximumLineBytes: 1000)
        guard case .failure(let identity, let message)? = source.next() else { Issue.record("the long line passed"); return }
        #expect(identity.line == 1 && message.contains("more than"))
        let next = source.next()
        #expect(next.flatMap(record)?.identity.id == "small")
        #expect(source.next() == nil)
    }

    @Test func chunkedBodiesAreJoinedAndBadChunkingIsReadAsItIs() throws {
        let body = Array("<html><body><p>chunks</p></body></html>".utf8)
        #expect(HTTPResponse.dechunked(StreamTestData.chunked(body, size: 5)) == .complete(body))
        #expect(HTTPResponse.dechunked(Array("zz\r\nnot chunked".utf8)) == .notChunked)
        let cut = Array(StreamTestData.chunked(body, size: 8).dropLast(12))
        guard case .truncated(let partial) = HTTPResponse.dechunked(cut) else { Issue.record("not truncated"); return }
        #expect(body.starts(with: partial) && !partial.isEmpty)
    }

    @Test func aGzipChunkedResponseIsDecoded() throws {
        let page = Array(StreamTestData.page(title: "Zipped", paragraph: "Compressed words.").utf8)
        let block = StreamTestData.httpResponse(
            headers: ["Content-Type: text/html", "Content-Encoding: gzip", "Transfer-Encoding: chunked"],
            body: StreamTestData.chunked(try StreamTestData.gzip(page), size: 16))
        let response = try #require(HTTPResponse(parsing: block))
        #expect(response.status == 200 && response.contentType.mediaType == "text/html")
        let decoded = try response.decodedBody(limit: 1 << 20)
        #expect(decoded.bytes == page && decoded.warnings.isEmpty)
        #expect(throws: HTTPBodyError.tooLarge(limit: 10)) { try response.decodedBody(limit: 10) }
        var broken = response
        broken.headers = [("Content-Encoding", "gzip")]
        broken.body = [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0xFF, 0xFF]
        #expect(throws: HTTPBodyError.corrupt(coding: "gzip")) { try broken.decodedBody(limit: 1 << 20) }
        broken.headers = [("Content-Encoding", "br")]
        #expect(throws: HTTPBodyError.unsupportedCoding("br")) { try broken.decodedBody(limit: 1 << 20) }
    }

    /// Every kind of record, one gzip member each, with the last member cut short.
    func warc() throws -> [[UInt8]] {
        let html = Array(StreamTestData.page(title: "One", paragraph: "First page.").utf8)
        return [
            StreamTestData.warcRecord(type: "warcinfo", id: "<urn:uuid:0>", contentType: "application/warc-fields", block: Array("software: test\r\n".utf8)),
            StreamTestData.warcRecord(type: "request", id: "<urn:uuid:1>", uri: "https://example.com/one", contentType: "application/http; msgtype=request", block: Array("GET /one HTTP/1.1\r\nHost: example.com\r\n\r\n".utf8)),
            StreamTestData.response(id: "<urn:uuid:2>", uri: "https://example.com/one", headers: ["Content-Type: text/html; charset=utf-8"], body: html),
            StreamTestData.response(id: "<urn:uuid:3>", uri: "https://example.com/logo.png", headers: ["Content-Type: image/png"], body: [0x89, 0x50, 0x4E, 0x47]),
            StreamTestData.warcRecord(type: "metadata", id: "<urn:uuid:4>", uri: "https://example.com/one", contentType: "application/warc-fields", block: Array("fetchTimeMs: 12\r\n".utf8)),
            StreamTestData.response(id: "<urn:uuid:5>", uri: "https://example.com/two", headers: ["Content-Type: text/html"], body: html),
        ]
    }

    @Test func aPlainWARCGivesHTMLResponsesAndCountsTheRest() throws {
        let found = try items(try warc().flatMap { $0 })
        #expect(found.count == 6)
        #expect(found[0] == .skipped(kind: "warcinfo") && found[1] == .skipped(kind: "request"))
        let page = try #require(record(found[2]))
        #expect(page.identity.id == "<urn:uuid:2>" && page.identity.url == "https://example.com/one")
        #expect(page.contentType == "text/html; charset=utf-8" && page.format == "html")
        #expect(found[3] == .skipped(kind: "not HTML") && found[4] == .skipped(kind: "metadata"))
        #expect(record(found[5])?.identity.id == "<urn:uuid:5>")
    }

    @Test func aGzipWARCIsReadMemberByMemberAndATruncatedLastMemberFailsItsRecord() throws {
        var members = try warc().map { try StreamTestData.gzip($0) }
        members[5] = Array(members[5].prefix(members[5].count * 2 / 3))
        let found = try items(members.flatMap { $0 }, chunkSize: 13)
        #expect(found.count == 6)
        #expect(record(found[2])?.identity.id == "<urn:uuid:2>")
        guard case .failure(let identity, let message) = found[5] else { Issue.record("the cut record passed"); return }
        #expect(identity.id == "<urn:uuid:5>" && message.contains("cut short") && message.contains("gzip"))
    }

    @Test func gzipJSONLinesAreReadAndCorruptGzipStopsWithAFailure() throws {
        let lines = Array((#"{"id":"a","text":"one"}"# + "\n" + #"{"id":"b","text":"two"}"# + "\n").utf8)
        let packed = try StreamTestData.gzip(lines)
        let found = try items(packed)
        #expect(found.compactMap { record($0)?.identity.id } == ["a", "b"] && found.count == 2)
        var corrupt = packed
        corrupt.replaceSubrange(12..<20, with: [UInt8](repeating: 0xFF, count: 8))
        let damaged = try items(corrupt)
        guard case .failure(_, let message)? = damaged.last else { Issue.record("corrupt gzip passed"); return }
        #expect(message.contains("corrupt gzip data"))
    }

    @Test func recordFormatsAreDetectedFromTheFirstBytes() {
        #expect(RecordFormat.detect(Array("WARC/1.0\r\n".utf8)[...]) == .warc)
        #expect(RecordFormat.detect(Array("\n  {\"id\":1}".utf8)[...]) == .ndjson)
        #expect(RecordFormat.detect(([0xEF, 0xBB, 0xBF] + Array("{}".utf8))[...]) == .ndjson)
        #expect(RecordFormat.detect(Array("<html>".utf8)[...]) == nil)
    }

    @Test func aByteOrderMarkBeforeTheFirstJSONLineIsSkipped() throws {
        let found = try items([0xEF, 0xBB, 0xBF] + Array(#"{"id":"x","text":"t"}"#.utf8))
        #expect(found.count == 1 && record(found[0])?.identity.id == "x")
    }
}
