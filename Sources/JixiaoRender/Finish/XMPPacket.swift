import JixiaoCore

/// The XMP metadata packet PDF/A requires (ISO 19005-2 §6.6): the PDF/A identification and the
/// same title, author, subject, keywords, tools and dates as the Info dictionary, in UTF-8 with
/// Chinese kept as it is.
///
/// Only the standard schemas (dc, xmp, pdf, pdfaid) are used, so no extension schema has to be
/// declared. The packet is uncompressed and unfiltered, so a reader that knows nothing of PDF
/// can still find it; the `begin` attribute holds U+FEFF in UTF-8 as XMP specifies, and nothing
/// precedes `<?xpacket`.
enum XMPPacket {
    /// PDF/A-`part`, conformance `conformance` ("U", or "A" when fully tagged).
    static func packet(_ metadata: ArchiveMetadata, part: Int, conformance: String) -> [UInt8] {
        let text = """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about=""
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
            xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
           <pdfaid:part>\(part)</pdfaid:part>
           <pdfaid:conformance>\(conformance)</pdfaid:conformance>
           <dc:format>application/pdf</dc:format>
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(escape(metadata.title))</rdf:li></rdf:Alt></dc:title>
           <dc:creator><rdf:Seq><rdf:li>\(escape(metadata.author))</rdf:li></rdf:Seq></dc:creator>
           <dc:description><rdf:Alt><rdf:li xml:lang="x-default">\(escape(metadata.subject))</rdf:li></rdf:Alt></dc:description>
           <dc:language><rdf:Bag><rdf:li>\(escape(metadata.language))</rdf:li></rdf:Bag></dc:language>
           <pdf:Keywords>\(escape(metadata.keywordText))</pdf:Keywords>
           <pdf:Producer>\(escape(metadata.producer))</pdf:Producer>
           <xmp:CreatorTool>\(escape(metadata.creator))</xmp:CreatorTool>
           <xmp:CreateDate>\(metadata.xmpDate)</xmp:CreateDate>
           <xmp:ModifyDate>\(metadata.xmpDate)</xmp:ModifyDate>
           <xmp:MetadataDate>\(metadata.xmpDate)</xmp:MetadataDate>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="r"?>
        """
        return Array(text.utf8)
    }

    /// XML character data, by the package's one escaper.
    static func escape(_ text: String) -> String { XMLText.escape(text) }
}
