/// Cuts a template's UTF-8 bytes into text and tags in one pass, applying set-delimiter tags as
/// it goes and removing standalone lines (a line holding one non-interpolating tag and
/// whitespace). Time is linear in the length of the text.
struct TemplateScanner {
    let bytes: [UInt8]
    var open: [UInt8] = Array("{{".utf8)
    var close: [UInt8] = Array("}}".utf8)
    var index: Int
    var line: Int
    /// Byte offset where the current line starts.
    var lineStart: Int
    /// The last place a column was counted, so counting is incremental along a line.
    var columnMark: (offset: Int, column: Int)
    /// Tokens of the current line, held back until its end decides whether it stands alone.
    var pending: [Token] = []
    var tokens: [Token] = []

    /// Scans `bytes` from `start`, which is on line `line`.
    init(bytes: [UInt8], start: Int, line: Int) {
        self.bytes = bytes
        self.index = start
        self.line = line
        self.lineStart = start
        self.columnMark = (start, 1)
    }

    /// The tokens of the whole text.
    static func tokens(in bytes: [UInt8], start: Int, line: Int) throws(TemplateSyntaxError) -> [Token] {
        var scanner = TemplateScanner(bytes: bytes, start: start, line: line)
        try scanner.scan()
        return scanner.tokens
    }

    mutating func scan() throws(TemplateSyntaxError) {
        var textStart = index
        while index < bytes.count {
            index = nextNewlineOrOpening(from: index)
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == Self.newline {
                index += 1
                flushText(textStart..<index)
                endLine()
                line += 1
                lineStart = index
                textStart = index
            } else if byte == open[0], matches(open, at: index) {
                flushText(textStart..<index)
                try scanTag()
                textStart = index
            } else {
                index += 1
            }
        }
        flushText(textStart..<index)
        endLine()
    }

    /// The offset of the first newline or first byte of the opening delimiter at or after `start`.
    private func nextNewlineOrOpening(from start: Int) -> Int {
        let first = open[0]
        return bytes.withUnsafeBufferPointer { buffer in
            var offset = start
            while offset < buffer.count, buffer[offset] != Self.newline, buffer[offset] != first { offset += 1 }
            return offset
        }
    }

    static let newline = UInt8(ascii: "\n")
}

extension TemplateScanner {
    mutating func flushText(_ range: Range<Int>) {
        if !range.isEmpty { pending.append(.text(range)) }
    }

    /// Ends a line: standalone tags lose their line's whitespace and newline, anything else is kept.
    mutating func endLine() {
        defer { pending.removeAll(keepingCapacity: true) }
        guard var tags = standaloneTags() else {
            tokens += pending
            return
        }
        if case .text(let range)? = pending.first, [.partial, .parent, .block].contains(tags[0].kind) {
            tags[0].indent = String(decoding: bytes[range], as: UTF8.self)
        }
        let lineEnd = lineEnd()
        for index in tags.indices {
            tags[index].standalone = true
            tags[index].lineEnd = lineEnd
        }
        tokens += tags.map(Token.tag)
    }

    /// The line's tags, when they may all stand alone (a parent opened and closed on one line
    /// counts as one) and everything else on the line is blank.
    private func standaloneTags() -> [TemplateTag]? {
        var found: [TemplateTag] = []
        for (position, token) in pending.enumerated() {
            switch token {
            case .tag(let tag):
                guard tag.kind.canStandAlone else { return nil }
                found.append(tag)
            case .text(let range):
                guard isBlank(range, last: position == pending.count - 1) else { return nil }
            }
        }
        return found.isEmpty ? nil : found
    }

    /// The `\n` or `\r\n` that ends the pending line; empty at the end of the text.
    private func lineEnd() -> String {
        guard case .text(let range)? = pending.last, bytes[range].last == Self.newline else { return "" }
        let crlf = range.count > 1 && bytes[range.upperBound - 2] == UInt8(ascii: "\r")
        return crlf ? "\r\n" : "\n"
    }

    /// Spaces and tabs only, and for the line's last token an optional `\n` or `\r\n` at its end.
    private func isBlank(_ range: Range<Int>, last: Bool) -> Bool {
        var end = range.upperBound
        if last, end > range.lowerBound, bytes[end - 1] == Self.newline {
            end -= 1
            if end > range.lowerBound, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        }
        return bytes[range.lowerBound..<end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset + pattern.count <= bytes.count else { return false }
        for (shift, byte) in pattern.enumerated() where bytes[offset + shift] != byte { return false }
        return true
    }

    /// The first offset at or after `start` where `pattern` occurs.
    func find(_ pattern: [UInt8], from start: Int) -> Int? {
        var offset = start
        while offset + pattern.count <= bytes.count {
            if bytes[offset] == pattern[0], matches(pattern, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    /// The 1-based column of `offset` on the current line, in Unicode scalars.
    mutating func column(at offset: Int) -> Int {
        if columnMark.offset < lineStart { columnMark = (lineStart, 1) }
        var column = columnMark.column
        for byte in bytes[columnMark.offset..<offset] where byte & 0xC0 != 0x80 { column += 1 }
        columnMark = (offset, column)
        return column
    }
}
