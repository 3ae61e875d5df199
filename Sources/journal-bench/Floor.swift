import Crypto
import Foundation

/// The floor for replay+verify: read the file and SHA-256 every line, decoding nothing. One core.
enum Floor {
    static func readAndHash(path: String) throws -> Int {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        var lines = 0
        var digestByte: UInt8 = 0
        bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var start = 0
            while let newline = buffer[start...].firstIndex(of: 0x0A) {
                let digest = SHA256.hash(data: UnsafeRawBufferPointer(rebasing: buffer[start..<max(start, newline - 72)]))
                digest.withUnsafeBytes { digestByte ^= $0[0] }
                lines += 1
                start = newline + 1
            }
        }
        return lines + Int(digestByte & 0)
    }
}
