import Foundation
import Testing

/// Fetches to loopback, private and link-local addresses are refused unless
/// `--allow-private-addresses`, checked on the address each connection is about to use.
@Suite(.serialized) final class PrivateAddressCommandTests {
    let server: LocalHTTPServer

    init() throws {
        server = try LocalHTTPServer()
    }

    @Test func aLoopbackAddressIsRefusedInOneLineAndNeverContacted() throws {
        let url = "\(server.base)/article.html"
        let run = try QuireProcess.run(["convert", url, "-t", "json"])
        #expect(run.status == 1)
        #expect(
            run.standardError
                == "quire: \(url): refused: 127.0.0.1 is a loopback address (--allow-private-addresses allows it)\n")
        #expect(server.requests.isEmpty, "\(server.requests)")
    }

    @Test func aHostNameThatResolvesToLoopbackIsRefused() throws {
        let url = "http://localhost:\(server.port)/article.html"
        let refused = try QuireProcess.run(["convert", url, "-t", "json"])
        #expect(refused.status == 1)
        #expect(refused.standardError.hasPrefix("quire: \(url): refused: "), "\(refused.standardError)")
        #expect(refused.standardError.contains("is a loopback address"), "\(refused.standardError)")
        #expect(refused.standardError.split(separator: "\n").count == 1)
        #expect(server.requests.isEmpty, "\(server.requests)")

        let allowed = try QuireProcess.run(["convert", url, "-t", "json", "--allow-private-addresses"])
        #expect(allowed.status == 0, "\(allowed.standardError)")
        #expect(server.requests == ["/article.html"])
    }

    /// The server plays a public site (debug builds treat `QUIRE_TEST_PUBLIC_ADDRESS` as public)
    /// whose redirect leads back to the same loopback server under its IPv4-mapped IPv6 address:
    /// refused at that hop, before it connects.
    @Test func aRedirectToAPrivateAddressIsRefusedAtThatHop() throws {
        let target = "http://[::ffff:127.0.0.1]:\(server.port)/article.html"
        let url = "\(server.base)/redirect-to?url=\(target)"
        let run = try QuireProcess.run(
            ["convert", url, "-t", "json"], environment: ["QUIRE_TEST_PUBLIC_ADDRESS": "127.0.0.1"])
        #expect(run.status == 1)
        #expect(
            run.standardError
                == "quire: \(url): refused the redirect to \(target): ::ffff:127.0.0.1 is a loopback address (--allow-private-addresses allows it)\n")
        #expect(server.requests == ["/redirect-to?url=\(target)"])
    }
}
