import Testing
@testable import ReportModel

@Suite struct ArchiveTextTests {
    @Test func removesPinyinAfterCharacters() {
        #expect(ArchiveText.clean("英偉達創(chuàng)始人黃仁勛\n") == "英偉達創始人黃仁勛\n")
        #expect(ArchiveText.clean("傳遍網(wǎng)絡(luò)。\n") == "傳遍網絡。\n")
    }

    @Test func removesTonedPinyinEvenAfterAGarbledCharacter() {
        #expect(ArchiveText.clean("蜕虡I(yè)的平衡木\n") == "蜕虡I的平衡木\n")
    }

    @Test func keepsRealParentheses() {
        let text = "鏈博會(中國國際供應鏈促進博覽會)、(用國產芯片的)勢頭、AI(AI)與 H20 (China)\n"
        #expect(ArchiveText.clean(text) == text)
    }

    @Test func dropsEverythingFromTheFirstEndLine() {
        #expect(ArchiveText.clean("第一行\n延伸閱讀\nend\nend\n一個重生徹底改變了\n") == "第一行\n延伸閱讀\n")
    }

    @Test func trimsTrailingSpacesAndBlankLines() {
        #expect(ArchiveText.clean("a  \r\nb\t\n\n\n") == "a\nb\n")
    }

    @Test func theSeedArchiveIsTheCleanFormOfTheOriginal() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data/archive")
        let original = try String(contentsOf: folder.appendingPathComponent("36kr-2025-07-huang-china.original.txt"), encoding: .utf8)
        let archived = try String(contentsOf: folder.appendingPathComponent("36kr-2025-07-huang-china.txt"), encoding: .utf8)
        #expect(ArchiveText.clean(original) == archived)
        #expect(!archived.contains("(chuàng)"))
        #expect(!archived.contains("重生"))
    }

    @Test func excerptsMatchAfterWhitespaceNormalisation() {
        #expect(ArchiveText.normalisingWhitespace("  作者丨邱曉芬\n\n編輯丨蘇建勛 ") == "作者丨邱曉芬 編輯丨蘇建勛")
    }
}

import Foundation
