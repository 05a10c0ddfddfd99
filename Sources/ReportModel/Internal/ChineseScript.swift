/// Which Chinese script a name is written in, judged by characters whose Traditional and
/// Simplified forms differ. Only characters that exist in one script alone are listed (里, 台,
/// 系 and the like are used in both and are left out), so a hit in both sets means a mix.
enum ChineseScript {
    /// Traditional-only forms of characters common in company, product and outlet names.
    static let traditionalOnly: Set<Character> = Set(
        "華為騰達偉侖紀線爾數頭訊聯國長電際體產業術學實發開記積機東時馬龍會報經濟蘇勳勛曉" +
        "現財見聞網雙愛車億萬圖計處與從據導邏輯應軟鐵門們樂區廠廣鳥證預測費貿價額幣銷場廳" +
        "灣島資訂購權廈總統協進選擇題問劃參員務設標態氣節規遠運動傳遞鏈結構組織專點擊較絕" +
        "對將爭戰勢創隨還無這個來說讓過種雖當邊麼話講認識貨輸賣買衛護險庫層優質顯內兩嗎單" +
        "雜確寫書畫歐亞陸韓寧紐約倫蘋飛頓麗壽")

    /// Their Simplified-only forms.
    static let simplifiedOnly: Set<Character> = Set(
        "华为腾达伟仑纪线尔数头讯联国长电际体产业术学实发开记积机东时马龙会报经济苏勋晓现" +
        "财见闻网双爱车亿万图计处与从据导逻辑应软铁门们乐区厂广鸟证预测费贸价额币销场厅湾" +
        "岛资订购权厦总统协进选择题问划参员务设标态气节规远运动传递链结构组织专点击较绝对" +
        "将争战势创随还无这个来说让过种虽当边么话讲认识货输卖买卫护险库层优质显内两吗单杂" +
        "确写书画欧亚陆韩宁纽约伦苹飞顿丽寿")

    /// True when `text` uses Traditional-only and Simplified-only characters together.
    static func isMixed(_ text: String) -> Bool {
        text.contains(where: traditionalOnly.contains) && text.contains(where: simplifiedOnly.contains)
    }

    /// One Traditional-only and one Simplified-only character of `text`, for the message.
    static func example(in text: String) -> (traditional: Character, simplified: Character)? {
        guard let traditional = text.first(where: traditionalOnly.contains),
              let simplified = text.first(where: simplifiedOnly.contains) else { return nil }
        return (traditional, simplified)
    }

    /// True for a character of the CJK Unified Ideographs blocks.
    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.contains { scalar in
            (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
                || (0xF900...0xFAFF).contains(scalar.value) || (0x20000...0x2FA1F).contains(scalar.value)
        }
    }
}
