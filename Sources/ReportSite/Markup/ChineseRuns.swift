/// Marks runs of Chinese text in a page's HTML with `lang="zh-Hans"` or `lang="zh-Hant"`, so
/// browsers and screen readers pick Chinese fonts and voices. The script is told by characters
/// that exist only in Traditional form; a run with none of them is taken as Simplified.
/// Text inside tags, `<title>`, `<script>`, `<style>` and `<svg>` is left alone.
enum ChineseRuns {
    static func apply(to html: String) -> String {
        guard html.unicodeScalars.contains(where: isHan) else { return html }
        var out = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        var skipUntil: String?
        let scalars = Array(html.unicodeScalars)
        var index = 0
        func flush() {
            guard !run.isEmpty else { return }
            let text = String(run)
            let tag = text.unicodeScalars.contains(where: { traditionalOnly.contains($0) }) ? "zh-Hant" : "zh-Hans"
            out.append(contentsOf: "<span lang=\"\(tag)\">\(text)</span>".unicodeScalars)
            run = String.UnicodeScalarView()
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                flush()
                let end = scalars[index...].firstIndex(of: ">") ?? (scalars.count - 1)
                let tag = String(String.UnicodeScalarView(scalars[index...end]))
                out.append(contentsOf: tag.unicodeScalars)
                index = end + 1
                let lower = tag.count < 12 ? tag.lowercased() : String(tag.prefix(12)).lowercased()
                if let closing = skipUntil {
                    if lower.hasPrefix(closing) { skipUntil = nil }
                } else if let name = skipped.first(where: { lower.hasPrefix("<" + $0) }), !tag.hasSuffix("/>") {
                    skipUntil = "</" + name
                }
                continue
            }
            if skipUntil == nil, isHan(scalar) || (!run.isEmpty && isCJKPunctuation(scalar)) {
                run.append(scalar)
            } else {
                flush()
                out.append(scalar)
            }
            index += 1
        }
        flush()
        return String(out)
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
