extension String {
    /// How user text is quoted in a message: the first 40 characters, then "…". A name or a
    /// value pasted a page long must not become a page-long message (the fuzzer found 29,000
    /// characters of level name in one J033).
    var excerpt: String { count > 40 ? String(prefix(40)) + "…" : self }
}
