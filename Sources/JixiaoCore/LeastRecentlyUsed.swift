/// A map bounded by a total cost that forgets the entries used longest ago first: the memory
/// of a long-lived worker (the editor's page images, a render session's typeset paragraphs)
/// must stay flat however many reports pass through it.
///
/// Every lookup and insertion is O(1): the entries form a doubly linked list from the newest
/// use to the oldest, threaded through an array (indices, not references, so the whole map is
/// a value and copies nothing on reads). Not thread-safe; wrap it in a lock to share it.
///
/// ```swift
/// var cache = LeastRecentlyUsed<String, Int>(costLimit: 2)
/// cache.insert(1, for: "a"); cache.insert(2, for: "b")
/// _ = cache.value(for: "a")      // "a" is now the newest
/// cache.insert(3, for: "c")      // over the limit: "b", used longest ago, goes
/// ```
public struct LeastRecentlyUsed<Key: Hashable, Value> {
    fileprivate struct Entry {
        var key: Key
        /// nil once the entry is dropped, so a free slot holds no dropped value alive.
        var value: Value?
        var cost: Int
        /// The entry used just after this one (towards the newest), or `none`.
        var newer: Int
        /// The entry used just before this one (towards the oldest), or `none`.
        var older: Int
    }

    private static var none: Int { -1 }

    /// The most the entries may cost together; an insertion past it drops the oldest entries.
    public let costLimit: Int
    /// What the entries kept cost together, never more than `costLimit` after an insertion.
    public private(set) var totalCost = 0

    private var entries: [Entry] = []
    private var slots: [Key: Int] = [:]
    private var freeSlots: [Int] = []
    private var newest = LeastRecentlyUsed.none
    private var oldest = LeastRecentlyUsed.none

    /// A cache whose entries cost at most `costLimit` together (at least 1).
    public init(costLimit: Int) { self.costLimit = max(1, costLimit) }

    /// How many entries are kept.
    public var count: Int { slots.count }

    /// The value kept for `key`, which becomes the newest use; nil when none is kept.
    public mutating func value(for key: Key) -> Value? {
        guard let slot = slots[key] else { return nil }
        moveToNewest(slot)
        return entries[slot].value
    }

    /// Keeps `value` for `key` as the newest use, replacing an older value for the same key,
    /// then drops the oldest entries until the total cost is within the limit. An entry that
    /// alone costs more than the limit is not kept.
    public mutating func insert(_ value: Value, for key: Key, cost: Int = 1) {
        let cost = max(0, cost)
        if let slot = slots[key] {
            totalCost += cost - entries[slot].cost
            entries[slot].value = value
            entries[slot].cost = cost
            moveToNewest(slot)
        } else {
            let entry = Entry(key: key, value: value, cost: cost, newer: Self.none, older: Self.none)
            let slot: Int
            if let reused = freeSlots.popLast() {
                entries[reused] = entry
                slot = reused
            } else {
                entries.append(entry)
                slot = entries.count - 1
            }
            slots[key] = slot
            totalCost += cost
            link(asNewest: slot)
        }
        while totalCost > costLimit, oldest != Self.none { remove(oldest) }
    }

    /// Forgets every entry.
    public mutating func removeAll() {
        self = LeastRecentlyUsed(costLimit: costLimit)
    }

    private mutating func remove(_ slot: Int) {
        unlink(slot)
        slots[entries[slot].key] = nil
        totalCost -= entries[slot].cost
        entries[slot].value = nil
        freeSlots.append(slot)
    }

    private mutating func moveToNewest(_ slot: Int) {
        guard slot != newest else { return }
        unlink(slot)
        link(asNewest: slot)
    }

    private mutating func link(asNewest slot: Int) {
        entries[slot].older = newest
        entries[slot].newer = Self.none
        if newest != Self.none { entries[newest].newer = slot }
        newest = slot
        if oldest == Self.none { oldest = slot }
    }

    private mutating func unlink(_ slot: Int) {
        let (newer, older) = (entries[slot].newer, entries[slot].older)
        if newer != Self.none { entries[newer].older = older } else { newest = older }
        if older != Self.none { entries[older].newer = newer } else { oldest = newer }
    }
}

extension LeastRecentlyUsed: Sendable where Key: Sendable, Value: Sendable {}
extension LeastRecentlyUsed.Entry: Sendable where Key: Sendable, Value: Sendable {}
