import Testing
@testable import JixiaoCore

@Suite struct BatchProgressTests {
    @Test func theLineSaysDoneFailuresRateAndTimeLeft() {
        let progress = BatchProgress(total: 200, done: 50, failed: 2, elapsed: 4)
        #expect(progress.line == "50/200 完成 done · 2 失败 failed · 12.5 份/秒 reports/s · 剩余约 12 秒 s left")
        let long = BatchProgress(total: 1000, done: 10, failed: 0, elapsed: 2)
        #expect(long.line.hasSuffix("剩余约 3 分 18 秒 (3 min 18 s) left"))
    }

    @Test func noRateBeforeTheFirstReportAndNoTimeLeftAtTheEnd() {
        #expect(BatchProgress(total: 5, done: 0, failed: 0, elapsed: 0).line == "0/5 完成 done · 0 失败 failed")
        #expect(BatchProgress(total: 5, done: 5, failed: 1, elapsed: 2).line == "5/5 完成 done · 1 失败 failed · 2.5 份/秒 reports/s")
    }

    /// 100 reports finishing 0.1 s apart: a line at each tenth and at the end, not one per report.
    @Test func aLogGetsALineEachTenth() {
        var schedule = ProgressSchedule()
        var printed: [Int] = []
        for done in 1...100 where schedule.shouldPrint(BatchProgress(total: 100, done: done, failed: 0, elapsed: Double(done) * 0.01)) {
            printed.append(done)
        }
        #expect(printed == [10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
    }

    /// Slow reports: a line at least every two seconds even within a tenth.
    @Test func aSlowBatchStillShowsMovement() {
        var schedule = ProgressSchedule()
        let printed = (1...5).filter { schedule.shouldPrint(BatchProgress(total: 1000, done: $0, failed: 0, elapsed: Double($0) * 1.5)) }
        #expect(printed == [2, 4])
    }
}
