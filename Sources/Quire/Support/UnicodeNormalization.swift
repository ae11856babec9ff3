extension StringProtocol {
    /// The text in Unicode Normalization Form C (composed: `e` + U+0301 becomes `é`).
    ///
    /// Uses the standard library's own normaliser (`_nfcCodeUnits`, public ABI that Foundation
    /// is built on) so the library does not have to link all of Foundation and ICU for this.
    var precomposed: String {
        if utf8.allSatisfy({ $0 < 0xCC }) { return String(self) }  // Nothing below U+0300 ever composes.
        return String(decoding: String(self)._nfcCodeUnits, as: UTF8.self)
    }
}
