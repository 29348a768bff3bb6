import Testing
@testable import JixiaoCore

/// The terminal score table lines up only if every cell is exactly its column's width.
@Suite struct DisplayWidthTests {
    /// Columns counted by hand, independently of `DisplayWidth`: two for every character of
    /// these strings that a terminal draws wide (the ideographs, “ ” ≥ …), one for the rest.
    static func handCounted(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            sum + ((0x4E00...0x9FFF).contains(scalar.value) || "“”≥…".unicodeScalars.contains(scalar) ? 2 : 1)
        }
    }

    @Test(arguments: [("慰问市直单位驻村工作队", 22), ("“三大节日”送温暖慰问", 22), ("abc", 3), ("资金支出率≥100%", 16), ("", 0)])
    func widthsAreTheTerminalsColumns(_ text: String, _ columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
        #expect(Self.handCounted(text) == columns)
    }

    @Test(arguments: ["慰问市直单位驻村工作队", "“三大节日”送温暖慰问", "abc", "资金支出率≥100%", ""])
    func everyFittedCellIsExactlyItsWidth(_ text: String) {
        for columns in 4...24 {
            let cell = DisplayWidth.fit(text, to: columns)
            #expect(Self.handCounted(cell) == columns, "\(text) in \(columns) columns: “\(cell)”")
            #expect(Self.handCounted(DisplayWidth.fit(text, to: columns, alignRight: true)) == columns)
        }
    }

    @Test func aCutCellEndsInAnEllipsisAndKeepsWhatFits() {
        #expect(DisplayWidth.fit("慰问市直单位驻村工作队", to: 9) == "慰问市… ")
        #expect(DisplayWidth.fit("慰问", to: 9) == "慰问     ")
        #expect(DisplayWidth.fit("慰问", to: 4) == "慰问")
    }
}
