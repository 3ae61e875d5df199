import Testing
@testable import BeredskapCore

@Suite("Markdown escaping of data")
struct MarkdownTextTests {
    @Test("Links, images, HTML, emphasis, code and table pipes stay text", arguments: [
        ("[x](javascript:alert(1))", #"\[x\](javascript:alert(1))"#),
        ("![bilde](http://x/y.png)", #"!\[bilde\](http://x/y.png)"#),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("a & b", "a &amp; b"),
        ("*fet* _kursiv_ `kode` | ~~borte~~", #"\*fet\* \_kursiv\_ \`kode\` \| \~\~borte\~\~"#),
        ("# Overskrift", ##"\# Overskrift"##),
        ("- punkt", #"\- punkt"#),
        ("12. punkt", #"12\. punkt"#),
        ("+ punkt", #"\+ punkt"#),
        ("EPJ-nede 12.30, rom 3-4 (B)", "EPJ-nede 12.30, rom 3-4 (B)"),
        ("31.12.2026", "31.12.2026"),
        ("-3 grader", "-3 grader"),
        ("linje\n\u{1B}[2J", "linje␊␛\\[2J"),
    ])
    func escaped(text: String, expected: String) {
        #expect(MarkdownText.escape(text) == expected)
    }
}
