/// A read-only table built once, looked up by open addressing with a cheap hash: the phrase
/// index looks up every word of every paragraph, and `Dictionary` hashed each word with SipHash
/// after checking its normalisation, most of the time appeal removal spent matching.
struct ProbeTable<Key: CheapHashable, Value: Sendable>: Sendable {
    private var slots: [(key: Key, value: Value)?]
    private let mask: Int

    init(_ entries: [Key: Value]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: nil, count: capacity)
        for (key, value) in entries {
            var index = key.cheapHash & mask
            while slots[index] != nil { index = (index + 1) & mask }
            slots[index] = (key, value)
        }
    }

    subscript(key: Key) -> Value? {
        var index = key.cheapHash & mask
        while let slot = slots[index] {
            if slot.key == key { return slot.value }
            index = (index + 1) & mask
        }
        return nil
    }
}

/// A key hashed in a few instructions a byte (FNV-1a), enough for a table of known words.
protocol CheapHashable: Hashable, Sendable {
    var cheapHash: Int { get }
}

extension String: CheapHashable {
    var cheapHash: Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ hash >> 32)
    }
}

extension UInt32: CheapHashable {
    var cheapHash: Int {
        let hash = UInt64(self) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: hash >> 32)
    }
}
