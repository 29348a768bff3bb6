import Testing
import JixiaoCore

@Suite struct LeastRecentlyUsedTests {
    @Test func theEntryUsedLongestAgoGoesFirst() {
        var cache = LeastRecentlyUsed<String, Int>(costLimit: 2)
        cache.insert(1, for: "a")
        cache.insert(2, for: "b")
        #expect(cache.value(for: "a") == 1)   // "b" is now the oldest use
        cache.insert(3, for: "c")
        #expect(cache.count == 2)
        #expect(cache.value(for: "b") == nil)
        #expect(cache.value(for: "a") == 1)
        #expect(cache.value(for: "c") == 3)
    }

    @Test func costsAddUpAndBoundWhatIsKept() {
        var cache = LeastRecentlyUsed<Int, String>(costLimit: 10)
        for key in 0..<100 { cache.insert("v\(key)", for: key, cost: 3) }
        #expect(cache.count == 3)
        #expect(cache.totalCost == 9)
        #expect(cache.value(for: 99) == "v99" && cache.value(for: 97) == "v97")
        #expect(cache.value(for: 96) == nil)
        cache.insert("big", for: -1, cost: 11)   // alone over the limit: not kept, and nothing else either
        #expect(cache.value(for: -1) == nil)
        #expect(cache.totalCost <= 10)
    }

    @Test func replacingAValueReplacesItsCost() {
        var cache = LeastRecentlyUsed<String, Int>(costLimit: 10)
        cache.insert(1, for: "a", cost: 8)
        cache.insert(2, for: "a", cost: 2)
        #expect(cache.count == 1 && cache.totalCost == 2)
        #expect(cache.value(for: "a") == 2)
        cache.insert(3, for: "b", cost: 8)
        #expect(cache.count == 2 && cache.totalCost == 10)
    }

    @Test func slotsAreReusedAfterEviction() {
        var cache = LeastRecentlyUsed<Int, Int>(costLimit: 4)
        for round in 0..<1_000 { cache.insert(round, for: round) }
        #expect(cache.count == 4)
        #expect((996..<1_000).allSatisfy { cache.value(for: $0) == $0 })
        cache.removeAll()
        #expect(cache.count == 0 && cache.totalCost == 0)
        #expect(cache.value(for: 999) == nil)
    }
}
