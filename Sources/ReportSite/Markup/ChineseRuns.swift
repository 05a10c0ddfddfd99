/// Marks runs of Chinese text in a page's HTML with `lang="zh-Hans"` or `lang="zh-Hant"`, so
/// browsers and screen readers pick Chinese fonts and voices. The script is told by characters
/// that exist only in Traditional form; a run with none of them is taken as Simplified.
/// Text inside tags, `<title>`, `<script>`, `<style>` and `<svg>` is left alone.
enum ChineseRuns {
    static func apply(to html: String) -> String {
        guard html.unicodeScalars.contains(where: isHan) else { return html }
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 1024)
        var runStart: Int?
        var runEnd = 0
        var traditional = false
        var skipUntil: [UInt8]?
        var index = 0
        func flush() {
            guard let start = runStart else { return }
            out += Array("<span lang=\"\(traditional ? "zh-Hant" : "zh-Hans")\">".utf8)
            out += bytes[start..<runEnd]
            out += Array("</span>".utf8)
            runStart = nil
            traditional = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                flush()
                var end = index
                while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
                end = min(end, bytes.count - 1)
                let tag = bytes[index...end]
                out += tag
                index = end + 1
                let lower = tag.prefix(12).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
                if let closing = skipUntil {
                    if lower.starts(with: closing) { skipUntil = nil }
                } else if let name = skippedBytes.first(where: { lower.starts(with: [UInt8(ascii: "<")] + $0) }),
                          !(tag.count >= 2 && tag[end - 1] == UInt8(ascii: "/")) {
                    skipUntil = Array("</".utf8) + name
                }
                continue
            }
            let (scalar, length) = Self.scalar(at: index, in: bytes)
            if skipUntil == nil, isHan(scalar) || (runStart != nil && isCJKPunctuation(scalar)) {
                if runStart == nil { runStart = index }
                if traditionalOnly.contains(scalar) { traditional = true }
                runEnd = index + length
            } else {
                flush()
                out += bytes[index..<(index + length)]
            }
            index += length
        }
        flush()
        return String(decoding: out, as: UTF8.self)
    }

    /// The scalar starting at `index` of valid UTF-8 and its length in bytes.
    private static func scalar(at index: Int, in bytes: [UInt8]) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard length > 1, index + length <= bytes.count else { return (Unicode.Scalar(lead), 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private static let skippedBytes = skipped.map { Array($0.utf8) }

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
