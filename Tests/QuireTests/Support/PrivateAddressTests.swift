import Testing

@testable import Quire

/// The ranges a fetch refuses to connect to without `--allow-private-addresses`.
struct PrivateAddressTests {
    @Test(arguments: [
        ("127.0.0.1", "loopback"), ("127.255.0.9", "loopback"), ("::1", "loopback"),
        ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("172.31.255.255", "private"), ("192.168.1.1", "private"),
        ("fd12:3456::1", "private"), ("fc00::1", "private"),
        ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"), ("::", "unspecified"), ("0.1.2.3", "unspecified"),
        ("100.64.0.1", "shared (CGNAT)"), ("100.127.255.254", "shared (CGNAT)"),
        ("224.0.0.1", "multicast"), ("ff02::1", "multicast"), ("255.255.255.255", "reserved"),
        ("::ffff:127.0.0.1", "loopback"), ("::ffff:10.0.0.1", "private"), ("64:ff9b::a9fe:a9fe", "link-local"),
        ("2002:c0a8:0101::1", "private"), ("not an address", "non-IP"),
    ])
    func nonPublicAddressesAreRefused(address: String, kind: String) {
        #expect(URLFetcher.refusedAddressKind(address) == kind)
    }

    @Test(arguments: [
        "93.184.216.34", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1", "169.253.1.1", "11.0.0.1",
        "2606:4700::6810:84e5", "::ffff:93.184.216.34", "2002:5db8:d822::1",
    ])
    func publicAddressesAreAllowed(address: String) {
        #expect(URLFetcher.refusedAddressKind(address) == nil)
    }
}
