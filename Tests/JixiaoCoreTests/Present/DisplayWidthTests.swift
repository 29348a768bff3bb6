import Testing
@testable import JixiaoCore

/// The terminal score table lines up only if every cell is exactly its column's width.
@Suite struct DisplayWidthTests {
    @Test(arguments: ["慰问市直单位驻村工作队", "“三大节日”送温暖慰问", "abc", "资金支出率≥100%", ""])
    func everyFittedCellIsExactlyItsWidth(_ text: String) {
        for columns in 4...24 {
            let cell = DisplayWidth.fit(text, to: columns)
            #expect(DisplayWidth.of(cell) == columns, "\(text) in \(columns) columns: “\(cell)”")
            #expect(DisplayWidth.of(DisplayWidth.fit(text, to: columns, alignRight: true)) == columns)
        }
    }

    @Test func aCutCellEndsInAnEllipsisAndKeepsWhatFits() {
        #expect(DisplayWidth.fit("慰问市直单位驻村工作队", to: 9) == "慰问市… ")
        #expect(DisplayWidth.fit("慰问", to: 9) == "慰问     ")
        #expect(DisplayWidth.fit("慰问", to: 4) == "慰问")
    }
}
