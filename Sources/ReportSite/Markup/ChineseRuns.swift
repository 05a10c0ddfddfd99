#if canImport(Glibc)
import Glibc
#endif

/// Marks runs of Chinese text in a page's HTML with `lang="zh-Hans"` or `lang="zh-Hant"`, so
/// browsers and screen readers pick Chinese fonts and voices. The script is told by characters
/// that exist only in Traditional form; a run with none of them is taken as Simplified.
/// Text inside tags, `<title>`, `<script>`, `<style>` and `<svg>` is left alone.
enum ChineseRuns {
    static func apply(to html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            guard containsHan(bytes) else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 1024)
            // Bytes before `copied` are in `out`; the rest are copied in runs, when a span goes in.
            var copied = 0
            var runStart: Int?
            var runEnd = 0
            var traditional = false
            var skipUntil: [UInt8]?
            var index = 0
            func copy(upTo end: Int) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<end]))
                copied = end
            }
            func flush() {
                guard let start = runStart else { return }
                copy(upTo: start)
                out.append(contentsOf: traditional ? Self.hantOpen : Self.hansOpen)
                copy(upTo: runEnd)
                out.append(contentsOf: Self.spanClose)
                runStart = nil
                traditional = false
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") {
                    flush()
                    let end = Self.tagEnd(bytes, from: index)
                    if let closing = skipUntil {
                        if Self.startsTag(bytes, at: index, end: end, with: closing) { skipUntil = nil }
                    } else if Self.mayBeSkipped(bytes, at: index),
                              let name = Self.skippedOpenings.first(where: { Self.startsTag(bytes, at: index, end: end, with: $0) }),
                              !(end - index >= 1 && bytes[end - 1] == UInt8(ascii: "/")) {
                        skipUntil = [UInt8(ascii: "<"), UInt8(ascii: "/")] + name.dropFirst()
                    }
                    index = end + 1
                    continue
                }
                if byte < 0x80 {
                    flush()
                    index += 1
                    // The rest of a run of ASCII text at once: nothing in it opens a tag or a run.
                    while index < bytes.count, bytes[index] < 0x80, bytes[index] != UInt8(ascii: "<") { index += 1 }
                    continue
                }
                let (scalar, length) = Self.scalar(at: index, in: bytes)
                if skipUntil == nil, isHan(scalar) || (runStart != nil && isCJKPunctuation(scalar)) {
                    if runStart == nil { runStart = index }
                    if traditionalOnly.contains(scalar) { traditional = true }
                    runEnd = index + length
                } else {
                    flush()
                }
                index += length
            }
            flush()
            copy(upTo: bytes.count)
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let hansOpen = Array("<span lang=\"zh-Hans\">".utf8)
    private static let hantOpen = Array("<span lang=\"zh-Hant\">".utf8)
    private static let spanClose = Array("</span>".utf8)
    /// `<title`, `<script`, `<style`, `<svg`.
    private static let skippedOpenings = skipped.map { [UInt8(ascii: "<")] + Array($0.utf8) }

    /// The offset of the `>` that ends the tag opening at `start`, or the last byte.
    private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, let hit = memchr(base + start, Int32(UInt8(ascii: ">")), bytes.count - start) else {
            return bytes.count - 1
        }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// Whether the tag at `start` could be one of the skipped ones (its name starts with `s` or `t`).
    private static func mayBeSkipped(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + 1 < bytes.count else { return false }
        let letter = bytes[start + 1] | 0x20
        return letter == UInt8(ascii: "s") || letter == UInt8(ascii: "t")
    }

    /// Whether the tag at `start` (up to `end`) begins with `prefix`, ignoring ASCII case.
    private static func startsTag(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, with prefix: [UInt8]) -> Bool {
        guard end - start + 1 >= prefix.count else { return false }
        for (offset, expected) in prefix.enumerated() {
            let byte = bytes[start + offset]
            if (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) != expected { return false }
        }
        return true
    }

    /// Whether any Han character is in `bytes` (each starts with a lead byte of E3 or more).
    private static func containsHan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] >= 0xE3, isHan(scalar(at: index, in: bytes).0) { return true }
            index += 1
        }
        return false
    }

    /// The scalar starting at `index` of valid UTF-8 and its length in bytes.
    private static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard length > 1, index + length <= bytes.count else { return (Unicode.Scalar(lead), 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private static let skipped = ["title", "script", "style", "svg"]

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    static func isCJKPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0xFF00...0xFF65: true
        default: false
        }
    }

    /// Common characters whose Simplified form differs, in their Traditional form.
    static let traditionalOnly = Set(("國華為騰達偉輝紀體導電際與們這個會對發產業經濟資訊號學術計憶處萬億長門開關區應權舉"
        + "輸聯網雲數據機構務圖灣臺進價貿無線標準備設證點車東兩來時間問題見說話讀書壓錢鐵銷售續習營運項擬報簡單軟硬將"
        + "過還邊選遠後裡複雜險製測試驗變頭類響顯飛龍齊麥黃鳥魚廠場貨幣閱記錄態費購買賣雙協議總統區域規範許審層級擴"
        + "張專屬網絡係統計劃實現優勢環節組織參與積極條款").unicodeScalars)
}
