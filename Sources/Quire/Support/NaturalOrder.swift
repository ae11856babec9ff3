extension String {
    /// Orders the way people number files: `part2` before `part10`, digits compared as numbers,
    /// everything else by Unicode scalar value.
    public func naturallyPrecedes(_ other: String) -> Bool {
        var left = unicodeScalars[...]
        var right = other.unicodeScalars[...]
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        while let first = left.first, let second = right.first {
            if isDigit(first), isDigit(second) {
                let leftDigits = left.prefix(while: isDigit)
                let rightDigits = right.prefix(while: isDigit)
                let leftNumber = leftDigits.drop { $0 == "0" }
                let rightNumber = rightDigits.drop { $0 == "0" }
                if leftNumber.count != rightNumber.count { return leftNumber.count < rightNumber.count }
                if !leftNumber.elementsEqual(rightNumber) { return leftNumber.lexicographicallyPrecedes(rightNumber) { $0.value < $1.value } }
                left = left.dropFirst(leftDigits.count)
                right = right.dropFirst(rightDigits.count)
            } else {
                if first != second { return first.value < second.value }
                left = left.dropFirst()
                right = right.dropFirst()
            }
        }
        return left.isEmpty && !right.isEmpty
    }
}
